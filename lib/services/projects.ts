import "server-only";
import { and, eq, inArray, like, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { projectGoals, projects, projectTags, strategyGoals, technologyTags, users, zones } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { changedControlledFields, controlledEditVerdict, endedProjectFieldMessage } from "@/lib/domain/controlled-fields";
import { isTerminal } from "@/lib/domain/phases";
import { priorityLabels } from "@/lib/domain/project-labels";
import { purposeLabels } from "@/lib/domain/purpose-labels";
import { formatDate, formatKr } from "@/lib/format";
import { canChangeControlledFields, needsCorrectionReason } from "@/lib/permissions";
import { departmentName, goalTitles, userName, zoneName } from "@/lib/queries/reference-names";
import { projectDateErrors, projectEditSchema, projectFormSchema, type ProjectFormInput } from "@/lib/validation/projects";
import { departmentChoiceError } from "./department-choice";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { authorize, changedFields, parseInput, type ActingUser } from "./guard";
import { tagProjectWithTechnology } from "./technology-tags";

export const staleProjectMessage = "Projektet er ændret af en anden, siden du åbnede det. Dine ændringer er ikke gemt; se de nyeste værdier nedenfor.";

export function getProjectOrThrow(db: DbOrTx, code: string) {
  const project = db.select().from(projects).where(eq(projects.code, code)).get();
  if (!project) throw new NotFoundError("Projektet findes ikke.");
  return project;
}

/** Department, owner, lead, zone and goals must exist (and department and people be active) before they are linked. */
function checkReferences(db: DbOrTx, input: ProjectFormInput, currentDepartmentId: number | null = null): void {
  const fieldErrors: Record<string, string[]> = {};
  const departmentError = departmentChoiceError(db, input.departmentId, currentDepartmentId);
  if (departmentError) fieldErrors.departmentId = [departmentError];
  const activeUser = (id: number) => db.select({ id: users.id }).from(users).where(and(eq(users.id, id), eq(users.active, true))).get();
  if (!activeUser(input.ownerId)) fieldErrors.ownerId = ["Vælg en aktiv projektejer"];
  if (!activeUser(input.leadId)) fieldErrors.leadId = ["Vælg en aktiv projektleder"];
  if (input.zoneId && !db.select({ id: zones.id }).from(zones).where(eq(zones.id, input.zoneId)).get()) {
    fieldErrors.zoneId = ["Udviklingsrummet findes ikke"];
  }
  if (input.goalIds.length) {
    const found = db.select({ id: strategyGoals.id }).from(strategyGoals).where(inArray(strategyGoals.id, input.goalIds)).all();
    if (found.length !== new Set(input.goalIds).size) fieldErrors.goalIds = ["Et af de valgte mål findes ikke"];
  }
  if (Object.keys(fieldErrors).length) throw new ValidationError(fieldErrors);
}

export function nextProjectCode(db: DbOrTx, year: number): string {
  const prefix = `DIG-${year}-`;
  const row = db
    .select({ max: sql<number | null>`max(cast(substr(${projects.code}, 10) as integer))` })
    .from(projects)
    .where(like(projects.code, `${prefix}%`))
    .get();
  return `${prefix}${String((row?.max ?? 0) + 1).padStart(3, "0")}`;
}

function replaceLinks(db: DbOrTx, projectId: number, goalIds: number[], tags: string[]): void {
  db.delete(projectGoals).where(eq(projectGoals.projectId, projectId)).run();
  for (const goalId of new Set(goalIds)) db.insert(projectGoals).values({ projectId, goalId }).run();
  db.delete(projectTags).where(eq(projectTags.projectId, projectId)).run();
  for (const name of tags) tagProjectWithTechnology(db, projectId, name);
}

function linkSnapshot(db: DbOrTx, projectId: number) {
  const goalIds = db.select({ id: projectGoals.goalId }).from(projectGoals).where(eq(projectGoals.projectId, projectId)).all().map((row) => row.id).sort();
  const tags = db
    .select({ name: technologyTags.name })
    .from(projectTags)
    .innerJoin(technologyTags, eq(technologyTags.id, projectTags.tagId))
    .where(eq(projectTags.projectId, projectId))
    .all()
    .map((row) => row.name)
    .sort();
  return { goalIds, tags };
}

function columnsOf(input: ProjectFormInput) {
  return {
    title: input.title,
    summary: input.summary,
    purpose: input.purpose,
    departmentId: input.departmentId,
    zoneId: input.zoneId,
    ownerId: input.ownerId,
    leadId: input.leadId,
    baselineStart: input.baselineStart,
    baselineEnd: input.baselineEnd,
    forecastEnd: input.forecastEnd,
    approvedBudgetKr: input.approvedBudgetKr,
    spentKr: input.spentKr,
    priority: input.priority,
    closingLearning: input.closingLearning || null,
  };
}

/** Creates a project in phase "idé" with a new DIG-<year>-<nnn> code. */
export function createProject(actor: ActingUser, formData: FormData | Record<string, unknown>, now = new Date()): { code: string } {
  const input = parseInput(projectFormSchema, formData);
  authorize(actor, "project.create", { kind: "department", departmentId: input.departmentId }, { action: "project.create", objectType: "department", objectId: input.departmentId });
  const db = getDb();
  checkReferences(db, input);
  return db.transaction((tx) => {
    const code = nextProjectCode(tx, now.getUTCFullYear());
    const row = tx.insert(projects).values({ code, phase: "idea", ...columnsOf(input) }).returning({ id: projects.id }).get();
    replaceLinks(tx, row.id, input.goalIds, input.tags);
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "project.create",
      objectType: "project",
      objectId: code,
      changes: { ...columnsOf(input), goalIds: input.goalIds, tags: input.tags },
    });
    return { code };
  });
}

