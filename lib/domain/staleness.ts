import type { Phase } from "@/lib/codes";

const reportingPhases: Phase[] = ["analysis", "trial", "implementation", "realisation"];

/** A project in a reporting phase with no published report within `staleDays` is stale. */
export function isStatusStale(phase: Phase, latestPublishedAt: string | null, now: Date, staleDays: number): boolean {
  if (!reportingPhases.includes(phase)) return false;
  if (!latestPublishedAt) return true;
  return now.getTime() - new Date(latestPublishedAt).getTime() > staleDays * 86_400_000;
}
