import type { benefitStatuses } from "@/lib/codes";

type BenefitStatus = (typeof benefitStatuses)[number];

/**
 * The share of an economic benefit's annual value counted as realised: all of it once the benefit is
 * realised, none when cancelled, otherwise its achievement clamped to 0–100 %.
 */
export function realisedShare(status: BenefitStatus, achievementPercent: number | null): number {
  if (status === "realised") return 1;
  if (status === "cancelled" || achievementPercent == null) return 0;
  return Math.min(1, Math.max(0, achievementPercent / 100));
}

/** The budget year an economic benefit belongs to: its take-out year, else the year of its target date. */
export function benefitBudgetYear(budgetTakeoutYear: number | null, targetDate: string | null): number | null {
  return budgetTakeoutYear ?? (targetDate ? Number(targetDate.slice(0, 4)) : null);
}

export type EconomicRow = { key: string; expectedKr: number; realisedKr: number };

/** Expected against realised kr., grouped by a key (budget year or department), sorted by key. */
export function sumEconomy<T>(items: T[], keyOf: (item: T) => string | null, valuesOf: (item: T) => { expectedKr: number; realisedKr: number } | null): EconomicRow[] {
  const sums = new Map<string, EconomicRow>();
  for (const item of items) {
    const key = keyOf(item);
    const values = valuesOf(item);
    if (key === null || values === null) continue;
    const row = sums.get(key) ?? { key, expectedKr: 0, realisedKr: 0 };
    row.expectedKr += values.expectedKr;
    row.realisedKr += values.realisedKr;
    sums.set(key, row);
  }
  return [...sums.values()].sort((a, b) => a.key.localeCompare(b.key, "da"));
}
