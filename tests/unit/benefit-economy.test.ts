import { describe, expect, it } from "vitest";
import { benefitBudgetYear, realisedShare, sumEconomy } from "@/lib/domain/benefit-economy";

describe("realised share of an economic benefit", () => {
  it("counts a realised benefit in full, a cancelled one not at all, and clamps achievement", () => {
    expect(realisedShare("realised", 40)).toBe(1);
    expect(realisedShare("cancelled", 90)).toBe(0);
    expect(realisedShare("realising", 55)).toBe(0.55);
    expect(realisedShare("realising", 130)).toBe(1);
    expect(realisedShare("realising", -20)).toBe(0);
    expect(realisedShare("approved", null)).toBe(0);
  });
});

describe("budget year", () => {
  it("prefers the take-out year and falls back to the target date's year", () => {
    expect(benefitBudgetYear(2027, "2026-06-30")).toBe(2027);
    expect(benefitBudgetYear(null, "2026-06-30")).toBe(2026);
    expect(benefitBudgetYear(null, null)).toBeNull();
  });
});

describe("economy sums", () => {
  it("groups expected and realised kr. by key and skips items without one", () => {
    const rows = sumEconomy(
      [
        { year: "2026", expected: 100, realised: 50 },
        { year: "2025", expected: 10, realised: 10 },
        { year: "2026", expected: 200, realised: 0 },
        { year: null, expected: 999, realised: 999 },
      ],
      (item) => item.year,
      (item) => ({ expectedKr: item.expected, realisedKr: item.realised }),
    );
    expect(rows).toEqual([
      { key: "2025", expectedKr: 10, realisedKr: 10 },
      { key: "2026", expectedKr: 300, realisedKr: 50 },
    ]);
  });
});
