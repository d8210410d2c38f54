import type { Phase } from "@/lib/codes";

const reportingPhases: Phase[] = ["analysis", "trial", "implementation", "realisation"];

/**
 * A project in a reporting phase with no published report within `staleDays` is stale. A project that never published
 * one counts from its registration, so a project registered today is not stale at once.
 */
export function isStatusStale(phase: Phase, latestPublishedAt: string | null, createdAt: string, now: Date, staleDays: number): boolean {
  if (!reportingPhases.includes(phase)) return false;
  return now.getTime() - new Date(latestPublishedAt ?? createdAt).getTime() > staleDays * 86_400_000;
}
