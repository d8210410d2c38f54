import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { backupRuns } from "@/db/schema";
import { backupWarningAfterMs } from "@/lib/domain/backup-retention";

export type BackupState = {
  lastGood: { finishedAt: string; bytes: number | null; kind: "nightly" | "manual" } | null;
  lastFailure: { finishedAt: string; error: string | null } | null;
  /** No good backup, or the last good one is older than two days. */
  warn: boolean;
};

/** The last good backup and a failure after it, for the administration's landing page. */
export function getBackupState(now = new Date()): BackupState {
  const db = getDb();
  const good = db.select().from(backupRuns).where(eq(backupRuns.ok, true)).orderBy(desc(backupRuns.id)).limit(1).get();
  const failed = db
    .select()
    .from(backupRuns)
    .where(eq(backupRuns.ok, false))
    .orderBy(desc(backupRuns.id))
    .limit(1)
    .get();
  const lastGood = good ? { finishedAt: good.finishedAt ?? good.startedAt, bytes: good.bytes, kind: good.kind } : null;
  const lastFailure = failed && (!good || failed.id > good.id) ? { finishedAt: failed.finishedAt ?? failed.startedAt, error: failed.error } : null;
  return { lastGood, lastFailure, warn: !lastGood || now.getTime() - Date.parse(lastGood.finishedAt) > backupWarningAfterMs };
}
