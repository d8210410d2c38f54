import "server-only";
import { and, desc, eq, gt, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { auditEvents, benefitMeasurements, benefitRebaselines, benefits, importBatches, importBatchRows, projectChangeRequests, projects, statusReports } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { rollbackRefusal } from "@/lib/domain/import-rollback";
import { ConflictError, NotFoundError } from "./errors";
import { authorize, type ActingUser } from "./guard";
import { versionsOf } from "./portfolio-import-apply";

/**
 * Rolls a whole import batch back within 7 days: created projects, benefits, imported status reports and pending
 * change requests are removed, updated projects and benefits get their values from before the import. Refused,
 * naming the rows, when anything the batch wrote has been changed since.
 */
export function rollbackImportBatch(actor: ActingUser, batchId: number, now = new Date()): void {
  authorize(actor, "portfolio.import", undefined, { action: "import.rollback", objectType: "import_batch", objectId: batchId });
  const db = getDb();
  db.transaction((tx) => {
    const batch = tx.select().from(importBatches).where(eq(importBatches.id, batchId)).get();
    if (!batch) throw new NotFoundError("Importen findes ikke.");
    const rows = tx.select().from(importBatchRows).where(eq(importBatchRows.batchId, batchId)).orderBy(desc(importBatchRows.id)).all();
    const projectVersions = versionsOf(tx, "project", rows.filter((row) => row.entityType === "project").map((row) => row.entityId));
    const benefitVersions = versionsOf(tx, "benefit", rows.filter((row) => row.entityType === "benefit").map((row) => row.entityId));
    const applied = tx
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "import.apply"), eq(auditEvents.objectType, "import_batch"), eq(auditEvents.objectId, String(batchId))))
      .get();
    const touchedSince = (code: string) =>
      Boolean(
        tx
          .select({ id: auditEvents.id })
          .from(auditEvents)
          .where(and(eq(auditEvents.objectType, "project"), eq(auditEvents.objectId, code), eq(auditEvents.outcome, "success"), gt(auditEvents.id, applied?.id ?? 0)))
          .limit(1)
          .get(),
      );
    // A benefit the import created has had measurements or re-baselines recorded since: removing it would take them along.
    const hasRecords = (benefitId: number) =>
      Boolean(
        tx.select({ id: benefitMeasurements.id }).from(benefitMeasurements).where(eq(benefitMeasurements.benefitId, benefitId)).limit(1).get() ??
          tx.select({ id: benefitRebaselines.id }).from(benefitRebaselines).where(eq(benefitRebaselines.benefitId, benefitId)).limit(1).get(),
      );
    const codes = new Map(
      tx
        .select({ id: projects.id, code: projects.code })
        .from(projects)
        .where(inArray(projects.id, rows.filter((row) => row.entityType === "project").map((row) => row.entityId)))
        .all()
        .map((row) => [row.id, row.code]),
    );
    const changed = rows
      .filter((row) => {
        // A project counts as changed when its version moved or anything on it (benefits, risks, reports) was recorded since.
        if (row.entityType === "project") return projectVersions.get(row.entityId) !== row.afterVersion || touchedSince(codes.get(row.entityId) ?? "");
        if (row.entityType === "benefit") return benefitVersions.get(row.entityId) !== row.afterVersion || (row.action === "created" && hasRecords(row.entityId));
        if (row.entityType === "change_request") {
          const request = tx.select({ status: projectChangeRequests.status }).from(projectChangeRequests).where(eq(projectChangeRequests.id, row.entityId)).get();
          return request?.status !== "pending";
        }
        return !tx.select({ id: statusReports.id }).from(statusReports).where(eq(statusReports.id, row.entityId)).get();
      })
      .map((row) => row.label);
    const refusal = rollbackRefusal({ importedAt: batch.importedAt, rolledBackAt: batch.rolledBackAt }, [...new Set(changed)], now);
    if (refusal) throw new ConflictError(refusal);

    for (const row of rows) {
      switch (row.entityType) {
        case "status_report":
          tx.delete(statusReports).where(eq(statusReports.id, row.entityId)).run();
          break;
        case "change_request":
          tx.delete(projectChangeRequests).where(and(eq(projectChangeRequests.id, row.entityId), eq(projectChangeRequests.status, "pending"))).run();
          break;
        case "benefit":
          if (row.action === "created") tx.delete(benefits).where(eq(benefits.id, row.entityId)).run();
          else restore(tx, benefits, row.entityId, row.before, now);
          break;
        case "project":
          if (row.action === "created") tx.delete(projects).where(eq(projects.id, row.entityId)).run();
          else restore(tx, projects, row.entityId, row.before, now);
          break;
      }
    }
    tx.update(importBatches).set({ rolledBackAt: now.toISOString(), rolledBackById: actor.id }).where(eq(importBatches.id, batchId)).run();
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "import.rollback",
      objectType: "import_batch",
      objectId: batchId,
      changes: { rows: rows.map((row) => ({ type: row.entityType, id: row.entityId, action: row.action, label: row.label })) },
    });
  });
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

function restore(tx: Tx, table: typeof projects | typeof benefits, id: number, beforeJson: string | null, now: Date): void {
  const before = beforeJson ? (JSON.parse(beforeJson) as Record<string, unknown>) : {};
  const current = tx.select({ version: table.version }).from(table).where(eq(table.id, id)).get();
  if (!current) return;
  tx.update(table)
    .set({ ...before, version: current.version + 1, updatedAt: now.toISOString() })
    .where(eq(table.id, id))
    .run();
}
