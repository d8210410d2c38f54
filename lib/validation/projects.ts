import { z } from "zod";
import { priorities, purposeTypes } from "@/lib/codes";
import { idList, krAmount, optionalId, optionalIsoDay, requiredId, version } from "./common";

export const projectFormSchema = z
  .object({
    title: z.string({ error: "Skriv en titel" }).trim().min(3, "Titlen skal være mindst 3 tegn").max(160, "Titlen må højst være 160 tegn"),
    summary: z.string().trim().max(4000, "Resuméet må højst være 4000 tegn").default(""),
    purpose: z.enum(purposeTypes, { error: "Vælg et formål" }),
    departmentId: requiredId("en afdeling"),
    zoneId: optionalId,
    ownerId: requiredId("en projektejer"),
    leadId: requiredId("en projektleder"),
    baselineStart: optionalIsoDay("Planlagt start"),
    baselineEnd: optionalIsoDay("Planlagt slut"),
    forecastEnd: optionalIsoDay("Forventet slut"),
    approvedBudgetKr: krAmount("Godkendt budget"),
    spentKr: krAmount("Forbrugt"),
    priority: z.enum(priorities, { error: "Vælg en prioritet" }),
    goalIds: idList,
    tags: z
      .string()
      .default("")
      .transform((value) =>
        [...new Set(value.split(",").map((tag) => tag.trim()).filter(Boolean))].map((tag) => tag.slice(0, 40)),
      )
      .refine((tags) => tags.length <= 10, "Højst 10 teknologier"),
    closingLearning: z.string().trim().max(4000, "Notatet må højst være 4000 tegn").default(""),
  })
  .superRefine((value, ctx) => {
    if (value.baselineStart && value.baselineEnd && value.baselineEnd < value.baselineStart) {
      ctx.addIssue({ code: "custom", path: ["baselineEnd"], message: "Planlagt slut skal ligge efter planlagt start" });
    }
    if (value.baselineStart && value.forecastEnd && value.forecastEnd < value.baselineStart) {
      ctx.addIssue({ code: "custom", path: ["forecastEnd"], message: "Forventet slut skal ligge efter planlagt start" });
    }
  });

export type ProjectFormInput = z.infer<typeof projectFormSchema>;

export const projectEditSchema = projectFormSchema.and(z.object({ version }));
