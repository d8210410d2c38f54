import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { toDay } from "@/lib/domain/dates";
import { hasPeriodEnded, incompleteCardMessage, isPeriodInOrder, missingTestCardParts, periodEndedMessage, testCardLockReason } from "@/lib/domain/test-card";
import { deleteExperimentSchema, testCardEditSchema, testCardSchema } from "@/lib/validation/experiments";

describe("a test card complete enough to start", () => {
  const complete = { test: "Vi afprøver det i to teams", metric: "Minutter pr. sag", successCriterion: "20 % færre minutter", periodStart: "2026-03-01", periodEnd: "2026-05-31", technology: "RPA" };

  it("lacks nothing when every part is written", () => {
    expect(missingTestCardParts(complete)).toEqual([]);
  });

  it("names, in the card's order, what a draft made from an idea still lacks; blanks count as missing", () => {
    expect(missingTestCardParts({ test: "", metric: "  ", successCriterion: "", periodStart: null, periodEnd: null, technology: "" })).toEqual([
      "test",
      "metric",
      "successCriterion",
      "periodStart",
      "periodEnd",
      "technology",
    ]);
    expect(missingTestCardParts({ ...complete, periodEnd: null, successCriterion: "" })).toEqual(["successCriterion", "periodEnd"]);
  });

  it("says what is missing in Danish", () => {
    expect(incompleteCardMessage(["Succeskriterium", "Slutdato"])).toBe("Udfyld testkortet, før forsøget startes. Det mangler: succeskriterium, slutdato");
  });
});

describe("the test card's period", () => {
  it("ends on or after its start", () => {
    expect(isPeriodInOrder("2026-03-01", "2026-05-31")).toBe(true);
    expect(isPeriodInOrder("2026-03-01", "2026-03-01")).toBe(true);
    expect(isPeriodInOrder("2026-03-01", "2026-02-28")).toBe(false);
  });

  it("has ended only when its end is before today; the last day itself still counts, and no end date never ends", () => {
    expect(hasPeriodEnded("2026-05-31", "2026-06-01")).toBe(true);
    expect(hasPeriodEnded("2026-05-31", "2026-05-31")).toBe(false);
    expect(hasPeriodEnded("2026-05-31", "2026-04-01")).toBe(false);
    expect(hasPeriodEnded(null, "2026-06-01")).toBe(false);
    expect(hasPeriodEnded("", "2026-06-01")).toBe(false);
  });

  it("reads today from the caller's clock as a UTC calendar day", () => {
    expect(hasPeriodEnded("2026-05-31", toDay(new Date("2026-06-01T00:30:00Z")))).toBe(true);
    expect(hasPeriodEnded("2026-05-31", toDay(new Date("2026-05-31T23:59:00Z")))).toBe(false);
  });

  it("tells the user what to do, in Danish", () => {
    expect(periodEndedMessage).toBe("Forsøgets periode er slut; ret datoerne i testkortet, før du starter det");
  });
});

describe("when a test card may be changed", () => {
  it("only as a draft in an active zone", () => {
    expect(testCardLockReason("draft", "active")).toBeNull();
    for (const state of ["awaiting_approval", "running", "finished", "rejected"] as const) {
      expect(testCardLockReason(state, "active")).toMatch(/^Testkortet kan kun rettes eller slettes, mens forsøget er en kladde\./);
    }
    expect(testCardLockReason("draft", "closed")).toBe("Udviklingsrummet er lukket, så testkortet kan ikke rettes eller slettes.");
  });
});

/** The messages of each field when `schema` parses `input`. */
function messages(schema: z.ZodType, input: Record<string, unknown>): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const found: Record<string, string[]> = {};
  for (const issue of result.error.issues) (found[String(issue.path[0])] ??= []).push(issue.message);
  return found;
}

const card = {
  zoneId: "1",
  title: "Faldsensorer",
  hypothesis: "Vi tror at faldsensorer giver færre fald.",
  test: "For at afprøve det vil vi sætte sensorer op.",
  metric: "Antal fald",
  successCriterion: "30 % færre fald",
  periodStart: "2026-03-01",
  periodEnd: "2026-05-31",
  moneyAtRiskKr: "400.000",
  technology: "Sensorer",
  radarRing: "trial",
};

