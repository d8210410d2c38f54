import "server-only";
import { eq, inArray } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { benefits, importBatches, importBatchRows, importUploads, projectChangeRequests, projectGoals, projects, projectTags, statusReports, technologyTags } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { FieldChange } from "@/lib/domain/controlled-fields";
import { buildPlan, planFingerprint, type BenefitRowPlan, type ImportPlan, type ProjectRowPlan, type ProjectValues } from "@/lib/import/plan";
import { importSetsControlledFieldsDirectly } from "@/lib/permissions";
import { loadImportContext } from "@/lib/queries/portfolio-import";
import { createBenefit, updateBenefit } from "./benefits";
import { createDepartment } from "./departments";
import { ConflictError, ServiceError, ValidationError } from "./errors";
import type { ActingUser } from "./guard";
import { notifyChangeRequestFiled } from "./notification-events/requests";
import { loadUpload } from "./portfolio-import";
import { createProject, updateProject } from "./projects";

/**
 * Apply: writes the preview's new and changed rows in ONE transaction through the project, benefit and department
 * services (their validation, permissions and audit), records the batch and what it wrote, and forgets the upload.
 * Board-controlled figures are set directly by a director; anyone else's become a change request for the board.
 * Any refusal on any row writes nothing at all.
 */

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];
type BatchRow = { entityType: "project" | "benefit" | "status_report" | "change_request"; entityId: number; action: "created" | "updated"; sheetRow: number; label: string; before: Record<string, unknown> | null };

const projectColumns = ["code", "title", "summary", "purpose", "departmentId", "phase", "ownerId", "leadId", "approvedBudgetKr", "spentKr", "baselineStart", "baselineEnd", "forecastEnd"] as const;
const controlledKeys = new Set(["approvedBudgetKr", "baselineStart", "baselineEnd", "departmentId", "ownerId"]);
const benefitColumns = ["title", "type", "ownerId", "indicator", "unit", "direction", "baselineValue", "baselineDate", "targetValue", "targetDate", "annualValueKr"] as const;

export type ImportResult = { batchId: number; counts: ImportPlan["counts"] & { statusReports: number; changeRequests: number } };

export const stalePreviewMessage = "Data i Styrerum er ændret, siden forhåndsvisningen blev vist. Intet er importeret; se den nye forhåndsvisning, og importér igen.";

/** Applies the upload; with `previewed` (the preview's fingerprint) it is refused when the plan differs from what was shown. */
export async function applyImport(actor: ActingUser, uploadId: number, now = new Date(), previewed?: string): Promise<ImportResult> {
  const upload = await loadUpload(actor, uploadId, now);
  const db = getDb();
  return db.transaction((tx) => {
    const plan = buildPlan(upload.tables, upload.settings, loadImportContext(tx, actor, now));
    if (previewed !== undefined && previewed !== planFingerprint(plan)) throw new ConflictError(stalePreviewMessage);
    const toWrite = [...plan.projectRows, ...plan.benefitRows].filter((row) => row.status === "new" || row.status === "changed");
    if (toWrite.length === 0) throw new ValidationError({ _form: ["Ingen rækker er nye eller ændrede"] }, "Der er intet at importere: ingen rækker er nye eller ændrede.");
    const batch = tx
      .insert(importBatches)
      .values({
        importedById: actor.id,
        importedAt: now.toISOString(),
        fileName: upload.fileName,
        fileSha256: upload.sha256,
        mapping: JSON.stringify({ projectSheet: upload.settings.projectSheet, benefitSheet: upload.settings.benefitSheet, projects: upload.settings.projectMapping, benefits: upload.settings.benefitMapping, values: upload.settings.values }),
        counts: "{}",
      })
      .returning({ id: importBatches.id })
      .get();
    const writer = new BatchWriter(tx, actor, batch.id, upload.fileName, now);
    for (const row of plan.projectRows) writer.guard(row, () => writer.project(row));
    for (const row of plan.benefitRows) writer.guard(row, () => writer.benefit(row));
    writer.finish();
    const counts = { ...plan.counts, statusReports: writer.statusReports, changeRequests: writer.changeRequests };
    tx.update(importBatches).set({ counts: JSON.stringify(counts) }).where(eq(importBatches.id, batch.id)).run();
    tx.delete(importUploads).where(eq(importUploads.id, upload.id)).run();
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "import.apply",
      objectType: "import_batch",
      objectId: batch.id,
      changes: { fileName: upload.fileName, sha256: upload.sha256, counts },
    });
    return { batchId: batch.id, counts };
  });
}

