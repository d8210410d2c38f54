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

type BenefitDirection = "up" | "down";
type BaselineValues = { direction: BenefitDirection; baselineValue: number | null; baselineDate: string | null; targetValue: number | null; targetDate: string | null };

const lockedFields = ["baselineValue", "baselineDate", "targetValue", "targetDate"] as const;

/**
 * Which locked fields an edit would change (setting a missing value is not a change). The direction is locked with
 * the path it belongs to: turning "skal op" into "skal ned" would turn a deviation into progress without a
 * re-baseline. Only a direction that contradicts its locked path may still be corrected.
 */
export function lockedFieldChanges(before: BaselineValues, after: BaselineValues): (keyof BaselineValues)[] {
  const changed: (keyof BaselineValues)[] = lockedFields.filter((key) => before[key] != null && before[key] !== after[key]);
  return before.direction !== after.direction && isDirectionLocked(before) ? ["direction", ...changed] : changed;
}

/** A locked benefit's direction is locked too once it has a path to fit, unless it contradicts that path. */
export function isDirectionLocked(benefit: BaselineValues): boolean {
  const hasPath = benefit.baselineValue != null || benefit.targetValue != null;
  return hasPath && targetDirectionError(benefit.direction, benefit.baselineValue, benefit.targetValue) === null;
}

/** A target on the wrong side of the baseline for the direction (or equal to it, which leaves no path to measure on), as a message; null when it fits. */
export function targetDirectionError(direction: BenefitDirection, baselineValue: number | null, targetValue: number | null): string | null {
  if (baselineValue == null || targetValue == null) return null;
  if (direction === "up" && targetValue <= baselineValue) return "Når tallet skal op, skal målet være større end baseline";
  if (direction === "down" && targetValue >= baselineValue) return "Når tallet skal ned, skal målet være mindre end baseline";
  return null;
}
