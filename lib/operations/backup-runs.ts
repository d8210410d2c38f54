import path from "node:path";
import type { AppDatabase } from "@/db";
import { backupRuns } from "@/db/schema";
import { recordAudit } from "@/lib/audit";

/** Records a finished backup (nightly or by `npm run backup`) so the administration sees it; audited. */
export function recordBackupRun(
  db: AppDatabase,
  run: { kind: "nightly" | "manual"; startedAt: Date; folder?: string; bytes?: number; error?: string },
  now = new Date(),
): void {
  db.transaction((tx) => {
    const ok = !run.error;
    tx.insert(backupRuns)
      .values({
        kind: run.kind,
        startedAt: run.startedAt.toISOString(),
        finishedAt: now.toISOString(),
        ok,
        folder: run.folder ?? null,
        bytes: run.bytes ?? null,
        error: run.error ?? null,
      })
      .run();
    recordAudit(tx, {
      action: ok ? "backup.create" : "backup.failure",
      objectType: "backup",
      objectId: run.folder ? path.basename(run.folder) : null,
      outcome: ok ? "success" : "failure",
      changes: ok ? { kind: run.kind, bytes: run.bytes } : { kind: run.kind, error: run.error },
    });
  });
}