class BatchWriter {
  rows: BatchRow[] = [];
  statusReports = 0;
  changeRequests = 0;
  private createdDepartments = new Map<string, number>();

  constructor(
    private tx: Tx,
    private actor: ActingUser,
    private batchId: number,
    private fileName: string,
    private now: Date,
  ) {}

  /** Runs one row's writes; a refusal names the row and stops the whole import. */
  guard(row: ProjectRowPlan | BenefitRowPlan, write: () => void): void {
    if (row.status !== "new" && row.status !== "changed") return;
    try {
      write();
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      const details = error instanceof ValidationError ? Object.values(error.fieldErrors).flat().join("; ") : "";
      const message = `Række ${row.sheetRow} (${row.label}): ${details || error.message} Intet er importeret.`;
      throw new ValidationError({ _form: [message] }, message);
    }
  }

  private departmentFor(row: ProjectRowPlan): number | undefined {
    if (row.values.departmentId !== undefined || !row.createDepartment) return row.values.departmentId;
    const name = row.createDepartment;
    const existing = this.createdDepartments.get(name.toLowerCase());
    if (existing) return existing;
    const shortName = name.replace(/[^\p{L}\p{N}]/gu, "").slice(0, 6).toUpperCase() || "AFD";
    const { id } = createDepartment(this.actor, { name, shortName, kind: "area" }, this.now);
    this.createdDepartments.set(name.toLowerCase(), id);
    return id;
  }

  project(row: ProjectRowPlan): void {
    const values = { ...row.values, departmentId: this.departmentFor(row) };
    if (!row.project) this.createProjectRow(row, values);
    else if (row.changes.some((change) => change.field !== "light")) this.updateProjectRow(row, values);
    if (row.light) this.statusReport(row);
  }

  private createProjectRow(row: ProjectRowPlan, values: ProjectValues): void {
    const { code: generated } = createProject(
      this.actor,
      {
        title: values.title,
        summary: values.summary ?? "",
        purpose: values.purpose,
        departmentId: values.departmentId,
        ownerId: values.ownerId,
        leadId: values.leadId,
        baselineStart: values.baselineStart ?? "",
        baselineEnd: values.baselineEnd ?? "",
        forecastEnd: values.forecastEnd ?? "",
        approvedBudgetKr: values.approvedBudgetKr ?? 0,
        spentKr: values.spentKr ?? 0,
        priority: "medium",
        goalIds: [],
        tags: "",
      },
      this.now,
    );
    const created = this.tx.select().from(projects).where(eq(projects.code, generated)).get()!;
    const extra: Partial<typeof projects.$inferInsert> = {};
    if (values.code && values.code !== generated) extra.code = values.code;
    if (values.phase && values.phase !== created.phase) extra.phase = values.phase;
    if (Object.keys(extra).length) {
      this.tx.update(projects).set(extra).where(eq(projects.id, created.id)).run();
      this.audit("project.update", extra.code ?? generated, { ...Object.fromEntries(Object.entries(extra).map(([key, value]) => [key, { from: created[key as keyof typeof created], to: value }])) });
    }
    this.rows.push({ entityType: "project", entityId: created.id, action: "created", sheetRow: row.sheetRow, label: `${extra.code ?? generated} ${created.title}`, before: null });
  }

