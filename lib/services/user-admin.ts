import "server-only";
import { and, count, eq, or, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { loginFailures, loginThrottles, sessions, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { pairThrottleKey } from "@/lib/domain/login-throttle";
import { unusablePasswordHash, userChangeRefusal } from "@/lib/domain/user-admin";
import { headableDepartment } from "@/lib/permissions";
import { createUserSchema, editUserSchema, userId as userIdSchema } from "@/lib/validation/user-admin";
import { releaseHeadships } from "./departments";
import { ConflictError, NotFoundError, ServiceError, ValidationError } from "./errors";
import { authorize, changedFields, parseInput, type ActingUser } from "./guard";
import { issueOneTimeLink, revokeOneTimeLinks, type IssuedLink } from "./user-admin-links";
import { departmentChoiceError } from "./department-choice";

export const duplicateEmailMessage = "Der findes allerede en bruger med denne e-mailadresse.";
export const staleUserMessage = "Brugeren er ændret af en anden, siden du åbnede siden. Dine ændringer er ikke gemt; se de nyeste værdier nedenfor.";

type UserRow = typeof users.$inferSelect;

export function getUserOrThrow(db: DbOrTx, id: number): UserRow {
  const user = userIdSchema.safeParse(id).success ? db.select().from(users).where(eq(users.id, id)).get() : undefined;
  if (!user) throw new NotFoundError("Brugeren findes ikke.");
  return user;
}

/** Whether an address is taken, whatever its case. */
export function emailTaken(db: DbOrTx, email: string, exceptId?: number): boolean {
  const row = db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`).get();
  return Boolean(row && row.id !== exceptId);
}

export function countActiveAdmins(db: DbOrTx): number {
  return db.select({ n: count() }).from(users).where(and(eq(users.role, "admin"), eq(users.active, true))).get()?.n ?? 0;
}

/** The department must exist and be active, unless the user already belongs to it. */
function requireDepartment(db: DbOrTx, departmentId: number | null, alreadyChosen: number | null = null): void {
  if (departmentId === null) return;
  const error = departmentChoiceError(db, departmentId, alreadyChosen);
  if (error) throw new ValidationError({ departmentId: [error] });
}

/** Inside the caller's transaction: every session of the user ends at once (their next request goes to /login). */
export function endUserSessions(tx: DbOrTx, userId: number): number {
  return tx.delete(sessions).where(eq(sessions.userId, userId)).run().changes;
}

function auditUser(tx: DbOrTx, actor: ActingUser, action: string, id: number, changes?: Record<string, unknown>) {
  recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action, objectType: "user", objectId: id, changes });
}

/** Refusals of the last-admin and not-yourself rules as a service error. */
function assertChangeAllowed(tx: DbOrTx, actor: ActingUser, target: UserRow, change: { role: UserRow["role"]; active: boolean }) {
  const refusal = userChangeRefusal(actor.id, target, change, countActiveAdmins(tx));
  if (refusal) throw new ServiceError(refusal);
}

/**
 * Creates a user without a password and a one-time link (72 hours) for them to set one. The link is returned
 * once, for the administrator to pass on.
 */
export function createUser(actor: ActingUser, formData: FormData | Record<string, unknown>, now = new Date()): IssuedLink & { name: string } {
  authorize(actor, "admin.manage", undefined, { action: "user.create", objectType: "user" });
  const input = parseInput(createUserSchema, formData);
  return getDb().transaction((tx) => {
    if (emailTaken(tx, input.email)) throw new ValidationError({ email: [duplicateEmailMessage] });
    requireDepartment(tx, input.departmentId);
    const columns = { name: input.name, email: input.email, title: input.title, role: input.role, departmentId: input.departmentId };
    const nowIso = now.toISOString();
    const row = tx
      .insert(users)
      .values({ ...columns, passwordHash: unusablePasswordHash, createdAt: nowIso, updatedAt: nowIso })
      .returning({ id: users.id })
      .get();
    const link = issueOneTimeLink(tx, row.id, "welcome", actor.id, now);
    auditUser(tx, actor, "user.create", row.id, { ...columns, linkExpiresAt: link.expiresAt });
    return { ...link, name: input.name };
  });
}

/** The stored values as the edit form shows them, for a refused stale edit. */
function currentValues(user: UserRow): Record<string, string> {
  return {
    name: user.name,
    email: user.email,
    title: user.title,
    role: user.role,
    departmentId: user.departmentId === null ? "" : String(user.departmentId),
    version: user.updatedAt,
  };
}

/** A strictly later stamp than `previous`, so two saves in one millisecond still change the edit token. */
function nextStamp(previous: string, now: Date): string {
  const stamp = now.toISOString();
  return stamp > previous ? stamp : new Date(new Date(previous).getTime() + 1).toISOString();
}

/**
 * Name, e-mail, title, role and department; takes effect at the user's next request. A stale form is refused, and so
 * is an e-mail (trimmed, lower-case) that another user has. The sessions stay: they belong to the user, not to the
 * address. Single sign-on finds a linked user by the provider's id, so a new address does not break that link.
 */
export function updateUser(
  actor: ActingUser,
  id: number,
  formData: FormData | Record<string, unknown>,
  now = new Date(),
): { email: string; emailChanged: boolean } {
  authorize(actor, "admin.manage", undefined, { action: "user.update", objectType: "user", objectId: id });
  const db = getDb();
  getUserOrThrow(db, id);
  const input = parseInput(editUserSchema, formData);
  return db.transaction((tx) => {
    const before = getUserOrThrow(tx, id);
    if (before.updatedAt !== input.version) throw new ConflictError(staleUserMessage, currentValues(before));
    const emailChanged = input.email !== before.email;
    if (emailChanged && emailTaken(tx, input.email, id)) throw new ValidationError({ email: [duplicateEmailMessage] });
    requireDepartment(tx, input.departmentId, before.departmentId);
    assertChangeAllowed(tx, actor, before, { role: input.role, active: before.active });
    const columns = { name: input.name, email: input.email, title: input.title, role: input.role, departmentId: input.departmentId };
    const result = tx
      .update(users)
      .set({ ...columns, updatedAt: nextStamp(before.updatedAt, now) })
      .where(and(eq(users.id, id), eq(users.updatedAt, input.version)))
      .run();
    if (result.changes === 0) throw new ConflictError(staleUserMessage, currentValues(before));
    const released = releaseHeadships(tx, id, headableDepartment(input), now);
    auditUser(tx, actor, "user.update", id, { ...changedFields(before, columns), ...(released.length ? { headOf: { from: released.join(", "), to: null } } : {}) });
    return { email: input.email, emailChanged };
  });
}

/** Deactivates a user: every session ends at once, unused links stop working; what they wrote stays theirs. */
export function deactivateUser(actor: ActingUser, id: number, now = new Date()): { endedSessions: number } {
  authorize(actor, "admin.manage", undefined, { action: "user.deactivate", objectType: "user", objectId: id });
  return getDb().transaction((tx) => {
    const before = getUserOrThrow(tx, id);
    if (!before.active) throw new ServiceError("Brugeren er allerede deaktiveret.");
    assertChangeAllowed(tx, actor, before, { role: before.role, active: false });
    tx.update(users).set({ active: false, updatedAt: nextStamp(before.updatedAt, now) }).where(eq(users.id, id)).run();
    const endedSessions = endUserSessions(tx, id);
    revokeOneTimeLinks(tx, id, now);
    auditUser(tx, actor, "user.deactivate", id, { active: { from: true, to: false }, endedSessions });
    return { endedSessions };
  });
}

export function reactivateUser(actor: ActingUser, id: number, now = new Date()): void {
  authorize(actor, "admin.manage", undefined, { action: "user.reactivate", objectType: "user", objectId: id });
  getDb().transaction((tx) => {
    const before = getUserOrThrow(tx, id);
    if (before.active) throw new ServiceError("Brugeren er allerede aktiv.");
    tx.update(users).set({ active: true, updatedAt: nextStamp(before.updatedAt, now) }).where(eq(users.id, id)).run();
    auditUser(tx, actor, "user.reactivate", id, { active: { from: false, to: true } });
  });
}

/** Lifts every sign-in throttle on the account (from any address) and forgets its failed attempts. */
export function unlockUser(actor: ActingUser, id: number): { clearedThrottles: number } {
  authorize(actor, "admin.manage", undefined, { action: "user.unlock", objectType: "user", objectId: id });
  return getDb().transaction((tx) => {
    const user = getUserOrThrow(tx, id);
    const key = user.email.toLowerCase();
    const pairPrefix = pairThrottleKey(key, "");
    const clearedThrottles = tx
      .delete(loginThrottles)
      .where(or(eq(loginThrottles.accountKey, key), sql`substr(${loginThrottles.accountKey}, 1, ${pairPrefix.length}) = ${pairPrefix}`))
      .run().changes;
    const clearedFailures = tx.delete(loginFailures).where(eq(loginFailures.accountKey, key)).run().changes;
    tx.update(users).set({ failedLoginCount: 0, lockedUntil: null }).where(eq(users.id, id)).run();
    auditUser(tx, actor, "user.unlock", id, { clearedThrottles, clearedFailures });
    return { clearedThrottles };
  });
}

/**
 * Resets the password: the old one stops working, every session ends, unused links are revoked and a new
 * one-time link (72 hours) is returned once for the administrator to pass on.
 */
export function resetUserPassword(actor: ActingUser, id: number, now = new Date()): IssuedLink & { name: string } {
  authorize(actor, "admin.manage", undefined, { action: "user.password_reset", objectType: "user", objectId: id });
  return getDb().transaction((tx) => {
    const user = getUserOrThrow(tx, id);
    if (!user.active) throw new ServiceError("Brugeren er deaktiveret. Genaktivér brugeren først.");
    tx.update(users).set({ passwordHash: unusablePasswordHash }).where(eq(users.id, id)).run();
    const endedSessions = endUserSessions(tx, id);
    const link = issueOneTimeLink(tx, id, "reset", actor.id, now);
    auditUser(tx, actor, "user.password_reset", id, { endedSessions, linkExpiresAt: link.expiresAt });
    return { ...link, name: user.name };
  });
}