/** The board's figures an edit left out, as stored: the form of someone who may not change them does not post them. */
function keptBoardFigures(posted: { departmentId?: number; ownerId?: number; baselineStart?: string | null; baselineEnd?: string | null; approvedBudgetKr?: number }, stored: typeof projects.$inferSelect) {
  return {
    departmentId: posted.departmentId ?? stored.departmentId,
    ownerId: posted.ownerId ?? stored.ownerId,
    baselineStart: posted.baselineStart === undefined ? stored.baselineStart : posted.baselineStart,
    baselineEnd: posted.baselineEnd === undefined ? stored.baselineEnd : posted.baselineEnd,
    approvedBudgetKr: posted.approvedBudgetKr ?? stored.approvedBudgetKr,
  };
}

/** Saves an edit made on `version`; a newer version in the database refuses the save with its current values. */
export function updateProject(actor: ActingUser, code: string, formData: FormData | Record<string, unknown>, now = new Date()): void {
  const db = getDb();
  const existing = getProjectOrThrow(db, code);
  authorize(actor, "project.edit", { kind: "project", ...existing }, { action: "project.update", objectType: "project", objectId: code });
  const { version, ...posted } = parseInput(projectEditSchema, formData);
  const input = { ...posted, ...keptBoardFigures(posted, existing) };
  const dateErrors = projectDateErrors(input);
  if (Object.keys(dateErrors).length) throw new ValidationError(dateErrors);
  if (input.departmentId !== existing.departmentId) {
    authorize(actor, "project.create", { kind: "department", departmentId: input.departmentId }, { action: "project.move", objectType: "project", objectId: code });
  }
  checkReferences(db, input, existing.departmentId);
  db.transaction((tx) => {
    const before = tx.select().from(projects).where(eq(projects.id, existing.id)).get()!;
    if (before.version !== version) {
      throw new ConflictError(staleProjectMessage, currentValues(tx, before));
    }
    // The figures the form left out are kept as they are now (equal to `existing`'s, as the version is the same).
    const columns = columnsOf({ ...posted, ...keptBoardFigures(posted, before) });
    const controlledChanges = changedControlledFields(before, columns);
    const authority = !canChangeControlledFields(actor) ? "request" : needsCorrectionReason(actor) ? "correction" : "direct";
    const correctionReason = correctionReasonOf(formData);
    const ended = isTerminal(before.phase);
    const verdict = controlledEditVerdict(controlledChanges, authority, correctionReason, ended);
    if (!verdict.ok) {
      throw new ValidationError(verdict.fieldErrors, ended ? `${endedProjectFieldMessage}. Intet er gemt.` : "Direktionens tal er ikke ændret. Ret de markerede felter, eller send en ændringsanmodning.");
    }
    const beforeLinks = linkSnapshot(tx, existing.id);
    const result = tx
      .update(projects)
      .set({ ...columns, version: before.version + 1, updatedAt: now.toISOString() })
      .where(and(eq(projects.id, existing.id), eq(projects.version, version)))
      .run();
    if (result.changes === 0) throw new ConflictError(staleProjectMessage, currentValues(tx, before));
    replaceLinks(tx, existing.id, input.goalIds, input.tags);
    const changes = {
      ...changedFields(before, columns),
      ...changedFields(beforeLinks, { goalIds: [...new Set(input.goalIds)].sort(), tags: [...input.tags].sort() }),
      ...(controlledChanges.length && authority === "correction" ? { correctionReason } : {}),
    };
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "project.update", objectType: "project", objectId: code, changes });
  });
}

/** An administrator's reason for correcting board-controlled figures (blank when not given). */
function correctionReasonOf(formData: FormData | Record<string, unknown>): string {
  const value = formData instanceof FormData ? formData.get("correctionReason") : formData.correctionReason;
  return typeof value === "string" ? value.trim().slice(0, 1000) : "";
}

/** The stored values of every field the form edits, in the form's order and words, so a refused editor can see what changed. */
function currentValues(db: DbOrTx, project: typeof projects.$inferSelect): Record<string, string> {
  const links = linkSnapshot(db, project.id);
  return {
    title: project.title,
    summary: project.summary,
    purpose: purposeLabels[project.purpose],
    priority: priorityLabels[project.priority],
    departmentId: departmentName(db, project.departmentId),
    zoneId: zoneName(db, project.zoneId) || "Intet udviklingsrum",
    ownerId: userName(db, project.ownerId),
    leadId: userName(db, project.leadId),
    baselineStart: formatDate(project.baselineStart),
    baselineEnd: formatDate(project.baselineEnd),
    forecastEnd: formatDate(project.forecastEnd),
    approvedBudgetKr: formatKr(project.approvedBudgetKr),
    spentKr: formatKr(project.spentKr),
    goalIds: goalTitles(db, links.goalIds).join(", "),
    tags: links.tags.join(", "),
    closingLearning: project.closingLearning ?? "",
    version: String(project.version),
  };
}
