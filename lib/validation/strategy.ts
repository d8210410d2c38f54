import { z } from "zod";
import { focusAreas } from "@/lib/codes";
import { focusLabels } from "@/lib/domain/labels";
import { version } from "./common";

const focusChoices = focusAreas.map((focus) => focusLabels[focus]).join(", ");

export const strategyGoalSchema = z.object({
  title: z
    .string({ error: "Skriv en titel" })
    .trim()
    .min(3, "Titlen skal være mindst 3 tegn")
    .max(160, "Titlen må højst være 160 tegn"),
  description: z.string().trim().max(2000, "Beskrivelsen må højst være 2000 tegn").default(""),
  focus: z.enum(focusAreas, { error: `Vælg et fokusområde (${focusChoices})` }),
});

export type StrategyGoalInput = z.infer<typeof strategyGoalSchema>;

export const strategyGoalEditSchema = strategyGoalSchema.extend({ version });

export const strategyGoalId = z.coerce.number().int().positive();
