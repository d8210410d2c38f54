import "server-only";
import { and, asc, desc, eq, gte } from "drizzle-orm";
import fs from "node:fs";
import path from "node:path";
import { dataDirectory, getDb } from "@/db";
import { auditEvents, backupRuns } from "@/db/schema";
import { backupsToDelete } from "@/lib/domain/backup-retention";
import { digestTimeZone, zonedHourToInstant } from "@/lib/domain/digest-periods";
import { logger } from "@/lib/log.mjs";
import { createBackup, defaultBackupsFolder, readManifest } from "@/lib/operations/backup";
import { recordBackupRun } from "@/lib/operations/backup-runs";
import { readSettings } from "@/lib/settings";

/** The latest moment at or before `now` when the nightly backup fell due (the configured hour, Danish time). */
export function latestNightlyDue(now: Date, hour: number): Date {
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: digestTimeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    .format(now)
    .split("-")
    .map(Number);
  const today = zonedHourToInstant(year, month, day, hour);
  if (today <= now) return today;
  const yesterday = new Date(Date.UTC(year, month - 1, day - 1));
  return zonedHourToInstant(yesterday.getUTCFullYear(), yesterday.getUTCMonth() + 1, yesterday.getUTCDate(), hour);
}

/** Deletes the backups in the default folder that the retention settings no longer keep; returns their names. */
export function pruneBackups(dataDir: string, retention: { daily: number; weekly: number; monthly: number }): string[] {
  const folder = defaultBackupsFolder(dataDir);
  if (!fs.existsSync(folder)) return [];
  const backups = fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.startsWith("styrerum-"))
    .flatMap((entry) => {
      try {
        return [{ name: entry.name, takenAt: new Date(readManifest(path.join(folder, entry.name)).createdAt) }];
      } catch {
        return []; // not a finished backup: left alone
      }
    });
  const doomed = backupsToDelete(backups, retention);
  for (const name of doomed) fs.rmSync(path.join(folder, name), { recursive: true, force: true });
  return doomed;
}

let running = false;

/**
 * The nightly backup, when it is due and not yet taken: a verified backup into DATA_DIR/backups, then the old ones
 * the retention settings no longer keep are deleted. Called by the scheduler every few minutes, so a server that
 * was down at the hour catches up when it starts.
 */
export async function runNightlyBackupIfDue(now = new Date(), dataDir = dataDirectory()): Promise<"not-due" | "done" | "failed"> {
  if (running) return "not-due";
  const settings = readSettings(getDb());
  const due = latestNightlyDue(now, settings.backupHour);
  const taken = getDb()
    .select({ id: backupRuns.id })
    .from(backupRuns)
    .where(and(eq(backupRuns.kind, "nightly"), eq(backupRuns.ok, true), gte(backupRuns.startedAt, due.toISOString())))
    .get();
  if (taken) return "not-due";
  // A database that began after the hour (a new installation, a fresh test server) waits for the next night.
  const firstEvent = getDb().select({ at: auditEvents.occurredAt }).from(auditEvents).orderBy(asc(auditEvents.id)).limit(1).get();
  if (!firstEvent || firstEvent.at > due.toISOString()) return "not-due";
  // After a failure, the next attempt waits an hour rather than failing (and auditing) every few minutes.
  const last = getDb().select().from(backupRuns).where(eq(backupRuns.kind, "nightly")).orderBy(desc(backupRuns.id)).limit(1).get();
  if (last && !last.ok && now.getTime() - Date.parse(last.startedAt) < 3_600_000) return "not-due";
  running = true;
  // The run finishes on the same clock as `now`: as long after it as the backup took.
  const startedAtMs = Date.now();
  const finishedAt = () => new Date(now.getTime() + (Date.now() - startedAtMs));
  try {
    const result = await createBackup({ dataDir, now });
    recordBackupRun(getDb(), { kind: "nightly", startedAt: now, folder: result.folder, bytes: result.bytes }, finishedAt());
    const pruned = pruneBackups(dataDir, { daily: settings.backupKeepDaily, weekly: settings.backupKeepWeekly, monthly: settings.backupKeepMonthly });
    logger.info({ folder: result.folder, bytes: result.bytes, pruned: pruned.length }, "natlig sikkerhedskopi taget");
    return "done";
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    recordBackupRun(getDb(), { kind: "nightly", startedAt: now, error: message.slice(0, 500) }, finishedAt());
    logger.error({ err: error }, "natlig sikkerhedskopi mislykkedes");
    return "failed";
  } finally {
    running = false;
  }
}
