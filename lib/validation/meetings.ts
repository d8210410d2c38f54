import { z } from "zod";
import { decisionOutcomes } from "@/lib/codes";
import { idList, isoDay, version } from "./common";

export const meetingSchema = z.object({
  title: z.string({ error: "Skriv en titel" }).trim().min(3, "Titlen skal være mindst 3 tegn").max(160, "Titlen må højst være 160 tegn"),
  date: isoDay("Datoen"),
  time: z.string({ error: "Skriv tidspunktet som tt:mm" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Tidspunktet skal skrives som tt:mm"),
  location: z.string().trim().max(160, "Højst 160 tegn").default(""),
  participantIds: idList,
});
export const meetingEditSchema = meetingSchema.and(z.object({ version }));

export const freeItemSchema = z.object({
  kind: z.enum(["information", "discussion", "decision"], { error: "Vælg orientering, drøftelse eller beslutning" }),
  title: z.string({ error: "Skriv en titel" }).trim().min(3, "Titlen skal være mindst 3 tegn").max(200, "Titlen må højst være 200 tegn"),
  summary: z.string().trim().max(4000, "Højst 4000 tegn").default(""),
  proposedDecision: z.string().trim().max(2000, "Højst 2000 tegn").default(""),
});

export const agendaItemEditSchema = z.object({
  title: z.string({ error: "Skriv en titel" }).trim().min(3, "Titlen skal være mindst 3 tegn").max(200, "Titlen må højst være 200 tegn"),
  summary: z.string().trim().max(4000, "Højst 4000 tegn").default(""),
  proposedDecision: z.string().trim().max(2000, "Højst 2000 tegn").default(""),
  version,
});

export const decisionSchema = z
  .object({
    outcome: z.enum(decisionOutcomes, { error: "Vælg Godkendt, Afvist, Udsat eller Justeret" }),
    text: z.string().trim().max(4000, "Højst 4000 tegn").default(""),
  })
  .superRefine((value, ctx) => {
    if (value.outcome !== "approved" && value.outcome !== "noted" && value.text.length < 3) {
      ctx.addIssue({ code: "custom", path: ["text"], message: "Skriv beslutningen, når den ikke blot er Godkendt" });
    }
  });

export const privateNoteSchema = z.object({ body: z.string().max(10_000, "Noten må højst være 10.000 tegn") });

export const queueKeySchema = z.object({ key: z.string({ error: "Ukendt punkt i beslutningskøen" }).regex(/^(gate|rebaseline|change_request|red_project|experiment_approval|experiment_scale):\d+$/, "Ukendt punkt i beslutningskøen") });
