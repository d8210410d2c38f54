import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { parseDanishNumber } from "@/lib/validation/common";
import { benefitEditSchema, benefitFieldErrors, benefitSchema, measurementSchema, rebaselineDecisionSchema, rebaselineSchema } from "@/lib/validation/benefits";

/** The Danish messages per field, or null when the input is valid. */
function errorsOf(schema: z.ZodType, input: Record<string, unknown>): Record<string, string[]> | null {
  const result = schema.safeParse(input);
  if (result.success) return null;
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (errors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  return errors;
}

const validBenefit = {
  title: "Sparede kørselsudgifter",
  type: "economic_cash",
  ownerId: "4",
  receivingDepartmentId: "2",
  indicator: "Kørte kilometer pr. måned",
  unit: "km",
  method: "Kørselsregnskab",
  direction: "down",
  baselineValue: "12.000",
  baselineDate: "2026-01-01",
  targetValue: "9.500,5",
  targetDate: "2027-12-31",
  annualValueKr: "450.000 kr.",
  budgetTakeoutKr: "200.000",
  budgetTakeoutYear: "2027",
  budgetTakeoutConfirmed: "on",
  status: "approved",
  measurementFrequencyMonths: "6",
};

describe("parseDanishNumber", () => {
  const cases: [string, string][] = [
    ["12,5", "12.5"],
    ["0,5", "0.5"],
    ["-12,5", "-12.5"],
    ["1.200", "1200"],
    ["1.200.000", "1200000"],
    ["-1.200", "-1200"],
    ["1.200,5", "1200.5"],
    ["1.200.000,75", "1200000.75"],
    ["12.5", "12.5"],
    ["12.50", "12.50"],
    ["1.2345", "1.2345"],
    ["1234", "1234"],
    ["1 200", "1200"],
    ["1\u00a0200,75", "1200.75"],
    [" 31 ", "31"],
    ["", ""],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)} as ${JSON.stringify(expected)}`, () => {
      expect(parseDanishNumber(input)).toBe(expected);
    });
  }

  it("reads a dot followed by exactly three digits as thousands, the Danish way", () => {
    expect(parseDanishNumber("1.234")).toBe("1234");
    expect(parseDanishNumber("1,234")).toBe("1.234");
  });
});

describe("benefitSchema", () => {
  it("parses a complete economic benefit with Danish numbers and amounts", () => {
    expect(benefitSchema.parse(validBenefit)).toEqual({
      title: "Sparede kørselsudgifter",
      type: "economic_cash",
      ownerId: 4,
      receivingDepartmentId: 2,
      indicator: "Kørte kilometer pr. måned",
      unit: "km",
      method: "Kørselsregnskab",
      direction: "down",
      baselineValue: 12_000,
      baselineDate: "2026-01-01",
      targetValue: 9_500.5,
      targetDate: "2027-12-31",
      annualValueKr: 450_000,
      budgetTakeoutKr: 200_000,
      budgetTakeoutYear: 2027,
      budgetTakeoutConfirmed: true,
      status: "approved",
      measurementFrequencyMonths: 6,
    });
  });

  it("fills defaults and blanks for a minimal qualitative benefit", () => {
    expect(benefitSchema.parse({ title: "Tryggere borgere", type: "citizen", direction: "up", ownerId: "", baselineValue: "", annualValueKr: "" })).toEqual({
      title: "Tryggere borgere",
      type: "citizen",
      ownerId: null,
      receivingDepartmentId: null,
      indicator: "",
      unit: "",
      method: "",
      direction: "up",
      baselineValue: null,
      baselineDate: null,
      targetValue: null,
      targetDate: null,
      annualValueKr: null,
      budgetTakeoutKr: null,
      budgetTakeoutYear: null,
      budgetTakeoutConfirmed: false,
      status: "proposed",
      measurementFrequencyMonths: 3,
    });
  });

  const refused: [string, Record<string, unknown>, string, string][] = [
    ["an economic (cash) benefit without annual kr.", { annualValueKr: "" }, "annualValueKr", "Økonomiske gevinster skal have en årlig værdi i kr."],
    ["an economic (time) benefit without annual kr.", { type: "economic_time", annualValueKr: undefined }, "annualValueKr", "Økonomiske gevinster skal have en årlig værdi i kr."],
    ["a target date before the baseline date", { baselineDate: "2027-06-02", targetDate: "2027-06-01" }, "targetDate", "Måldatoen skal ligge efter baselinedatoen"],
    ["a baseline value without a date", { baselineDate: "" }, "baselineDate", "Baseline skal have både værdi og dato"],
    ["a baseline date without a value", { baselineValue: "" }, "baselineValue", "Baseline skal have både værdi og dato"],
    ["a target value without a date", { targetDate: "" }, "targetDate", "Målet skal have både værdi og dato"],
    ["a target date without a value", { targetValue: "" }, "targetValue", "Målet skal have både værdi og dato"],
    ["a budget take-out without a year", { budgetTakeoutYear: "" }, "budgetTakeoutYear", "Angiv budgetåret for hjemtagningen"],
    ["a budget year that is not a year", { budgetTakeoutYear: "27" }, "budgetTakeoutYear", "Budgetåret skal ligge mellem 2000 og 2100"],
    ["a negative annual value", { annualValueKr: "-5" }, "annualValueKr", "Årlig værdi kan ikke være under 0 kr."],
    ["an annual value with øre", { annualValueKr: "1.200,50" }, "annualValueKr", "Årlig værdi skal være et helt antal kr."],
    ["a baseline that is not a number", { baselineValue: "mange" }, "baselineValue", "Baseline skal være et tal"],
    ["a baseline date that does not exist", { baselineDate: "2026-02-29" }, "baselineDate", "Baselinedato skal være en gyldig dato"],
    ["a too short title", { title: " AI " }, "title", "Titlen skal være mindst 3 tegn"],
    ["a too long title", { title: "x".repeat(161) }, "title", "Titlen må højst være 160 tegn"],
    ["an unknown type", { type: "happiness" }, "type", "Vælg en type"],
    ["a missing direction", { direction: undefined }, "direction", "Vælg om tallet skal op eller ned"],
    ["an unknown status", { status: "done" }, "status", "Vælg en status"],
    ["a measurement frequency above two years", { measurementFrequencyMonths: "36" }, "measurementFrequencyMonths", "Højst hvert andet år"],
    ["a measurement frequency of zero", { measurementFrequencyMonths: "0" }, "measurementFrequencyMonths", "Mindst hver måned"],
  ];
  for (const [name, overrides, field, message] of refused) {
    it(`refuses ${name}`, () => {
      expect(errorsOf(benefitSchema, { ...validBenefit, ...overrides })?.[field]).toContain(message);
    });
  }

  it("accepts a target date equal to the baseline date", () => {
    expect(errorsOf(benefitSchema, { ...validBenefit, targetDate: "2026-01-01" })).toBeNull();
  });

  it("accepts non-economic benefits without annual kr. and a budget year without a take-out", () => {
    for (const type of ["quality", "citizen", "work_environment"]) {
      expect(errorsOf(benefitSchema, { ...validBenefit, type, annualValueKr: "", budgetTakeoutKr: "" })).toBeNull();
    }
  });

  it("reports several problems at once", () => {
    const errors = errorsOf(benefitSchema, { ...validBenefit, baselineDate: "", annualValueKr: "", budgetTakeoutYear: "" });
    expect(Object.keys(errors!).sort()).toEqual(["annualValueKr", "baselineDate", "budgetTakeoutYear"]);
  });

  it("treats a blank value of only spaces as missing, never as 0", () => {
    expect(benefitSchema.parse({ ...validBenefit, type: "quality", baselineValue: "  ", baselineDate: "", targetValue: " ", targetDate: "" })).toMatchObject({
      baselineValue: null,
      targetValue: null,
    });
    expect(errorsOf(benefitSchema, { ...validBenefit, annualValueKr: "   " })?.annualValueKr).toEqual(["Økonomiske gevinster skal have en årlig værdi i kr."]);
  });
});

describe("benefitEditSchema", () => {
  it("needs the form's version", () => {
    expect(errorsOf(benefitEditSchema, validBenefit)?.version).toEqual(["Formularen mangler sin version; genindlæs siden"]);
    expect(benefitEditSchema.parse({ ...validBenefit, version: "3" }).version).toBe(3);
  });

  it("takes a locked path left out as absent, not blank, and leaves the rules between fields to benefitFieldErrors once it is merged", () => {
    const { baselineValue: _baselineValue, baselineDate: _baselineDate, targetValue: _targetValue, targetDate: _targetDate, ...withoutPath } = validBenefit as Record<string, unknown>;
    const parsed = benefitEditSchema.parse({ ...withoutPath, version: "3", annualValueKr: "" });
    expect([parsed.baselineValue, parsed.baselineDate, parsed.targetValue, parsed.targetDate]).toEqual([undefined, undefined, undefined, undefined]);
    expect(benefitEditSchema.parse({ ...validBenefit, version: "3", baselineValue: "", baselineDate: "" }).baselineValue).toBeNull();
    const merged = { ...parsed, direction: parsed.direction ?? "up", baselineValue: 10, baselineDate: "2026-01-01", targetValue: null, targetDate: "2027-01-01" };
    expect(benefitFieldErrors(merged)).toEqual({
      annualValueKr: ["Økonomiske gevinster skal have en årlig værdi i kr."],
      targetValue: ["Målet skal have både værdi og dato"],
    });
  });
});

describe("measurementSchema", () => {
  const values: [string, number][] = [
    ["12,5", 12.5],
    ["1.200", 1200],
    ["1.200,5", 1200.5],
    ["-0,5", -0.5],
    ["0", 0],
  ];
  for (const [input, expected] of values) {
    it(`reads the value ${JSON.stringify(input)} as ${expected}`, () => {
      expect(measurementSchema.parse({ date: "2026-11-20", value: input })).toEqual({ date: "2026-11-20", value: expected, comment: "" });
    });
  }

  const refused: [string, Record<string, unknown>, string, string][] = [
    ["an empty value", { value: "" }, "value", "Værdien skal være et tal"],
    ["a value of only spaces", { value: "  " }, "value", "Værdien skal være et tal"],
    ["a missing value", { value: undefined }, "value", "Værdien skal være et tal"],
    ["a null value", { value: null }, "value", "Værdien skal være et tal"],
    ["a value that is not a number", { value: "ca. 12" }, "value", "Værdien skal være et tal"],
    ["a missing date", { date: undefined }, "date", "Datoen skal være en dato"],
    ["an impossible date", { date: "2026-04-31" }, "date", "Datoen skal være en gyldig dato"],
    ["a too long comment", { comment: "x".repeat(1001) }, "comment", "Kommentaren må højst være 1000 tegn"],
  ];
  for (const [name, overrides, field, message] of refused) {
    it(`refuses ${name}`, () => {
      expect(errorsOf(measurementSchema, { date: "2026-11-20", value: "31", ...overrides })?.[field]).toEqual([message]);
    });
  }
});

describe("rebaselineSchema", () => {
  const valid = { newBaselineValue: "36", newBaselineDate: "2026-06-01", newTargetValue: "24,5", newTargetDate: "2028-06-30", reason: "  Ny opgørelsesmetode fra 2026.  " };

  it("parses a request with Danish numbers and a trimmed reason", () => {
    expect(rebaselineSchema.parse(valid)).toEqual({
      newBaselineValue: 36,
      newBaselineDate: "2026-06-01",
      newTargetValue: 24.5,
      newTargetDate: "2028-06-30",
      reason: "Ny opgørelsesmetode fra 2026.",
    });
  });

  const refused: [string, Record<string, unknown>, string, string][] = [
    ["a too short reason", { reason: "Fordi det" }, "reason", "Begrund ændringen (mindst 10 tegn)"],
    ["a new target date before the new baseline date", { newTargetDate: "2026-05-31" }, "newTargetDate", "Måldatoen skal ligge efter baselinedatoen"],
    ["a missing new baseline", { newBaselineValue: "" }, "newBaselineValue", "Ny baseline skal være et tal"],
    ["a missing new target", { newTargetValue: " " }, "newTargetValue", "Nyt mål skal være et tal"],
    ["a missing new target date", { newTargetDate: undefined }, "newTargetDate", "Ny måldato skal være en dato"],
  ];
  for (const [name, overrides, field, message] of refused) {
    it(`refuses ${name}`, () => {
      expect(errorsOf(rebaselineSchema, { ...valid, ...overrides })?.[field]).toContain(message);
    });
  }
});

describe("rebaselineDecisionSchema", () => {
  it("approves without a comment", () => {
    expect(rebaselineDecisionSchema.parse({ decision: "approved" })).toEqual({ decision: "approved", comment: "" });
  });

  it("needs a comment to reject", () => {
    expect(errorsOf(rebaselineDecisionSchema, { decision: "rejected", comment: "  " })?.comment).toEqual(["Skriv hvorfor ændringen afvises"]);
    expect(rebaselineDecisionSchema.parse({ decision: "rejected", comment: " Nej tak " })).toEqual({ decision: "rejected", comment: "Nej tak" });
  });

  it("refuses any other decision", () => {
    expect(errorsOf(rebaselineDecisionSchema, { decision: "postponed", comment: "Senere" })?.decision).toEqual(["Vælg godkend eller afvis"]);
  });
});