  private updateProjectRow(row: ProjectRowPlan, values: ProjectValues): void {
    const current = this.tx.select().from(projects).where(eq(projects.id, row.project!.id)).get()!;
    const before = Object.fromEntries(projectColumns.map((key) => [key, current[key]]));
    const direct = importSetsControlledFieldsDirectly(this.actor);
    const formChanges: Record<string, unknown> = {};
    const requested: FieldChange[] = [];
    for (const key of ["title", "summary", "purpose", "departmentId", "ownerId", "leadId", "approvedBudgetKr", "spentKr", "baselineStart", "baselineEnd", "forecastEnd"] as const) {
      const value = values[key];
      if (value === undefined || String(value) === String(current[key] ?? "")) continue;
      if (controlledKeys.has(key) && !direct) requested.push({ field: key as FieldChange["field"], oldValue: current[key], newValue: value });
      else formChanges[key] = value;
    }
    if (Object.keys(formChanges).length) {
      updateProject(this.actor, current.code, { ...this.formValues(current), ...formChanges, version: current.version }, this.now);
    }
    if (values.phase && values.phase !== current.phase && direct) {
      const fresh = this.tx.select({ version: projects.version }).from(projects).where(eq(projects.id, current.id)).get()!;
      this.tx.update(projects).set({ phase: values.phase, version: fresh.version + 1, updatedAt: this.now.toISOString() }).where(eq(projects.id, current.id)).run();
      this.audit("project.update", current.code, { phase: { from: current.phase, to: values.phase } });
    }
    if (requested.length) this.changeRequest(row, current, requested);
    this.rows.push({ entityType: "project", entityId: current.id, action: "updated", sheetRow: row.sheetRow, label: `${current.code} ${current.title}`, before });
  }

  /** The project's current form values (links included), so an import changes only the fields it names. */
  private formValues(project: typeof projects.$inferSelect): Record<string, unknown> {
    const goalIds = this.tx.select({ id: projectGoals.goalId }).from(projectGoals).where(eq(projectGoals.projectId, project.id)).all().map((row) => row.id);
    const tags = this.tx
      .select({ name: technologyTags.name })
      .from(projectTags)
      .innerJoin(technologyTags, eq(technologyTags.id, projectTags.tagId))
      .where(eq(projectTags.projectId, project.id))
      .all()
      .map((row) => row.name);
    return {
      title: project.title,
      summary: project.summary,
      purpose: project.purpose,
      departmentId: project.departmentId,
      zoneId: project.zoneId ?? "",
      ownerId: project.ownerId,
      leadId: project.leadId,
      baselineStart: project.baselineStart ?? "",
      baselineEnd: project.baselineEnd ?? "",
      forecastEnd: project.forecastEnd ?? "",
      approvedBudgetKr: project.approvedBudgetKr,
      spentKr: project.spentKr,
      priority: project.priority,
      goalIds,
      tags: tags.join(", "),
      closingLearning: project.closingLearning ?? "",
    };
  }

  private changeRequest(row: ProjectRowPlan, project: typeof projects.$inferSelect, changes: FieldChange[]): void {
    const reason = `Importeret fra ${this.fileName} (import nr. ${this.batchId}, række ${row.sheetRow})`;
    const request = this.tx
      .insert(projectChangeRequests)
      .values({ projectId: project.id, changes: JSON.stringify(changes), reason, requestedById: this.actor.id, requestedAt: this.now.toISOString() })
      .returning({ id: projectChangeRequests.id })
      .get();
    this.audit("change_request.file", project.code, {
      changeRequestId: request.id,
      fields: Object.fromEntries(changes.map((change) => [change.field, { from: change.oldValue, to: change.newValue }])),
      reason,
    });
    notifyChangeRequestFiled(this.tx, this.actor, project, { id: request.id, fields: changes.map((change) => change.field) }, this.now);
    this.changeRequests += 1;
    this.rows.push({ entityType: "change_request", entityId: request.id, action: "created", sheetRow: row.sheetRow, label: `${project.code} ${project.title}`, before: null });
  }

  private statusReport(row: ProjectRowPlan): void {
    const project = row.project
      ? this.tx.select().from(projects).where(eq(projects.id, row.project.id)).get()!
      : this.tx.select().from(projects).where(eq(projects.id, this.rows.at(-1)!.entityId)).get()!;
    const { light, reportDate } = row.light!;
    const comment = `Importeret fra ${this.fileName}`;
    const report = this.tx
      .insert(statusReports)
      .values({
        projectId: project.id,
        reportDate,
        state: "published",
        source: "import",
        timeLight: light,
        timeComment: comment,
        economyLight: light,
        economyComment: comment,
        deliveryLight: light,
        deliveryComment: comment,
        riskLight: light,
        riskComment: comment,
        benefitsLight: light,
        benefitsComment: comment,
        overallLight: light,
        overallComment: comment,
        authorId: this.actor.id,
        publishedAt: this.now.toISOString(),
        publishedById: this.actor.id,
      })
      .returning({ id: statusReports.id })
      .get();
    this.audit("status_report.import", project.code, { reportId: report.id, overall: light, reportDate });
    this.statusReports += 1;
    this.rows.push({ entityType: "status_report", entityId: report.id, action: "created", sheetRow: row.sheetRow, label: `${project.code} ${project.title}`, before: null });
  }

