import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { benefits, departments, ideas, projects, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { isDepartmentEmpty } from "@/lib/domain/departments";
import { departmentKindLabels } from "@/lib/domain/labels";
import { adminDepartment, departmentNameTaken, departmentReferences } from "@/lib/queries/departments";
import { departmentEditSchema, departmentId, departmentSchema, mergeDepartmentsSchema, type DepartmentInput } from "@/lib/validation/departments";
import { ConflictError, NotFoundError, ServiceError, ValidationError } from "./errors";
import { authorize, changedFields, parseInput, type ActingUser } from "./guard";

type Department = typeof departments.$inferSelect;

export const staleDepartmentMessage = "Afdelingen er ændret af en anden, siden du åbnede den. Dine ændringer er ikke gemt; se de nyeste værdier nedenfor.";

const nextVersion = sql`${departments.version} + 1`;

function getDepartmentOrThrow(db: DbOrTx, id: number): Department {
  const department = departmentId.safeParse(id).success ? db.select().from(departments).where(eq(departments.id, id)).get() : undefined;
  if (!department) throw new NotFoundError("Afdelingen findes ikke.");
  return department;
}

function audit(tx: DbOrTx, actor: ActingUser, action: string, id: number, changes: Record<string, unknown>): void {
  recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action, objectType: "department", objectId: id, changes });
}

