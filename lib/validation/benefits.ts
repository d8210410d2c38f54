import { z } from "zod";
import { benefitStatuses, benefitTypes } from "@/db/schema";
import { checkbox, isoDay, optionalId, optionalIsoDay, version } from "./common";

/** Danish number input: "12,5" is 12.5, "1.200" and "1.200,5" use dots for thousands; "12.5" is accepted too. */
export function parseDanishNumber(value: string): string {
  const compact = value.replace(/\s/g, "");
  if (compact.includes(",")) return compact.replace(/\./g, "").replace(",", ".");
  if (/^-?\d{1,3}(\.\d{3})+$/.test(compact)) return compact.replace(/\./g, "");
  return compact;
}

const blank = (value: unknown) => value == null || (typeof value === "string" && value.trim() === "");

const decimal = (label: string) =>
  z.preprocess(
    (value) => (blank(value) ? null : typeof value === "string" ? parseDanishNumber(value) : value),
    z.coerce.number({ error: `${label} skal være et tal` }).refine(Number.isFinite, `${label} skal være et tal`).nullable(),
  );
const requiredDecimal = (label: string) =>
  z.preprocess(
    (value) => (blank(value) ? undefined : typeof value === "string" ? parseDanishNumber(value) : value),
    z.coerce.number({ error: `${label} skal være et tal` }).refine(Number.isFinite, `${label} skal være et tal`),
  );
const optionalKr = (label: string) =>
  z.preprocess(
    (value) => (blank(value) ? null : typeof value === "string" ? value.replace(/kr\.?/i, "").replace(/[\s.]/g, "") : value),
    z.coerce.number({ error: `${label} skal være et beløb i kr.` }).int(`${label} skal være et helt antal kr.`).min(0, `${label} kan ikke være negativ`).nullable(),
  );

export const benefitSchema = z
  .object({
    title: z.string().trim().min(3, "Titlen skal være mindst 3 tegn").max(160, "Titlen må højst være 160 tegn"),
    type: z.enum(benefitTypes, { error: "Vælg en type" }),
    ownerId: optionalId,
    receivingDepartmentId: optionalId,
    indicator: z.string().trim().max(200, "Højst 200 tegn").default(""),
    unit: z.string().trim().max(40, "Højst 40 tegn").default(""),
    method: z.string().trim().max(1000, "Højst 1000 tegn").default(""),
    direction: z.enum(["up", "down"], { error: "Vælg om tallet skal op eller ned" }),
    baselineValue: decimal("Baseline"),
    baselineDate: optionalIsoDay("Baselinedato"),
    targetValue: decimal("Målet"),
    targetDate: optionalIsoDay("Måldato"),
    annualValueKr: optionalKr("Årlig værdi"),
    budgetTakeoutKr: optionalKr("Budgethjemtagning"),
    budgetTakeoutYear: z.preprocess(
      (value) => (value === "" || value == null ? null : value),
      z.coerce.number({ error: "Budgetåret skal være et årstal" }).int().min(2000, "Budgetåret skal være et årstal").max(2100, "Budgetåret skal være et årstal").nullable(),
    ),
    budgetTakeoutConfirmed: checkbox.default(false),
    status: z.enum(benefitStatuses, { error: "Vælg en status" }).default("proposed"),
    measurementFrequencyMonths: z.coerce.number({ error: "Vælg en målefrekvens" }).int().min(1, "Mindst hver måned").max(24, "Højst hvert andet år").default(3),
  })
  .superRefine((value, ctx) => {
    if (value.baselineDate && value.targetDate && value.targetDate < value.baselineDate) {
      ctx.addIssue({ code: "custom", path: ["targetDate"], message: "Måldatoen skal ligge efter baselinedatoen" });
    }
    if ((value.baselineValue == null) !== (value.baselineDate == null)) {
      ctx.addIssue({ code: "custom", path: [value.baselineValue == null ? "baselineValue" : "baselineDate"], message: "Baseline skal have både værdi og dato" });
    }
    if ((value.targetValue == null) !== (value.targetDate == null)) {
      ctx.addIssue({ code: "custom", path: [value.targetValue == null ? "targetValue" : "targetDate"], message: "Målet skal have både værdi og dato" });
    }
    if (value.type.startsWith("economic") && value.annualValueKr == null) {
      ctx.addIssue({ code: "custom", path: ["annualValueKr"], message: "Økonomiske gevinster skal have en årlig værdi i kr." });
    }
    if (value.budgetTakeoutKr != null && value.budgetTakeoutYear == null) {
      ctx.addIssue({ code: "custom", path: ["budgetTakeoutYear"], message: "Angiv budgetåret for hjemtagningen" });
    }
  });
export type BenefitInput = z.infer<typeof benefitSchema>;
export const benefitEditSchema = benefitSchema.and(z.object({ version }));

export const measurementSchema = z.object({
  date: isoDay("Datoen"),
  value: requiredDecimal("Værdien"),
  comment: z.string().trim().max(1000, "Kommentaren må højst være 1000 tegn").default(""),
});

export const rebaselineSchema = z
  .object({
    newBaselineValue: requiredDecimal("Ny baseline"),
    newBaselineDate: isoDay("Ny baselinedato"),
    newTargetValue: requiredDecimal("Nyt mål"),
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
