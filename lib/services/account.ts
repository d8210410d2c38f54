import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { getDb } from "@/db";
import { sessions, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/password";
import { findUserSessionId } from "@/lib/queries/sessions";
import { passwordChangeSchema, profileSchema, sessionHandleSchema } from "@/lib/validation/account";
import type { SessionUser } from "./auth";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors";
import { changedFields, parseInput } from "./guard";

/** Who acts on their own account: the signed-in user, with the session they act from. */
export type AccountActor = Pick<SessionUser, "id" | "role" | "departmentId" | "sessionId">;

export const staleProfileMessage = "Din profil er ændret et andet sted, siden du åbnede siden. Dine ændringer er ikke gemt; se de nyeste værdier nedenfor.";
export const commonPasswordMessage = "Adgangskoden findes på en liste over almindelige adgangskoder. Vælg en anden.";
export const wrongPasswordMessage = "Den nuværende adgangskode er forkert";

let commonPasswords: Promise<Set<string>> | undefined;

/** The common-password list of @zxcvbn-ts/language-common (about 49,000 entries), loaded on first use, server-side only. */
function commonPasswordList(): Promise<Set<string>> {
  commonPasswords ??= import("@zxcvbn-ts/language-common").then(
    ({ dictionary }) => new Set(dictionary["passwords-common"].map((entry) => entry.toLowerCase())),
  );
  return commonPasswords;
}

/** True when the password (ignoring case and surrounding spaces) is on the common-password list. */
export async function isCommonPassword(password: string): Promise<boolean> {
  return (await commonPasswordList()).has(password.trim().toLowerCase());
}

function ownUserOrThrow(actor: AccountActor) {
  const user = getDb().select().from(users).where(eq(users.id, actor.id)).get();
  if (!user || !user.active) throw new ForbiddenError("Din konto er ikke aktiv.");
  return user;
}

/** Name and title of one's own profile; e-mail, role and department stay the administrators'. */
export function updateProfile(actor: AccountActor, formData: FormData | Record<string, unknown>): void {
  ownUserOrThrow(actor);
  const input = parseInput(profileSchema, formData);
  getDb().transaction((tx) => {
    const before = tx.select().from(users).where(eq(users.id, actor.id)).get();
    if (!before) throw new NotFoundError();
    if (before.updatedAt !== input.updatedAt) {
      throw new ConflictError(staleProfileMessage, { name: before.name, title: before.title, updatedAt: before.updatedAt });
    }
    const columns = { name: input.name, title: input.title };
    const changes = changedFields(before, columns);
    tx.update(users)
      .set({ ...columns, updatedAt: new Date().toISOString() })
      .where(and(eq(users.id, actor.id), eq(users.updatedAt, input.updatedAt)))
      .run();
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "account.profile_update", objectType: "user", objectId: actor.id, changes });
  });
}

/**
 * Changes one's own password: the current one must match, the new one must be long enough and not a common
 * password. Every other session of the user ends; the one the change is made from stays.
 */
export async function changePassword(actor: AccountActor, formData: FormData | Record<string, unknown>, ip: string | null = null): Promise<{ endedSessions: number }> {
  const user = ownUserOrThrow(actor);
  const input = parseInput(passwordChangeSchema, formData);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    getDb().transaction((tx) =>
      recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "account.password_change", objectType: "user", objectId: actor.id, outcome: "failure", ip }),
    );
    throw new ValidationError({ currentPassword: [wrongPasswordMessage] });
  }
  if (await isCommonPassword(input.newPassword)) throw new ValidationError({ newPassword: [commonPasswordMessage] });
  const passwordHash = await hashPassword(input.newPassword);
  return getDb().transaction((tx) => {
    const current = tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id)).get();
    // Someone changed the password while this one was being hashed: refuse rather than overwrite.
    if (current?.passwordHash !== user.passwordHash) throw new ConflictError("Adgangskoden er netop skiftet et andet sted. Prøv igen.");
    tx.update(users).set({ passwordHash, updatedAt: new Date().toISOString() }).where(eq(users.id, actor.id)).run();
    const ended = tx.delete(sessions).where(and(eq(sessions.userId, actor.id), ne(sessions.id, actor.sessionId))).run().changes;
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "account.password_change",
      objectType: "user",
      objectId: actor.id,
      changes: { sessions: ended },
      ip,
    });
    return { endedSessions: ended };
  });
}

/** Log ud af andre enheder: every session of the user but the current one ends. */
export function endOtherSessions(actor: AccountActor, ip: string | null = null): { endedSessions: number } {
  ownUserOrThrow(actor);
  return getDb().transaction((tx) => {
    const ended = tx.delete(sessions).where(and(eq(sessions.userId, actor.id), ne(sessions.id, actor.sessionId))).run().changes;
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "account.sessions_end", objectType: "user", objectId: actor.id, changes: { sessions: ended }, ip });
    return { endedSessions: ended };
  });
}

/** Ends one of the user's own sessions; a session of someone else is refused as unknown and audited. */
export function endOwnSession(actor: AccountActor, formData: FormData | Record<string, unknown>, ip: string | null = null): void {
  ownUserOrThrow(actor);
  const { session } = parseInput(sessionHandleSchema, formData);
  const ended = getDb().transaction((tx) => {
    const sessionId = findUserSessionId(tx, actor.id, session);
    if (!sessionId) {
      recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "account.session_end", objectType: "session", objectId: session.slice(0, 8), outcome: "denied", ip });
      return false;
    }
    tx.delete(sessions).where(and(eq(sessions.id, sessionId), eq(sessions.userId, actor.id))).run();
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "account.session_end", objectType: "session", objectId: session.slice(0, 8), ip });
    return true;
  });
  if (!ended) throw new NotFoundError("Sessionen findes ikke (længere) blandt dine egne.");
}
