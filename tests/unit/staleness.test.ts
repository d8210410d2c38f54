import { describe, expect, it } from "vitest";
import { isStatusStale } from "@/lib/domain/staleness";

const now = new Date("2026-12-02T12:00:00Z");

describe("isStatusStale", () => {
  it("is stale more than the stale period after the latest published report", () => {
    expect(isStatusStale("implementation", "2026-10-01T09:00:00Z", "2025-01-01T09:00:00Z", now, 45)).toBe(true);
    expect(isStatusStale("implementation", "2026-11-01T09:00:00Z", "2025-01-01T09:00:00Z", now, 45)).toBe(false);
  });

  it("counts a project that never reported from its registration, so a new project is not stale at once", () => {
    expect(isStatusStale("analysis", null, "2026-12-01T09:00:00Z", now, 45)).toBe(false);
    expect(isStatusStale("analysis", null, "2026-09-01T09:00:00Z", now, 45)).toBe(true);
  });

  it("never holds outside the reporting phases", () => {
    for (const phase of ["idea", "closed", "stopped"] as const) expect(isStatusStale(phase, null, "2020-01-01T09:00:00Z", now, 45)).toBe(false);
  });
});
