import { describe, expect, it } from "vitest";
import { backupsToDelete } from "@/lib/domain/backup-retention";

const at = (iso: string) => ({ name: `styrerum-${iso}`, takenAt: new Date(iso) });

/** One backup a night at 02:00 UTC for `days` days up to 2026-11-30. */
function nightly(days: number) {
  return Array.from({ length: days }, (_, index) => at(new Date(Date.UTC(2026, 10, 30 - index, 2)).toISOString()));
}

describe("backup retention", () => {
  it("keeps 7 daily, 4 weekly and 12 monthly backups of a year of nightly backups", () => {
    const backups = nightly(400);
    const deleted = new Set(backupsToDelete(backups, { daily: 7, weekly: 4, monthly: 12 }));
    const kept = backups.filter((backup) => !deleted.has(backup.name)).map((backup) => backup.takenAt.toISOString().slice(0, 10));
    // The last 7 nights, the newest of the 4 most recent ISO weeks (Mondays to Sundays), the newest of 12 months.
    expect(kept.slice(0, 7)).toEqual(["2026-11-30", "2026-11-29", "2026-11-28", "2026-11-27", "2026-11-26", "2026-11-25", "2026-11-24"]);
    expect(kept).toContain("2026-11-22");
    expect(kept).toContain("2026-11-15");
    expect(kept).toContain("2026-10-31");
    expect(kept).toContain("2025-12-31");
    expect(kept).not.toContain("2025-11-30");
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
  });

  it("keeps two backups of one day only if both days and weeks ask for it, and never the older of them", () => {
    const backups = [at("2026-11-30T02:00:00Z"), at("2026-11-30T14:00:00Z")];
    expect(backupsToDelete(backups, { daily: 7, weekly: 4, monthly: 12 })).toEqual(["styrerum-2026-11-30T02:00:00Z"]);
  });

  it("always keeps the newest, even with a retention of nothing", () => {
    expect(backupsToDelete([at("2026-11-29T02:00:00Z"), at("2026-11-30T02:00:00Z")], { daily: 0, weekly: 0, monthly: 0 })).toEqual([
      "styrerum-2026-11-29T02:00:00Z",
    ]);
  });
});
