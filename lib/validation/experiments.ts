import { z } from "zod";
import { evidenceStrengths, experimentDecisions, purposeTypes, radarRings, sharingLevels } from "@/lib/codes";
import { evidenceStrengthLabels, experimentDecisionLabels, radarRingLabels, sharingLabels } from "@/lib/domain/labels";
import { isPeriodInOrder } from "@/lib/domain/test-card";
import { isCalendarDay, isoDay, isPlausibleDay, krAmount, optionalId, requiredId, version } from "./common";

const text = (min: number, max: number, tooShort: string, tooLong: string) =>
  z.string({ error: tooShort }).trim().min(min, tooShort).max(max, tooLong);

const choices = (labels: Record<string, string>) => Object.values(labels).join(", ");

const moneyAtRiskMissing = "Skriv beløbet på spil i kr. (0, hvis intet er på spil)";

export const experimentZoneSchema = z.object({ zoneId: requiredId("et udviklingsrum") });

/**
 * A period date: an empty one asks for the date ("Vælg en startdato"), anything else must be a real, plausible day;
 * the checks after the first failing one do not run, so a field gets one message.
 */
const periodDay = (label: string, missing: string) => z.string({ error: missing }).trim().min(1, missing).pipe(isoDay(label));

/** The order of the period, checked only when both dates are valid (a missing date has its own message). */
function periodOrder(value: { periodStart: unknown; periodEnd: unknown }, ctx: z.RefinementCtx): void {
  const { periodStart, periodEnd } = value;
  if (!isValidDay(periodStart) || !isValidDay(periodEnd)) return;
  if (!isPeriodInOrder(periodStart, periodEnd)) {
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "Slutdatoen skal ligge efter startdatoen" });
  }
}

/** The money at risk: an empty field is asked for, never read as 0 kr. */
const moneyAtRisk = z
  .unknown()
  .superRefine((value, ctx) => {
    if (value == null || (typeof value === "string" && value.trim() === "")) ctx.addIssue({ code: "custom", message: moneyAtRiskMissing });
  })
  .pipe(krAmount("Beløbet på spil"));

const isValidDay = (value: unknown): value is string => typeof value === "string" && isCalendarDay(value) && isPlausibleDay(value);

/** The fields of a test card, written when it is created and while it is a draft. */
const testCardFields = z.object({
  projectId: optionalId,
  title: text(3, 160, "Titlen skal være mindst 3 tegn", "Titlen må højst være 160 tegn"),
  hypothesis: text(10, 2000, "Skriv hypotesen: Vi tror at … (mindst 10 tegn)", "Hypotesen må højst være 2000 tegn"),
  test: text(10, 2000, "Skriv, hvordan I afprøver det: For at afprøve det vil vi … (mindst 10 tegn)", "Testen må højst være 2000 tegn"),
  metric: text(3, 500, "Skriv, hvad I måler (mindst 3 tegn)", "Målepunktet må højst være 500 tegn"),
  successCriterion: text(3, 500, "Skriv succeskriteriet (mindst 3 tegn)", "Succeskriteriet må højst være 500 tegn"),
  periodStart: periodDay("Startdatoen", "Vælg en startdato"),
  periodEnd: periodDay("Slutdatoen", "Vælg en slutdato"),
  moneyAtRiskKr: moneyAtRisk,
  technology: text(2, 60, "Skriv teknologien (mindst 2 tegn)", "Teknologien må højst være 60 tegn"),
  radarRing: z.enum(radarRings, { error: `Vælg en ring på radaren (${choices(radarRingLabels)})` }),
  involvementPlanned: z.string().trim().max(2000, "Inddragelsen må højst være 2000 tegn").default(""),
});

export const testCardSchema = testCardFields.extend({ zoneId: requiredId("et udviklingsrum") }).superRefine(periodOrder);
export type TestCardInput = z.infer<typeof testCardSchema>;

/** A draft's test card as edited: the same fields (its zone stays), on the version the form was opened with. */
export const testCardEditSchema = testCardFields.extend({ version }).superRefine(periodOrder);

/** Deleting a draft: the version the button was shown with. */
export const deleteExperimentSchema = z.object({ version });

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