/** Refuses a name another department already has (case-insensitive), and a head or director of the wrong role. */
function checkInput(db: DbOrTx, input: DepartmentInput, id: number | null): void {
  const errors: Record<string, string[]> = {};
  if (departmentNameTaken(db, input.name, id)) errors.name = ["Der findes allerede en afdeling med det navn"];
  const isActive = (userId: number | null, role: "department_head" | "director") =>
    userId === null || Boolean(db.select({ id: users.id }).from(users).where(and(eq(users.id, userId), eq(users.role, role), eq(users.active, true))).get());
  if (!isActive(input.headUserId, "department_head")) errors.headUserId = ["Vælg en aktiv afdelingschef"];
  if (!isActive(input.responsibleDirectorId, "director")) errors.responsibleDirectorId = ["Vælg en aktiv direktør"];
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/**
 * Makes `headUserId` the head of department `id`: the head's own department becomes this one (which is what gives a
 * department head their rights), and no other department keeps them as head. Returns the department they came from.
 */
function assignHead(tx: DbOrTx, id: number, headUserId: number, now: Date): number | null {
  const head = tx.select({ departmentId: users.departmentId }).from(users).where(eq(users.id, headUserId)).get();
  tx.update(departments)
    .set({ headUserId: null, version: nextVersion, updatedAt: now.toISOString() })
    .where(and(eq(departments.headUserId, headUserId), ne(departments.id, id)))
    .run();
  if (head?.departmentId !== id) tx.update(users).set({ departmentId: id, updatedAt: now.toISOString() }).where(eq(users.id, headUserId)).run();
  return head?.departmentId ?? null;
}

/**
 * A user whose role or department changed is head only of the department they now lead as a department head
 * (`stillHeadOf`, or none); every other department that named them as head loses its head, and its version moves on.
 * Returns the names of the departments that lost them, for the audit event.
 */
export function releaseHeadships(tx: DbOrTx, userId: number, stillHeadOf: number | null, now: Date): string[] {
  const keep = stillHeadOf === null ? undefined : ne(departments.id, stillHeadOf);
  return tx
    .update(departments)
    .set({ headUserId: null, version: nextVersion, updatedAt: now.toISOString() })
    .where(and(eq(departments.headUserId, userId), keep))
    .returning({ name: departments.name })
    .all()
    .map((row) => row.name);
}

function columnsOf(input: DepartmentInput) {
  return { name: input.name, shortName: input.shortName, kind: input.kind, headUserId: input.headUserId, responsibleDirectorId: input.responsibleDirectorId };
}

export function createDepartment(actor: ActingUser, formData: FormData | Record<string, unknown>, now = new Date()): { id: number } {
  authorize(actor, "admin.manage", undefined, { action: "department.create", objectType: "department" });
  const input = parseInput(departmentSchema, formData);
  return getDb().transaction((tx) => {
    checkInput(tx, input, null);
    const columns = columnsOf(input);
    const { id } = tx.insert(departments).values({ ...columns, createdAt: now.toISOString(), updatedAt: now.toISOString() }).returning({ id: departments.id }).get();
    const headMovedFrom = input.headUserId === null ? undefined : assignHead(tx, id, input.headUserId, now);
    audit(tx, actor, "department.create", id, { ...columns, ...(headMovedFrom !== undefined ? { headMovedFrom } : {}) });
    return { id };
  });
}

/** The stored values of every field the edit form shows, in its words, so a refused editor can see what changed. */
function currentValues(db: DbOrTx, id: number): Record<string, string> {
  const department = adminDepartment(id, db)!;
  return {
    name: department.name,
    shortName: department.shortName,
    kind: departmentKindLabels[department.kind],
    headUserId: department.headName ?? "Ingen valgt",
    responsibleDirectorId: department.directorName ?? "Ingen valgt",
    active: department.active ? "Aktiv" : "Deaktiveret",
    version: String(department.version),
  };
}

/**
 * Renames, re-kinds (area or staff unit), sets the head and the responsible director. The edit is made on `version`;
 * a newer version in the database refuses it with the current values.
 */
export function updateDepartment(actor: ActingUser, id: number, formData: FormData | Record<string, unknown>, now = new Date()): void {
  authorize(actor, "admin.manage", undefined, { action: "department.update", objectType: "department", objectId: id });
  const input = parseInput(departmentEditSchema, formData);
  getDb().transaction((tx) => {
    const before = getDepartmentOrThrow(tx, id);
    if (before.version !== input.version) throw new ConflictError(staleDepartmentMessage, currentValues(tx, id));
    checkInput(tx, input, id);
    const columns = columnsOf(input);
    const changes: Record<string, unknown> = changedFields(before, columns);
    if (Object.keys(changes).length === 0) return;
    const result = tx
      .update(departments)
      .set({ ...columns, version: before.version + 1, updatedAt: now.toISOString() })
      .where(and(eq(departments.id, id), eq(departments.version, input.version)))
      .run();
    if (result.changes === 0) throw new ConflictError(staleDepartmentMessage, currentValues(tx, id));
    if (input.headUserId !== null && input.headUserId !== before.headUserId) changes.headMovedFrom = assignHead(tx, id, input.headUserId, now);
    audit(tx, actor, "department.update", id, changes);
  });
}

/** Deactivates (hidden from new choices, kept on history) or reactivates a department. */
export function setDepartmentActive(actor: ActingUser, id: number, active: boolean, now = new Date()): void {
  const action = active ? "department.reactivate" : "department.deactivate";
  authorize(actor, "admin.manage", undefined, { action, objectType: "department", objectId: id });
  getDb().transaction((tx) => {
    const before = getDepartmentOrThrow(tx, id);
    if (before.active === active) return;
    tx.update(departments).set({ active, version: nextVersion, updatedAt: now.toISOString() }).where(eq(departments.id, id)).run();
    audit(tx, actor, action, id, { name: before.name, active: { from: before.active, to: active } });
  });
}

export const departmentInUseMessage = "Afdelingen har brugere, projekter, gevinster eller idéer og kan ikke slettes. Deaktivér den, eller læg den sammen med en anden.";

/** Deletes a department that nothing refers to; one in use can only be deactivated or merged. */
export function deleteDepartment(actor: ActingUser, id: number): void {
  authorize(actor, "admin.manage", undefined, { action: "department.delete", objectType: "department", objectId: id });
  getDb().transaction((tx) => {
    const before = getDepartmentOrThrow(tx, id);
    if (!isDepartmentEmpty(departmentReferences(tx, id))) throw new ServiceError(departmentInUseMessage);
    tx.delete(departments).where(eq(departments.id, id)).run();
    audit(tx, actor, "department.delete", id, { name: before.name, shortName: before.shortName, kind: before.kind });
  });
}

/**
 * Sammenlægning: every user, project, benefit and idea of department `fromId` moves to `intoId` in one transaction,
 * then `fromId` is deleted. The audit event names both and counts what moved.
 */
export function mergeDepartments(actor: ActingUser, formData: FormData | Record<string, unknown>, now = new Date()): { moved: ReturnType<typeof departmentReferences> } {
  authorize(actor, "admin.manage", undefined, { action: "department.merge", objectType: "department" });
  const { fromId, intoId } = parseInput(mergeDepartmentsSchema, formData);
  return getDb().transaction((tx) => {
    const from = getDepartmentOrThrow(tx, fromId);
    const into = getDepartmentOrThrow(tx, intoId);
    if (!into.active) throw new ValidationError({ intoId: ["Læg sammen med en aktiv afdeling"] });
    const moved = departmentReferences(tx, fromId);
    const stamp = now.toISOString();
    tx.update(users).set({ departmentId: intoId, updatedAt: stamp }).where(eq(users.departmentId, fromId)).run();
    // A moved row gets a new version, so that a form opened before the merge cannot move it back.
    tx.update(projects).set({ departmentId: intoId, version: sql`${projects.version} + 1`, updatedAt: stamp }).where(eq(projects.departmentId, fromId)).run();
    tx.update(benefits)
      .set({ receivingDepartmentId: intoId, version: sql`${benefits.version} + 1`, updatedAt: stamp })
      .where(eq(benefits.receivingDepartmentId, fromId))
      .run();
    tx.update(ideas).set({ departmentId: intoId, version: sql`${ideas.version} + 1`, updatedAt: stamp }).where(eq(ideas.departmentId, fromId)).run();
    // The merged-in head, or the implicit head that the moved users may change, is new to a form opened before.
    const headUserId = into.headUserId ?? from.headUserId;
    tx.update(departments).set({ headUserId, version: nextVersion, updatedAt: stamp }).where(eq(departments.id, intoId)).run();
    tx.delete(departments).where(eq(departments.id, fromId)).run();
    audit(tx, actor, "department.merge", intoId, { from: { id: from.id, name: from.name }, into: { id: into.id, name: into.name }, moved });
    return { moved };
  });
}
