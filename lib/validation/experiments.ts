import { z } from "zod";
import { evidenceStrengths, experimentDecisions, purposeTypes, radarRings, sharingLevels } from "@/lib/codes";
import { evidenceStrengthLabels, experimentDecisionLabels, radarRingLabels, sharingLabels } from "@/lib/domain/labels";
import { isoDay, krAmount, optionalId, requiredId } from "./common";

const text = (min: number, max: number, tooShort: string, tooLong: string) =>
  z.string({ error: tooShort }).trim().min(min, tooShort).max(max, tooLong);

const choices = (labels: Record<string, string>) => Object.values(labels).join(", ");

export const experimentZoneSchema = z.object({ zoneId: requiredId("et udviklingsrum") });

export const testCardSchema = z
  .object({
    zoneId: requiredId("et udviklingsrum"),
    projectId: optionalId,
    title: text(3, 160, "Titlen skal være mindst 3 tegn", "Titlen må højst være 160 tegn"),
    hypothesis: text(10, 2000, "Skriv hypotesen: Vi tror at … (mindst 10 tegn)", "Hypotesen må højst være 2000 tegn"),
    test: text(10, 2000, "Skriv, hvordan I afprøver det: For at afprøve det vil vi … (mindst 10 tegn)", "Testen må højst være 2000 tegn"),
    metric: text(3, 500, "Skriv, hvad I måler (mindst 3 tegn)", "Målepunktet må højst være 500 tegn"),
    successCriterion: text(3, 500, "Skriv succeskriteriet (mindst 3 tegn)", "Succeskriteriet må højst være 500 tegn"),
    periodStart: isoDay("Startdatoen"),
    periodEnd: isoDay("Slutdatoen"),
    moneyAtRiskKr: krAmount("Beløbet på spil"),
    technology: text(2, 60, "Skriv teknologien (mindst 2 tegn)", "Teknologien må højst være 60 tegn"),
    radarRing: z.enum(radarRings, { error: `Vælg en ring på radaren (${choices(radarRingLabels)})` }),
    involvementPlanned: z.string().trim().max(2000, "Inddragelsen må højst være 2000 tegn").default(""),
  })
  .superRefine((value, ctx) => {
    if (value.periodEnd < value.periodStart) {
      ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "Slutdatoen skal ligge efter startdatoen" });
    }
  });
export type TestCardInput = z.infer<typeof testCardSchema>;

export const learningCardSchema = z.object({
  observation: text(10, 4000, "Skriv, hvad I observerede (mindst 10 tegn)", "Observationen må højst være 4000 tegn"),
  learning: text(10, 4000, "Skriv, hvad I har lært (mindst 10 tegn)", "Læringen må højst være 4000 tegn"),
  decision: z.enum(experimentDecisions, { error: `Vælg en beslutning (${choices(experimentDecisionLabels)})` }),
  evidenceStrength: z.enum(evidenceStrengths, { error: `Vælg evidensens styrke (${choices(evidenceStrengthLabels)})` }),
  sharing: z.enum(sharingLevels, { error: `Vælg et delingsniveau (${choices(sharingLabels)})` }),
});
export type LearningCardInput = z.infer<typeof learningCardSchema>;

export const rejectExperimentSchema = z.object({
  reason: text(5, 1000, "Skriv en begrundelse for afvisningen (mindst 5 tegn)", "Begrundelsen må højst være 1000 tegn"),
});

/** What a decision to scale must name for the new project: department, purpose and first budget (no defaults). */
export const promotionProjectSchema = z.object({
  departmentId: requiredId("den afdeling, projektet skal høre til"),
  purpose: z.enum(purposeTypes, { error: "Vælg projektets formål" }),
  approvedBudgetKr: z.preprocess(
    (value) => (value === "" || value == null ? undefined : value),
    z
      .union([krAmount("Første budget"), z.undefined()])
      .refine((value) => value !== undefined, "Angiv projektets første budget i kr.")
      .transform((value) => value as number),
  ),
});

export const promoteExperimentSchema = promotionProjectSchema.extend({
  owner: z.enum(["self", "sponsor"], { error: "Vælg projektejer" }),
});

export const experimentId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
