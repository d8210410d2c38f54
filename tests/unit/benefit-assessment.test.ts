import { describe, expect, it } from "vitest";
import {
  achievementPercent,
  assessBenefit,
  assessDeviation,
  deviation,
  expectedValue,
  isMeasurementOverdue,
  latestMeasurement,
  measurementDueKeyOf,
  type BenefitPath,
} from "@/lib/domain/benefit-assessment";

const up: BenefitPath = { direction: "up", baselineValue: 100, baselineDate: "2026-01-01", targetValue: 200, targetDate: "2027-01-01" };
const down: BenefitPath = { direction: "down", baselineValue: 40, baselineDate: "2026-01-01", targetValue: 20, targetDate: "2027-01-01" };
const T = 0.1;

describe("target path", () => {
  it("runs linearly from baseline to target", () => {
    expect(expectedValue(up, "2026-01-01")).toBe(100);
    expect(expectedValue(up, "2026-07-02")).toBeCloseTo(150, 0);
    expect(expectedValue(down, "2026-07-02")).toBeCloseTo(30, 0);
  });
  it("stays at the target after the target date and at the baseline before the baseline date", () => {
    expect(expectedValue(up, "2028-05-01")).toBe(200);
    expect(expectedValue(up, "2025-05-01")).toBe(100);
  });
});

describe("deviation and assessment", () => {
  it("is zero on the path and positive ahead of it", () => {
    expect(deviation(up, { date: "2027-01-01", value: 200 })).toBe(0);
    expect(deviation(up, { date: "2027-01-01", value: 220 })).toBeCloseTo(0.2);
  });

  it("uses the direction: for 'down' a lower value is better", () => {
    expect(deviation(down, { date: "2027-01-01", value: 18 })).toBeCloseTo(0.1);
    expect(deviation(down, { date: "2027-01-01", value: 24 })).toBeCloseTo(-0.2);
    expect(assessBenefit(down, [{ date: "2027-01-01", value: 24 }], T).assessment).toBe("watch");
    expect(assessBenefit(down, [{ date: "2027-01-01", value: 25 }], T).assessment).toBe("off_track");
    expect(assessBenefit(down, [{ date: "2027-01-01", value: 21 }], T).assessment).toBe("on_track");
  });

  it("judges dates after the target date against the target", () => {
    expect(assessBenefit(up, [{ date: "2028-06-01", value: 200 }], T).assessment).toBe("on_track");
    expect(assessBenefit(up, [{ date: "2028-06-01", value: 185 }], T).assessment).toBe("watch");
    expect(assessBenefit(up, [{ date: "2028-06-01", value: 170 }], T).assessment).toBe("off_track");
  });

  it("has exact tolerance edges: −T is I rute, −2T is Følg med, below is Afvigelse", () => {
    expect(assessDeviation(-0.1, T)).toBe("on_track");
    expect(assessDeviation(-0.1000001, T)).toBe("watch");
    expect(assessDeviation(-0.2, T)).toBe("watch");
    expect(assessDeviation(-0.2000001, T)).toBe("off_track");
    expect(assessDeviation(0.5, T)).toBe("on_track");
  });

  it("uses the latest measurement", () => {
    const verdict = assessBenefit(
      up,
      [
        { date: "2027-01-01", value: 120 },
        { date: "2027-02-01", value: 200 },
        { date: "2026-12-01", value: 100 },
      ],
      T,
    );
    expect(verdict.latest?.value).toBe(200);
    expect(verdict.assessment).toBe("on_track");
  });

  it("of two measurements on the same day uses the one registered last, as the kept latest value does", () => {
    const mistyped = { date: "2027-02-01", value: 2000 };
    const corrected = { date: "2027-02-01", value: 200 };
    expect(latestMeasurement([{ date: "2027-01-01", value: 120 }, mistyped, corrected])).toBe(corrected);
    expect(assessBenefit(up, [mistyped, corrected], T).latest?.value).toBe(200);
  });

  it("cannot judge a benefit with no measurements or without baseline and target", () => {
    expect(assessBenefit(up, [], T)).toEqual({ assessment: null, deviation: null, achievementPercent: null, latest: null });
    expect(assessBenefit({ direction: "up", baselineValue: 1 }, [{ date: "2027-01-01", value: 5 }], T).assessment).toBeNull();
  });

  it("does not divide by zero when baseline and target are equal", () => {
    const flat: BenefitPath = { direction: "up", baselineValue: 50, baselineDate: "2026-01-01", targetValue: 50, targetDate: "2027-01-01" };
    expect(deviation(flat, { date: "2026-06-01", value: 50 })).toBe(0);
    expect(assessBenefit(flat, [{ date: "2026-06-01", value: 55 }], T).assessment).toBe("on_track");
    expect(assessBenefit(flat, [{ date: "2026-06-01", value: 45 }], T).assessment).toBe("off_track");
    expect(achievementPercent(flat, 50)).toBe(100);
    expect(achievementPercent(flat, 49)).toBe(0);
    expect(Number.isFinite(achievementPercent(flat, 60))).toBe(true);
  });
});

describe("achievement", () => {
  it("is the share of the way from baseline to target", () => {
    expect(achievementPercent(up, 150)).toBe(50);
    expect(achievementPercent(up, 220)).toBe(120);
    expect(achievementPercent(down, 30)).toBe(50);
    expect(achievementPercent(down, 45)).toBe(-25);
  });
});

describe("overdue measurements", () => {
  it("flags a benefit whose next measurement is past due", () => {
    expect(isMeasurementOverdue([{ date: "2026-06-01", value: 1 }], "2026-01-01", 3, "2026-09-01")).toBe(false);
    expect(isMeasurementOverdue([{ date: "2026-06-01", value: 1 }], "2026-01-01", 3, "2026-09-02")).toBe(true);
    expect(isMeasurementOverdue([], "2026-01-01", 3, "2026-05-01")).toBe(true);
    expect(isMeasurementOverdue([], null, 3, "2026-05-01")).toBe(false);
  });
});

describe("measurementDueKeyOf", () => {
  /** The benefits' kept due key (db/schema.ts): the month number of the date measured from, plus the frequency, × 100 + its day. */
  const keptDueKey = (from: string, frequencyMonths: number) =>
    (Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) + frequencyMonths) * 100 + Number(from.slice(8, 10));
  const day = (start: string, offset: number) => new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

  it("counts months and days so that a key below today's is exactly an overdue measurement, at month ends too", () => {
    expect(measurementDueKeyOf("2026-12-02")).toBe((2026 * 12 + 12) * 100 + 2);
    for (const from of ["2026-01-31", "2026-01-28", "2026-03-31", "2026-11-30", "2027-02-28", "2028-02-29"]) {
      for (const frequency of [1, 3, 12]) {
        for (let offset = 0; offset < 450; offset += 1) {
          const today = day(from, offset);
          expect(keptDueKey(from, frequency) < measurementDueKeyOf(today), `${from} +${frequency} on ${today}`).toBe(isMeasurementOverdue([], from, frequency, today));
        }
      }
    }
  });
});