describe("testCardSchema's date messages", () => {
  it("an empty test card gets one message per date, and no order message without both dates", () => {
    const empty = messages(testCardSchema, { zoneId: "1", periodStart: "", periodEnd: "" });
    expect(empty.periodStart).toEqual(["Vælg en startdato"]);
    expect(empty.periodEnd).toEqual(["Vælg en slutdato"]);
    expect(messages(testCardSchema, { zoneId: "1" })).toMatchObject({ periodStart: ["Vælg en startdato"], periodEnd: ["Vælg en slutdato"] });
  });

  it("a missing end date next to a valid start date gets only its own message", () => {
    expect(messages(testCardSchema, { ...card, periodEnd: "" })).toEqual({ periodEnd: ["Vælg en slutdato"] });
    expect(messages(testCardSchema, { ...card, periodStart: "  " })).toEqual({ periodStart: ["Vælg en startdato"] });
  });

  it("an impossible or implausible date says so, once, and the order is not judged", () => {
    expect(messages(testCardSchema, { ...card, periodStart: "2026-02-30" })).toEqual({ periodStart: ["Startdatoen skal være en gyldig dato"] });
    expect(messages(testCardSchema, { ...card, periodEnd: "abc" })).toEqual({ periodEnd: ["Slutdatoen skal være en gyldig dato"] });
    expect(messages(testCardSchema, { ...card, periodStart: "2200-01-01" })).toEqual({
      periodStart: ["Startdatoen skal ligge mellem 01.01.2000 og 31.12.2100"],
    });
  });

  it("two valid dates in the wrong order get the order message on the end date", () => {
    expect(messages(testCardSchema, { ...card, periodEnd: "2026-02-01" })).toEqual({ periodEnd: ["Slutdatoen skal ligge efter startdatoen"] });
    expect(testCardSchema.safeParse({ ...card, periodEnd: card.periodStart }).success).toBe(true);
  });
});

describe("testCardSchema's money at risk", () => {
  it("asks for an empty amount instead of reading it as 0 kr.", () => {
    for (const empty of ["", "   ", undefined]) {
      expect(messages(testCardSchema, { ...card, moneyAtRiskKr: empty })).toEqual({ moneyAtRiskKr: ["Skriv beløbet på spil i kr. (0, hvis intet er på spil)"] });
    }
  });

  it("reads Danish amounts, 0 included, and refuses what is not an amount", () => {
    expect(testCardSchema.parse({ ...card, moneyAtRiskKr: "0" }).moneyAtRiskKr).toBe(0);
    expect(testCardSchema.parse({ ...card, moneyAtRiskKr: "1 250 000 kr." }).moneyAtRiskKr).toBe(1_250_000);
    expect(testCardSchema.parse({ ...card, moneyAtRiskKr: 40_000 }).moneyAtRiskKr).toBe(40_000);
    expect(messages(testCardSchema, { ...card, moneyAtRiskKr: "mange" })).toEqual({ moneyAtRiskKr: ["Beløbet på spil skal være et beløb i kr."] });
    expect(messages(testCardSchema, { ...card, moneyAtRiskKr: "-1" })).toEqual({ moneyAtRiskKr: ["Beløbet på spil kan ikke være under 0 kr."] });
  });
});

describe("testCardEditSchema and deleteExperimentSchema", () => {
  const { zoneId: _zoneId, ...fields } = card;

  it("edit the same fields on a version, never the zone", () => {
    const parsed = testCardEditSchema.parse({ ...fields, zoneId: "99", version: "3" });
    expect(parsed).toMatchObject({ version: 3, moneyAtRiskKr: 400_000, periodEnd: "2026-05-31" });
    expect(parsed).not.toHaveProperty("zoneId");
    expect(messages(testCardEditSchema, fields)).toEqual({ version: ["Formularen mangler sin version; genindlæs siden"] });
    expect(messages(testCardEditSchema, { ...fields, version: "1", periodEnd: "2026-01-01" })).toEqual({ periodEnd: ["Slutdatoen skal ligge efter startdatoen"] });
  });

  it("delete only with a version", () => {
    expect(deleteExperimentSchema.parse({ version: "2" })).toEqual({ version: 2 });
    expect(messages(deleteExperimentSchema, {})).toEqual({ version: ["Formularen mangler sin version; genindlæs siden"] });
  });
});
