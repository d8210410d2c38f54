import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  idList,
  isoDay,
  krAmount,
  measurementValue,
  optionalId,
  optionalIsoDay,
  optionalKrAmount,
  optionalMeasurementValue,
  parseDanishNumber,
  percentage,
  requiredId,
  stripControlCharacters,
} from "@/lib/validation/common";

/** The value, or the Danish messages when refused. */
function outcome(schema: z.ZodType, input: unknown): { value: unknown } | { errors: string[] } {
  const result = schema.safeParse(input);
  return result.success ? { value: result.data } : { errors: result.error.issues.map((issue) => issue.message) };
}

describe("parseDanishNumber", () => {
  const cases: [string, string][] = [
    ["1.500.000", "1500000"],
    ["1 500 000 kr.", "1500000"],
    ["1500000 kr", "1500000"],
    ["1.200,5", "1200.5"],
    ["12,5", "12.5"],
    ["12.5", "12.5"],
    ["\u22125", "-5"],
    ["1\u202f000", "1000"],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)} as ${JSON.stringify(expected)}`, () => expect(parseDanishNumber(input)).toBe(expected));
  }
});

describe("krAmount", () => {
  const amount = krAmount("Budgettet");
  it("reads Danish amounts", () => {
    expect(outcome(amount, "1.500.000")).toEqual({ value: 1_500_000 });
    expect(outcome(amount, "1 500 000 kr.")).toEqual({ value: 1_500_000 });
    expect(outcome(amount, "1500000.00")).toEqual({ value: 1_500_000 });
    expect(outcome(amount, 250)).toEqual({ value: 250 });
  });

  it("accepts 0 and 100.000.000.000 kr., the ends of the range", () => {
    expect(outcome(amount, "0")).toEqual({ value: 0 });
    expect(outcome(amount, "100.000.000.000")).toEqual({ value: 100_000_000_000 });
  });

  it("refuses what lies outside the range or is no whole amount, with a Danish message", () => {
    expect(outcome(amount, "100.000.000.001")).toEqual({ errors: ["Budgettet skal ligge mellem 0 og 100.000.000.000 kr."] });
    expect(outcome(amount, "1e15")).toEqual({ errors: ["Budgettet skal ligge mellem 0 og 100.000.000.000 kr."] });
    expect(outcome(amount, "-1")).toEqual({ errors: ["Budgettet kan ikke være under 0 kr."] });
    expect(outcome(amount, "1.200,50")).toEqual({ errors: ["Budgettet skal være et helt antal kr."] });
    expect(outcome(amount, "mange")).toEqual({ errors: ["Budgettet skal være et beløb i kr."] });
    expect(outcome(amount, "Infinity")).toMatchObject({ errors: [expect.stringMatching(/^Budgettet skal/)] });
  });

  it("lets an optional amount be blank", () => {
    const optional = optionalKrAmount("Årlig værdi");
    expect(outcome(optional, "")).toEqual({ value: null });
    expect(outcome(optional, "  ")).toEqual({ value: null });
    expect(outcome(optional, "450.000 kr.")).toEqual({ value: 450_000 });
    expect(outcome(optional, "200000000000")).toEqual({ errors: ["Årlig værdi skal ligge mellem 0 og 100.000.000.000 kr."] });
  });
});

describe("measurementValue", () => {
  const value = measurementValue("Værdien");
  const range = "Værdien skal ligge mellem -1.000.000.000.000 og 1.000.000.000.000";

  it("reads decimal commas and negative numbers", () => {
    expect(outcome(value, "12,5")).toEqual({ value: 12.5 });
    expect(outcome(value, "-3")).toEqual({ value: -3 });
  });

  it("accepts ±10¹² and refuses one more", () => {
    expect(outcome(value, "1000000000000")).toEqual({ value: 1e12 });
    expect(outcome(value, "-1.000.000.000.000")).toEqual({ value: -1e12 });
    expect(outcome(value, "1000000000001")).toEqual({ errors: [range] });
    expect(outcome(value, "-1e13")).toEqual({ errors: [range] });
  });

  it("refuses what is not a finite number", () => {
    expect(outcome(value, "Infinity")).toMatchObject({ errors: [expect.stringMatching(/^Værdien skal/)] });
    expect(outcome(value, Number.NaN)).toMatchObject({ errors: ["Værdien skal være et tal"] });
    expect(outcome(value, "mange")).toEqual({ errors: ["Værdien skal være et tal"] });
    expect(outcome(value, "")).toMatchObject({ errors: [expect.any(String)] });
  });

  it("lets an optional value be blank but not out of range", () => {
    const optional = optionalMeasurementValue("Baseline");
    expect(outcome(optional, "")).toEqual({ value: null });
    expect(outcome(optional, "2e12")).toEqual({ errors: ["Baseline skal ligge mellem -1.000.000.000.000 og 1.000.000.000.000"] });
  });
});

describe("percentage", () => {
  const share = percentage("Andelen");
  it("accepts 0 to 100, with a decimal comma and a percent sign", () => {
    expect(outcome(share, "0")).toEqual({ value: 0 });
    expect(outcome(share, "100")).toEqual({ value: 100 });
    expect(outcome(share, "12,5 %")).toEqual({ value: 12.5 });
  });
  it("refuses what lies outside 0–100", () => {
    expect(outcome(share, "100,1")).toEqual({ errors: ["Andelen skal ligge mellem 0 og 100 %"] });
    expect(outcome(share, "-1")).toEqual({ errors: ["Andelen skal ligge mellem 0 og 100 %"] });
    expect(outcome(share, "halvdelen")).toEqual({ errors: ["Andelen skal være en procentsats"] });
  });
});

describe("isoDay", () => {
  const day = isoDay("Datoen");
  const range = "Datoen skal ligge mellem 01.01.2000 og 31.12.2100";

  it("accepts the first and the last day of the range", () => {
    expect(outcome(day, "2000-01-01")).toEqual({ value: "2000-01-01" });
    expect(outcome(day, "2100-12-31")).toEqual({ value: "2100-12-31" });
  });

  it("refuses the day before and the day after the range", () => {
    expect(outcome(day, "1999-12-31")).toEqual({ errors: [range] });
    expect(outcome(day, "2101-01-01")).toEqual({ errors: [range] });
    expect(outcome(day, "0001-01-01")).toEqual({ errors: [range] });
  });

  it("refuses a day that does not exist with one message, not two", () => {
    expect(outcome(day, "2026-02-30")).toEqual({ errors: ["Datoen skal være en gyldig dato"] });
    expect(outcome(day, "20026-01-01")).toEqual({ errors: ["Datoen skal være en gyldig dato"] });
  });

  it("lets an optional day be blank but not out of range", () => {
    const optional = optionalIsoDay("Planlagt start");
    expect(outcome(optional, "")).toEqual({ value: null });
    expect(outcome(optional, "1970-01-01")).toEqual({ errors: ["Planlagt start skal ligge mellem 01.01.2000 og 31.12.2100"] });
  });
});

describe("ids", () => {
  it("refuses ids that are not safe positive integers with a Danish message", () => {
    expect(outcome(requiredId("en afdeling"), "1e20")).toEqual({ errors: ["Vælg en afdeling"] });
    expect(outcome(requiredId("en afdeling"), "0")).toEqual({ errors: ["Vælg en afdeling"] });
    expect(outcome(optionalId, "abc")).toEqual({ errors: ["Vælg en gyldig værdi"] });
    expect(outcome(optionalId, "")).toEqual({ value: null });
    expect(outcome(idList, ["3", "9007199254740993"])).toEqual({ errors: ["Vælg en gyldig værdi"] });
  });
});

describe("stripControlCharacters", () => {
  it("removes NUL, escape, delete and C1 controls but keeps tab, line feed and carriage return", () => {
    expect(stripControlCharacters("Bud\u0000get\u001b[31m\u007f\u0085")).toBe("Budget[31m");
    expect(stripControlCharacters("linje 1\r\nlinje 2\tkolonne")).toBe("linje 1\r\nlinje 2\tkolonne");
  });

  it("cleans every text in arrays and plain objects and leaves other values alone", () => {
    expect(stripControlCharacters({ title: "A\u0000B", ids: ["1\u0000", 2], nested: { body: "x\u0007y" }, flag: true, none: null })).toEqual({
      title: "AB",
      ids: ["1", 2],
      nested: { body: "xy" },
      flag: true,
      none: null,
    });
  });
});
