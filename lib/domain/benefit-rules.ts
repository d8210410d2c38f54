import type { Phase } from "@/lib/codes";

/** Baseline and target are locked once the project has left analysis; then only a re-baseline changes them. */
export function isBaselineLocked(phase: Phase): boolean {
  return phase !== "idea" && phase !== "analysis";
}

/**
 * The one who recorded a measurement may correct or delete it within the correction window (the setting
 * `measurementCorrectionDays`, 7 days unless changed); after that only a new measurement.
 */
export function canCorrectMeasurement(
  actorId: number,
  measurement: { recordedById: number; createdAt: string },
  now: Date,
  correctionDays: number,
): boolean {
  if (measurement.recordedById !== actorId) return false;
  return now.getTime() - new Date(measurement.createdAt).getTime() <= correctionDays * 86_400_000;
}

type BaselineValues = { baselineValue: number | null; baselineDate: string | null; targetValue: number | null; targetDate: string | null };

const lockedFields = ["baselineValue", "baselineDate", "targetValue", "targetDate"] as const;

/** Which locked baseline/target fields an edit would change (setting a missing value is not a change). */
export function lockedFieldChanges(before: BaselineValues, after: BaselineValues): (keyof BaselineValues)[] {
  return lockedFields.filter((key) => before[key] != null && before[key] !== after[key]);
}
