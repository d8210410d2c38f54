import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getBackupState } from "@/lib/queries/backups";
import { latestNightlyDue, pruneBackups, runNightlyBackupIfDue } from "@/lib/services/nightly-backup";
import { withDemoDatabase } from "./temp-database";

const getDb = withDemoDatabase();
const dataDir = () => process.env.DATA_DIR!;
const day = 86_400_000;
/** 03:00 in Copenhagen on the day after the demo was seeded: the night's backup (02:00) is due. */
const tomorrowAtThree = () => {
  const seeded = getDb().$client.prepare("select min(occurred_at) from audit_events").pluck().get() as string;
  const next = new Date(Date.parse(seeded) + day);
  return new Date(`${next.toISOString().slice(0, 10)}T02:00:00Z`);
};
const runs = () => getDb().$client.prepare("select kind, ok, error from backup_runs order by id").all();

describe("the nightly backup", () => {
  it("falls due at the configured hour, Danish time", () => {
    expect(latestNightlyDue(new Date("2026-11-30T10:00:00Z"), 2).toISOString()).toBe("2026-11-30T01:00:00.000Z");
    expect(latestNightlyDue(new Date("2026-11-30T00:30:00Z"), 2).toISOString()).toBe("2026-11-29T01:00:00.000Z");
    expect(latestNightlyDue(new Date("2026-07-01T10:00:00Z"), 2).toISOString()).toBe("2026-07-01T00:00:00.000Z");
  });

  it("is taken once a night, audited, and shown to the administration", async () => {
    const now = tomorrowAtThree();
    expect(getBackupState(now)).toMatchObject({ lastGood: null, warn: true });

    expect(await runNightlyBackupIfDue(now, dataDir())).toBe("done");
    expect(await runNightlyBackupIfDue(new Date(now.getTime() + 600_000), dataDir())).toBe("not-due");

    expect(runs()).toEqual([{ kind: "nightly", ok: 1, error: null }]);
    expect(fs.readdirSync(path.join(dataDir(), "backups"))).toHaveLength(1);
    expect(getDb().$client.prepare("select count(*) from audit_events where action = 'backup.create'").pluck().get()).toBe(1);
    expect(getBackupState(new Date(now.getTime() + day))).toMatchObject({ lastGood: { kind: "nightly" }, lastFailure: null, warn: false });
    expect(getBackupState(new Date(now.getTime() + 3 * day)).warn).toBe(true);
  });

  it("waits for the next night on a database that began after the hour", async () => {
    const seeded = Date.parse(getDb().$client.prepare("select min(occurred_at) from audit_events").pluck().get() as string);
    expect(await runNightlyBackupIfDue(new Date(seeded + 60_000), dataDir())).toBe("not-due");
    expect(runs()).toEqual([]);
  });

  it("records a failure, shows it, and tries again an hour later rather than every tick", async () => {
    fs.writeFileSync(path.join(dataDir(), "backups"), "not a folder");
    const now = tomorrowAtThree();

    expect(await runNightlyBackupIfDue(now, dataDir())).toBe("failed");
    expect(await runNightlyBackupIfDue(new Date(now.getTime() + 600_000), dataDir())).toBe("not-due");
    expect(runs()).toMatchObject([{ kind: "nightly", ok: 0 }]);
    expect(getBackupState(now).lastFailure).not.toBeNull();
    expect(getDb().$client.prepare("select count(*) from audit_events where action = 'backup.failure'").pluck().get()).toBe(1);

    fs.rmSync(path.join(dataDir(), "backups"));
    expect(await runNightlyBackupIfDue(new Date(now.getTime() + 3_700_000), dataDir())).toBe("done");
    expect(getBackupState(new Date(now.getTime() + 3_700_000))).toMatchObject({ lastFailure: null, warn: false });
  });

  it("deletes the backups the retention no longer keeps, and leaves unfinished ones alone", () => {
    const folder = path.join(dataDir(), "backups");
    for (let index = 0; index < 6; index++) {
      const taken = new Date(Date.UTC(2026, 10, 30 - index, 1));
      const name = `styrerum-2026113${index}-010000`;
      fs.mkdirSync(path.join(folder, name), { recursive: true });
      fs.writeFileSync(path.join(folder, name, "manifest.json"), JSON.stringify({ format: 1, createdAt: taken.toISOString() }));
    }
    fs.mkdirSync(path.join(folder, "styrerum-igang"));

    const pruned = pruneBackups(dataDir(), { daily: 3, weekly: 0, monthly: 0 });

    expect(pruned).toHaveLength(3);
    expect(fs.readdirSync(folder).sort()).toEqual(["styrerum-20261130-010000", "styrerum-20261131-010000", "styrerum-20261132-010000", "styrerum-igang"]);
  });
});
