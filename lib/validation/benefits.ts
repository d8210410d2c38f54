import { z } from "zod";
import { benefitStatuses, benefitTypes } from "@/lib/codes";
import { targetDirectionError } from "@/lib/domain/benefit-rules";
import { checkbox, isoDay, measurementValue, optionalId, optionalIsoDay, optionalKrAmount, optionalMeasurementValue, version } from "./common";
import { withFieldRules } from "./field-rules";

const benefitFields = z.object({
    title: z.string().trim().min(3, "Titlen skal være mindst 3 tegn").max(160, "Titlen må højst være 160 tegn"),
    type: z.enum(benefitTypes, { error: "Vælg en type" }),
    ownerId: optionalId,
    receivingDepartmentId: optionalId,
    indicator: z.string().trim().max(200, "Højst 200 tegn").default(""),
    unit: z.string().trim().max(40, "Højst 40 tegn").default(""),
    method: z.string().trim().max(1000, "Højst 1000 tegn").default(""),
    direction: z.enum(["up", "down"], { error: "Vælg om tallet skal op eller ned" }),
    baselineValue: optionalMeasurementValue("Baseline"),
    baselineDate: optionalIsoDay("Baselinedato"),
    targetValue: optionalMeasurementValue("Målet"),
    targetDate: optionalIsoDay("Måldato"),
    annualValueKr: optionalKrAmount("Årlig værdi"),
    budgetTakeoutKr: optionalKrAmount("Budgethjemtagning"),
    budgetTakeoutYear: z.preprocess(
      (value) => (value === "" || value == null ? null : value),
      z.coerce
        .number({ error: "Budgetåret skal være et årstal" })
        .int("Budgetåret skal være et årstal")
        .min(2000, "Budgetåret skal ligge mellem 2000 og 2100")
        .max(2100, "Budgetåret skal ligge mellem 2000 og 2100")
        .nullable(),
    ),
    budgetTakeoutConfirmed: checkbox.default(false),
    status: z.enum(benefitStatuses, { error: "Vælg en status" }).default("proposed"),
    measurementFrequencyMonths: z.coerce.number({ error: "Vælg en målefrekvens" }).int().min(1, "Mindst hver måned").max(24, "Højst hvert andet år").default(3),
});
type BenefitFields = z.infer<typeof benefitFields>;

/** The rules between a benefit's fields, as field messages; empty when they hold. A field that is missing is not checked. */
export function benefitFieldErrors(value: Partial<BenefitFields>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (value.baselineDate && value.targetDate && value.targetDate < value.baselineDate) errors.targetDate = ["Måldatoen skal ligge efter baselinedatoen"];
  if ((value.baselineValue == null) !== (value.baselineDate == null)) errors[value.baselineValue == null ? "baselineValue" : "baselineDate"] = ["Baseline skal have både værdi og dato"];
  if ((value.targetValue == null) !== (value.targetDate == null)) errors[value.targetValue == null ? "targetValue" : "targetDate"] = ["Målet skal have både værdi og dato"];
  const direction = value.direction ? targetDirectionError(value.direction, value.baselineValue ?? null, value.targetValue ?? null) : null;
  if (direction && !errors.targetValue) errors.targetValue = [direction];
  if (value.type?.startsWith("economic") && value.annualValueKr == null) errors.annualValueKr = ["Økonomiske gevinster skal have en årlig værdi i kr."];
  if (value.budgetTakeoutKr != null && value.budgetTakeoutYear == null) errors.budgetTakeoutYear = ["Angiv budgetåret for hjemtagningen"];
  return errors;
}

export const benefitSchema = withFieldRules(benefitFields, benefitFieldErrors);
export type BenefitInput = z.infer<typeof benefitSchema>;

/**
 * An edit. A locked baseline, target and direction are shown, not posted, and a field left out keeps its stored value; the
 * service checks the rules between the fields once they are merged.
 */
export const benefitEditSchema = benefitFields.extend({
  direction: benefitFields.shape.direction.optional(),
  baselineValue: benefitFields.shape.baselineValue.optional(),
  baselineDate: benefitFields.shape.baselineDate.optional(),
  targetValue: benefitFields.shape.targetValue.optional(),
  targetDate: benefitFields.shape.targetDate.optional(),
  version,
});

export const measurementSchema = z.object({
  date: isoDay("Datoen"),
  value: measurementValue("Værdien"),
  comment: z.string().trim().max(1000, "Kommentaren må højst være 1000 tegn").default(""),
});

/** A correction names the version of the measurement the form was opened with. */
export const measurementCorrectionSchema = measurementSchema.extend({ version });


export const rebaselineSchema = z
  .object({
    newBaselineValue: measurementValue("Ny baseline"),
    newBaselineDate: isoDay("Ny baselinedato"),
    newTargetValue: measurementValue("Nyt mål"),
    newTargetDate: isoDay("Ny måldato"),
    reason: z.string().trim().min(10, "Begrund ændringen (mindst 10 tegn)").max(2000, "Højst 2000 tegn"),
  })
  .superRefine((value, ctx) => {
    if (value.newTargetDate < value.newBaselineDate) {
      ctx.addIssue({ code: "custom", path: ["newTargetDate"], message: "Måldatoen skal ligge efter baselinedatoen" });
    }
  });

export const rebaselineDecisionSchema = z
  .object({
    decision: z.enum(["approved", "rejected"], { error: "Vælg godkend eller afvis" }),
    comment: z.string().trim().max(2000, "Højst 2000 tegn").default(""),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "rejected" && value.comment.length < 3) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Skriv hvorfor ændringen afvises" });
    }
  });
