import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { sessions, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { findUserSessionId } from "@/lib/queries/sessions";
import { adminSessionSchema, userSessionsSchema } from "@/lib/validation/account";
import { NotFoundError } from "./errors";
import { authorize, parseInput, type ActingUser } from "./guard";

/** Afslut: an administrator ends one session of a user; the user is signed out at their next request. */
export function endSessionAsAdmin(actor: ActingUser, formData: FormData | Record<string, unknown>, ip: string | null = null): void {
  authorize(actor, "admin.manage", undefined, { action: "admin.session_end", objectType: "session" });
  const input = parseInput(adminSessionSchema, formData);
  getDb().transaction((tx) => {
    const sessionId = findUserSessionId(tx, input.userId, input.session);
    if (!sessionId) throw new NotFoundError("Sessionen er allerede afsluttet.");
    tx.delete(sessions).where(and(eq(sessions.id, sessionId), eq(sessions.userId, input.userId))).run();
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "admin.session_end",
      objectType: "user",
      objectId: input.userId,
      changes: { session: input.session.slice(0, 8) },
      ip,
    });
  });
}

/** Ends every session of one user at once. */
export function endAllUserSessions(actor: ActingUser, formData: FormData | Record<string, unknown>, ip: string | null = null): { endedSessions: number } {
  authorize(actor, "admin.manage", undefined, { action: "admin.user_sessions_end", objectType: "user" });
  const { userId } = parseInput(userSessionsSchema, formData);
  return getDb().transaction((tx) => {
    const user = tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get();
    if (!user) throw new NotFoundError("Brugeren findes ikke.");
    const ended = tx.delete(sessions).where(eq(sessions.userId, userId)).run().changes;
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "admin.user_sessions_end", objectType: "user", objectId: userId, changes: { sessions: ended }, ip });
    return { endedSessions: ended };
  });
}