  benefit(row: BenefitRowPlan): void {
    const values = row.values;
    if (!row.benefit) {
      const id = createBenefit(this.actor, row.projectCode.trim(), {
        title: values.title,
        type: values.type,
        ownerId: values.ownerId ?? "",
        indicator: values.indicator ?? "",
        unit: values.unit ?? "",
        direction: values.direction ?? "up",
        baselineValue: values.baselineValue ?? "",
        baselineDate: values.baselineDate ?? "",
        targetValue: values.targetValue ?? "",
        targetDate: values.targetDate ?? "",
        annualValueKr: values.annualValueKr ?? "",
      });
      this.rows.push({ entityType: "benefit", entityId: id, action: "created", sheetRow: row.sheetRow, label: row.label, before: null });
      return;
    }
    const current = this.tx.select().from(benefits).where(eq(benefits.id, row.benefit.id)).get()!;
    const before = Object.fromEntries(benefitColumns.map((key) => [key, current[key]]));
    const blankNull = (value: unknown) => (value === null || value === undefined ? "" : value);
    updateBenefit(
      this.actor,
      current.id,
      {
        title: current.title,
        type: values.type ?? current.type,
        ownerId: blankNull(values.ownerId ?? current.ownerId),
        receivingDepartmentId: blankNull(current.receivingDepartmentId),
        indicator: values.indicator ?? current.indicator,
        unit: values.unit ?? current.unit,
        method: current.method,
        direction: values.direction ?? current.direction,
        baselineValue: blankNull(values.baselineValue ?? current.baselineValue),
        baselineDate: blankNull(values.baselineDate ?? current.baselineDate),
        targetValue: blankNull(values.targetValue ?? current.targetValue),
        targetDate: blankNull(values.targetDate ?? current.targetDate),
        annualValueKr: blankNull(values.annualValueKr ?? current.annualValueKr),
        budgetTakeoutKr: blankNull(current.budgetTakeoutKr),
        budgetTakeoutYear: blankNull(current.budgetTakeoutYear),
        budgetTakeoutConfirmed: current.budgetTakeoutConfirmed,
        status: current.status,
        measurementFrequencyMonths: current.measurementFrequencyMonths,
        version: current.version,
      },
      this.now,
    );
    this.rows.push({ entityType: "benefit", entityId: current.id, action: "updated", sheetRow: row.sheetRow, label: row.label, before });
  }

  /** Records every written entity with its version after the import, for the rollback's check. */
  finish(): void {
    const projectIds = this.rows.filter((row) => row.entityType === "project").map((row) => row.entityId);
    const benefitIds = this.rows.filter((row) => row.entityType === "benefit").map((row) => row.entityId);
    const projectVersions = versionsOf(this.tx, "project", projectIds);
    const benefitVersions = versionsOf(this.tx, "benefit", benefitIds);
    for (const row of this.rows) {
      const afterVersion =
        row.entityType === "project" ? projectVersions.get(row.entityId) : row.entityType === "benefit" ? benefitVersions.get(row.entityId) : row.entityType === "change_request" ? "pending" : "published";
      this.tx
        .insert(importBatchRows)
        .values({ batchId: this.batchId, entityType: row.entityType, entityId: row.entityId, action: row.action, sheetRow: row.sheetRow, label: row.label.slice(0, 200), before: row.before ? JSON.stringify(row.before) : null, afterVersion: String(afterVersion ?? "") })
        .run();
    }
  }

  private audit(action: string, code: string, changes: Record<string, unknown>): void {
    recordAudit(this.tx, { actorId: this.actor.id, actorRole: this.actor.role, action, objectType: "project", objectId: code, changes: { ...changes, importBatchId: this.batchId } });
  }
}

/** The current version of each project or benefit, as the rollback compares it. */
export function versionsOf(db: DbOrTx, type: "project" | "benefit", ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const table = type === "project" ? projects : benefits;
  const rows = db.select({ id: table.id, version: table.version }).from(table).where(inArray(table.id, ids)).all();
  return new Map(rows.map((row) => [row.id, String(row.version)]));
}
