import "server-only";
import { and, desc, eq, gt, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { benefits, departments, importBatches, importMappings, importUploads, projectChangeRequests, projects, users } from "@/db/schema";
import type { ColumnMapping } from "@/lib/domain/import-mapping";
import type { ImportCounts, ImportContext } from "@/lib/import/plan";
import type { ActingUser } from "@/lib/services/guard";
import { outer } from "./outer-column";

/** Reads behind the import pages: the portal's current data to match against, uploads, saved mappings and batches. */

export function loadImportContext(db: DbOrTx, actor: ActingUser, now: Date): ImportContext {
  const pending = new Set(
    db.select({ projectId: projectChangeRequests.projectId }).from(projectChangeRequests).where(eq(projectChangeRequests.status, "pending")).all().map((row) => row.projectId),
  );
  return {
    actorRole: actor.role,
    today: now.toISOString().slice(0, 10),
    departments: db.select({ id: departments.id, name: departments.name, shortName: departments.shortName, active: departments.active }).from(departments).all(),
    people: db.select({ id: users.id, name: users.name, email: users.email, active: users.active }).from(users).all(),
    projects: db
      .select({
        id: projects.id,
        code: projects.code,
        title: projects.title,
        summary: projects.summary,
        purpose: projects.purpose,
        departmentId: projects.departmentId,
        phase: projects.phase,
        ownerId: projects.ownerId,
        leadId: projects.leadId,
        approvedBudgetKr: projects.approvedBudgetKr,
        spentKr: projects.spentKr,
        baselineStart: projects.baselineStart,
        baselineEnd: projects.baselineEnd,
        forecastEnd: projects.forecastEnd,
        latestLight: projects.latestLight,
      })
      .from(projects)
      .all()
      .map((project) => ({ ...project, pendingChangeRequest: pending.has(project.id) })),
    benefits: db
      .select({
        id: benefits.id,
        projectId: benefits.projectId,
        title: benefits.title,
        type: benefits.type,
        ownerId: benefits.ownerId,
        indicator: benefits.indicator,
        unit: benefits.unit,
        direction: benefits.direction,
        baselineValue: benefits.baselineValue,
        baselineDate: benefits.baselineDate,
        targetValue: benefits.targetValue,
        targetDate: benefits.targetDate,
        annualValueKr: benefits.annualValueKr,
      })
      .from(benefits)
      .all(),
  };
}

/** The acting user's own upload, while it has not expired. */
export function findOwnUpload(db: DbOrTx, actor: ActingUser, uploadId: number, now: Date) {
  return db
    .select()
    .from(importUploads)
    .where(and(eq(importUploads.id, uploadId), eq(importUploads.uploadedById, actor.id), gt(importUploads.expiresAt, now.toISOString())))
    .get();
}

export function listImportMappings(db: DbOrTx): { id: number; name: string; mapping: { projects?: ColumnMapping; benefits?: ColumnMapping } }[] {
  return db
    .select({ id: importMappings.id, name: importMappings.name, mapping: importMappings.mapping })
    .from(importMappings)
    .orderBy(importMappings.name)
    .all()
    .map((row) => ({ ...row, mapping: safeJson(row.mapping) }));
}

export type ImportBatchSummary = {
  id: number;
  importedAt: string;
  importedBy: string;
  fileName: string;
  counts: Partial<ImportCounts & { statusReports: number; changeRequests: number }>;
  rolledBackAt: string | null;
  rowCount: number;
};

/** Each batch with who imported it and how many rows it wrote. */
function batchSummaries(db: DbOrTx) {
  return db
    .select({
      id: importBatches.id,
      importedAt: importBatches.importedAt,
      importedBy: users.name,
      fileName: importBatches.fileName,
      counts: importBatches.counts,
      rolledBackAt: importBatches.rolledBackAt,
      rowCount: sql<number>`(select count(*) from import_batch_rows r where r.batch_id = ${outer(importBatches.id)})`,
    })
    .from(importBatches)
    .innerJoin(users, eq(users.id, importBatches.importedById));
}

const withCounts = (row: Omit<ImportBatchSummary, "counts"> & { counts: string }): ImportBatchSummary => ({ ...row, counts: safeJson(row.counts) });

export function listImportBatches(db: DbOrTx, limit = 20): ImportBatchSummary[] {
  return batchSummaries(db).orderBy(desc(importBatches.importedAt), desc(importBatches.id)).limit(limit).all().map(withCounts);
}

export function getImportBatch(db: DbOrTx, batchId: number): ImportBatchSummary | null {
  return batchSummaries(db).where(eq(importBatches.id, batchId)).all().map(withCounts)[0] ?? null;
}

function safeJson<T extends object>(json: string): T {
  try {
    const value: unknown = JSON.parse(json);
    return (typeof value === "object" && value !== null ? value : {}) as T;
  } catch {
    return {} as T;
  }
}
