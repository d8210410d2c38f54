import { describe, expect, it } from "vitest";
import { normaliseName, parseBenefitType, parseDanishAmount, parseDanishDate, parseLight, parsePhase, parsePurpose, type CellValue } from "@/lib/domain/import-values";

const text = (value: string): CellValue => ({ kind: "text", text: value });
const value = <T>(result: { ok: true; value: T } | { ok: false; reason: string }) => (result.ok ? result.value : `fejl: ${result.reason}`);

describe("Danish dates", () => {
  it.each(["31-12-2026", "31.12.2026", "31/12/2026", "2026-12-31", "31-12-26"])("reads %s", (input) => {
    expect(value(parseDanishDate(text(input)))).toBe("2026-12-31");
  });

  it("reads real dates, Excel serial days and blanks", () => {
    expect(value(parseDanishDate({ kind: "date", day: "2027-01-02" }))).toBe("2027-01-02");
    expect(value(parseDanishDate({ kind: "number", value: 46387 }))).toBe("2026-12-31");
    expect(value(parseDanishDate({ kind: "empty" }))).toBeNull();
  });

  it("refuses days that do not exist and text that is not a date, in Danish", () => {
    expect(value(parseDanishDate(text("31-02-2027")))).toBe('fejl: "31-02-2027" er ikke en gyldig dato');
    expect(value(parseDanishDate(text("snart")))).toMatch(/er ikke en dato/);
    expect(value(parseDanishDate({ kind: "error", reason: "Formler læses ikke" }))).toBe("fejl: Formler læses ikke");
  });
});

describe("Danish amounts", () => {
  it.each([
    ["1.250.000 kr.", 1_250_000],
    ["1,25 mio.", 1_250_000],
    ["1,25 mio. kr.", 1_250_000],
    ["500 t.kr.", 500_000],
    ["500 tkr.", 500_000],
    ["kr. 2.000", 2000],
    ["2.000,-", 2000],
    ["1 500 000", 1_500_000],
    ["2 mia.", 2_000_000_000],
  ])("reads %s as %d", (input, expected) => {
    expect(value(parseDanishAmount(text(input)))).toBe(expected);
  });

  it("reads numbers, rounds to whole kroner and refuses negatives and words", () => {
    expect(value(parseDanishAmount({ kind: "number", value: 1234.6 }))).toBe(1235);
    expect(value(parseDanishAmount({ kind: "number", value: -5 }))).toMatch(/^fejl: .*negativt/);
    expect(value(parseDanishAmount(text("mange penge")))).toMatch(/^fejl: "mange penge" er ikke et beløb/);
  });
});

describe("words", () => {
  it("reads status colours in Danish, English and as letters; Ingen status is none", () => {
    for (const [input, expected] of [
      ["Grøn", "green"],
      ["G", "green"],
      ["Amber", "yellow"],
      ["gul", "yellow"],
      ["Y", "yellow"],
      ["RØD", "red"],
      ["R", "red"],
      ["Ingen status", null],
    ] as const) {
      expect(value(parseLight(text(input)))).toBe(expected);
    }
    expect(value(parseLight(text("Lilla")))).toMatch(/er ikke en statusfarve \(Grøn, Gul, Rød\)/);
  });

  it("reads phases, purposes and benefit types by their labels and synonyms", () => {
    expect(value(parsePhase(text("Idé")))).toBe("idea");
    expect(value(parsePhase(text("ide")))).toBe("idea");
    expect(value(parsePhase(text("Gevinstrealisering")))).toBe("realisation");
    expect(value(parsePurpose(text("Ny service")))).toBe("new_service");
    expect(value(parseBenefitType(text("Økonomisk, budgetvirkende")))).toBe("economic_cash");
    expect(value(parseBenefitType(text("Frigjort tid")))).toBe("economic_time");
  });

  it("compares names without case and diacritics", () => {
    expect(normaliseName("  Søren  ÅBERG ")).toBe(normaliseName("søren åberg"));
    expect(normaliseName("Zoë")).toBe("zoe");
  });
});
