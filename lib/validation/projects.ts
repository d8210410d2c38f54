import { z } from "zod";
import { priorities, purposeTypes } from "@/lib/codes";
import { idList, krAmount, optionalId, optionalIsoDay, requiredId, version } from "./common";
import { withFieldRules } from "./field-rules";

const projectFields = z.object({
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
});

/** Field messages for dates out of order; empty when they are in order. */
export function projectDateErrors(value: { baselineStart?: string | null; baselineEnd?: string | null; forecastEnd?: string | null }): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (value.baselineStart && value.baselineEnd && value.baselineEnd < value.baselineStart) errors.baselineEnd = ["Planlagt slut skal ligge efter planlagt start"];
  if (value.baselineStart && value.forecastEnd && value.forecastEnd < value.baselineStart) errors.forecastEnd = ["Forventet slut skal ligge efter planlagt start"];
  return errors;
}

export const projectFormSchema = withFieldRules(projectFields, projectDateErrors);

export type ProjectFormInput = z.infer<typeof projectFormSchema>;

/**
 * An edit. The board's figures are left out of the form of someone who may not change them (they are shown, not
 * posted), and a field left out keeps its stored value; the service checks the dates' order once they are merged.
 */
export const projectEditSchema = projectFields.extend({
  departmentId: projectFields.shape.departmentId.optional(),
  ownerId: projectFields.shape.ownerId.optional(),
  baselineStart: projectFields.shape.baselineStart.optional(),
  baselineEnd: projectFields.shape.baselineEnd.optional(),
  approvedBudgetKr: projectFields.shape.approvedBudgetKr.optional(),
  version,
});
