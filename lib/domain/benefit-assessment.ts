import { addMonths, parseDay } from "./dates";
import type { BenefitAssessment } from "./status-proposal";

export type BenefitPath = {
  direction: "up" | "down";
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetDate: string;
};

export type Measurement = { date: string; value: number };

/** The target path: linear from baseline to target, flat at the baseline before and at the target after. */
export function expectedValue(path: BenefitPath, day: string): number {
  if (day <= path.baselineDate) return path.baselineValue;
  if (day >= path.targetDate) return path.targetValue;
  const span = parseDay(path.targetDate).getTime() - parseDay(path.baselineDate).getTime();
  if (span <= 0) return path.targetValue;
  const share = (parseDay(day).getTime() - parseDay(path.baselineDate).getTime()) / span;
  return path.baselineValue + share * (path.targetValue - path.baselineValue);
}

const sign = (direction: BenefitPath["direction"]) => (direction === "up" ? 1 : -1);

/**
 * s · (actual − expected) / |target − baseline|. With no span between baseline and target there is
 * nothing to scale by: meeting the target counts as 0, missing it in the wrong direction as −∞.
 */
export function deviation(path: BenefitPath, measurement: Measurement): number {
  const gap = sign(path.direction) * (measurement.value - expectedValue(path, measurement.date));
  const span = Math.abs(path.targetValue - path.baselineValue);
  if (span === 0) return gap >= 0 ? 0 : -Infinity;
  return gap / span;
}

/** I rute at deviation ≥ −T, Følg med from −2T up to −T, Afvigelse below −2T. */
export function assessDeviation(value: number, tolerance: number): BenefitAssessment {
  if (value >= -tolerance) return "on_track";
  if (value >= -2 * tolerance) return "watch";
  return "off_track";
}

/** Achievement % = (actual − baseline) / (target − baseline); with no span, 100 % when the target is met. */
export function achievementPercent(path: BenefitPath, actual: number): number {
  const span = path.targetValue - path.baselineValue;
  if (span === 0) return sign(path.direction) * (actual - path.targetValue) >= 0 ? 100 : 0;
  return ((actual - path.baselineValue) / span) * 100;
}

export function latestMeasurement(measurements: Measurement[]): Measurement | null {
  // Of two on the same day the one registered last counts, as in the kept latest value (ORDER BY date DESC, id DESC):
  // callers pass measurements in the order they were registered.
  return measurements.reduce<Measurement | null>((latest, m) => (!latest || m.date >= latest.date ? m : latest), null);
}

/**
 * `day` as a benefit's kept measurement due key counts (db/schema.ts): month number × 100 + day of month. A benefit's
 * next measurement falls due before `day` exactly when its key is below this, as isMeasurementOverdue decides it.
 */
export function measurementDueKeyOf(day: string): number {
  return (Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7))) * 100 + Number(day.slice(8, 10));
}

/** Overdue when the next measurement (last one, or the baseline date, plus the frequency) lies before today. */
export function isMeasurementOverdue(measurements: Measurement[], baselineDate: string | null, frequencyMonths: number, today: string): boolean {
  const from = latestMeasurement(measurements)?.date ?? baselineDate;
  if (!from) return false;
  return addMonths(from, frequencyMonths) < today;
}

export type BenefitVerdict = {
  assessment: BenefitAssessment | null;
  deviation: number | null;
  achievementPercent: number | null;
  latest: Measurement | null;
};

/** The assessment of a benefit from its latest measurement; null parts when it cannot be judged yet. */
export function assessBenefit(path: Partial<BenefitPath> & Pick<BenefitPath, "direction">, measurements: Measurement[], tolerance: number): BenefitVerdict {
  const latest = latestMeasurement(measurements);
  const complete =
    path.baselineValue != null && path.baselineDate != null && path.targetValue != null && path.targetDate != null;
  if (!latest || !complete) return { assessment: null, deviation: null, achievementPercent: null, latest };
  const fullPath = path as BenefitPath;
  const value = deviation(fullPath, latest);
  return { assessment: assessDeviation(value, tolerance), deviation: value, achievementPercent: achievementPercent(fullPath, latest.value), latest };
}
