import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { loginIpFailures, sessions, users } from "@/db/schema";
import type { Role } from "@/lib/codes";
import { recordAudit } from "@/lib/audit";
import { getDummyHash, verifyPassword } from "@/lib/password";
import { readSettings } from "@/lib/settings";
import { sessionExpiry, sessionVerdict } from "@/lib/domain/sessions";
import { isUnusablePasswordHash } from "@/lib/domain/user-admin";
import { passwordSignInAllowed } from "@/lib/domain/sso";
import { isSsoConfigured } from "@/lib/config";
import { accountKeyOf } from "@/lib/domain/login-throttle";
import { clearSignInFailures, countFailedSignIn, isSignInLocked, readSignInThrottles } from "./sign-in-throttle";
import { openPendingLogin, secondStepAfterPassword } from "./two-factor-login";

export type LoginAttempt = { email: string; password: string; ip: string; userAgent: string };
export type LoginResult =
  | { ok: true; userId: number; sessionId: string; name: string; email: string; role: Role }
  | { ok: false; reason: "invalid" | "locked" | "ip_blocked" | "password_disabled" }
  /** Right password, two-factor on: no session yet; the code step needs this token. */
  | { ok: false; reason: "two_factor"; pendingToken: string };

type UserRow = typeof users.$inferSelect;

/** The audit identity of an attempt: the account when it exists, else only the e-mail as typed. */
function attemptActor(user: UserRow | undefined, accountKey: string) {
  return user
    ? { actorId: user.id, actorRole: user.role, objectType: "user", objectId: user.id }
    : { actorId: null, actorRole: null, objectType: "user", objectId: null, changes: { email: accountKey } };
}

/**
 * Checks credentials with sliding-window throttling per account + address pair, per account and
 * per address; on success opens a revocable session. Unknown e-mails go through the same steps.
 */
export async function attemptLogin(attempt: LoginAttempt, now = new Date()): Promise<LoginResult> {
  const db = getDb();
  const config = readSettings(db);
  const accountKey = accountKeyOf(attempt.email);
  const user = db.select().from(users).where(eq(users.email, accountKey)).get();
  const nowIso = now.toISOString();
  const actor = attemptActor(user, accountKey);

  const ipRow = db.select().from(loginIpFailures).where(eq(loginIpFailures.ip, attempt.ip)).get();
  const ipWindowOpen =
    ipRow && new Date(ipRow.windowStartedAt).getTime() + config.loginIpWindowMinutes * 60_000 > now.getTime();
  if (ipWindowOpen && ipRow.failureCount >= config.loginIpMaxFailures) {
    await verifyPassword(await getDummyHash(), attempt.password);
    db.transaction((tx) =>
      recordAudit(tx, { action: "login.ip_blocked", outcome: "denied", ip: attempt.ip, changes: { email: accountKey } }),
    );
    return { ok: false, reason: "ip_blocked" };
  }

  const throttles = readSignInThrottles(db, accountKey, attempt.ip);
  // An account without a password yet (or reset by an administrator) is checked against the dummy hash and refused.
  const usableHash = user && !isUnusablePasswordHash(user.passwordHash) ? user.passwordHash : null;
  const passwordOk = (await verifyPassword(usableHash ?? (await getDummyHash()), attempt.password)) && usableHash !== null;

  if (isSignInLocked(throttles, now)) {
    db.transaction((tx) => recordAudit(tx, { ...actor, action: "login.locked", outcome: "denied", ip: attempt.ip }));
    return { ok: false, reason: "locked" };
  }

  if (!user || !user.active || !passwordOk) {
    const locked = db.transaction((tx) => {
      tx.insert(loginIpFailures)
        .values({ ip: attempt.ip, failureCount: 1, windowStartedAt: nowIso })
        .onConflictDoUpdate({
          target: loginIpFailures.ip,
          set: ipWindowOpen
            ? { failureCount: (ipRow?.failureCount ?? 0) + 1 }
            : { failureCount: 1, windowStartedAt: nowIso },
        })
        .run();
      return countFailedSignIn(tx, throttles, config, now, { ...actor, ip: attempt.ip }, { action: "login.failure" });
    });
    return { ok: false, reason: locked ? "locked" : "invalid" };
  }

  if (!passwordSignInAllowed(user.role, config.passwordLoginAdminsOnly, isSsoConfigured())) {
    db.transaction((tx) => recordAudit(tx, { ...actor, action: "login.password_disabled", outcome: "denied", ip: attempt.ip }));
    return { ok: false, reason: "password_disabled" };
  }

  const secondStep = secondStepAfterPassword(db, user);
  if (secondStep.kind === "code") return { ok: false, reason: "two_factor", pendingToken: openPendingLogin(user, attempt, now) };

  const sessionId = db.transaction((tx) => {
    tx.update(users).set({ failedLoginCount: 0, lockedUntil: null }).where(eq(users.id, user.id)).run();
    clearSignInFailures(tx, throttles);
    const origin = { ip: attempt.ip, userAgent: attempt.userAgent, twoFactorEnrolmentRequired: secondStep.kind === "enrol" };
    return openSession(tx, user, origin, now, config.sessionAbsoluteDays);
  });
  return { ok: true, userId: user.id, sessionId, name: user.name, email: user.email, role: user.role };
}

/**
 * Opens a revocable session for a user who has just proven who they are (password or single sign-on), inside the
 * caller's transaction: the `sessions` row, the last-login time and the audited `login.success`. Returns the session id.
 */
export function openSession(
  tx: Transaction,
  user: { id: number; role: Role },
  origin: { ip: string; userAgent: string; method?: "sso"; twoFactorEnrolmentRequired?: boolean },
  now: Date,
  absoluteDays: number,
): string {
  const sessionId = randomBytes(32).toString("base64url");
  const nowIso = now.toISOString();
  tx.update(users).set({ lastLoginAt: nowIso }).where(eq(users.id, user.id)).run();
  tx.insert(sessions)
    .values({
      id: sessionId,
      userId: user.id,
      createdAt: nowIso,
      lastSeenAt: nowIso,
      expiresAt: sessionExpiry(now, absoluteDays).toISOString(),
      userAgent: origin.userAgent.slice(0, 300),
      ip: origin.ip,
      twoFactorEnrolmentRequired: origin.twoFactorEnrolmentRequired ?? false,
    })
    .run();
  recordAudit(tx, {
    actorId: user.id,
    actorRole: user.role,
    action: "login.success",
    objectType: "session",
    objectId: sessionId.slice(0, 8),
    ip: origin.ip,
    ...(origin.method || origin.twoFactorEnrolmentRequired
      ? { changes: { ...(origin.method ? { method: origin.method } : {}), ...(origin.twoFactorEnrolmentRequired ? { twoFactorEnrolmentRequired: true } : {}) } }
      : {}),
  });
  return sessionId;
}

/** Failures of an account key (optionally from one address) at or after `from`. */

export type SessionUser = {
  id: number;
  name: string;
  email: string;
  role: Role;
  title: string;
  departmentId: number | null;
  sessionId: string;
  /** Signed in with a password while two-factor is required of them and not set up: may only enrol. */
  twoFactorEnrolmentRequired?: boolean;
};

/** Resolves a session id to its active user, or null when the session is gone, idle, expired or the user inactive. */
export function resolveSession(sessionId: string, now = new Date()): SessionUser | null {
  const db = getDb();
  const row = db
    .select({
      session: sessions,
      user: {
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        title: users.title,
        departmentId: users.departmentId,
        active: users.active,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId))
    .get();
  if (!row) return null;
  // The request's settings (read once per page render, shared with the layout and the page).
  const config = readSettings();
  const verdict = sessionVerdict(row.session, row.user.active, now, config.sessionIdleHours);
  if (verdict === "ended") {
    db.delete(sessions).where(eq(sessions.id, sessionId)).run();
    return null;
  }
  if (verdict === "touch") {
    db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.id, sessionId)).run();
  }
  const { active: _active, ...user } = row.user;
  return { ...user, sessionId, ...(row.session.twoFactorEnrolmentRequired ? { twoFactorEnrolmentRequired: true } : {}) };
}

/** Ends one session (log out); the JWT that carries it stops working at once. */
export function endSession(sessionId: string, ip: string | null = null): void {
  const db = getDb();
  db.transaction((tx) => {
    const session = tx.select().from(sessions).where(eq(sessions.id, sessionId)).get();
    if (!session) return;
    const user = tx.select({ role: users.role }).from(users).where(eq(users.id, session.userId)).get();
    tx.delete(sessions).where(eq(sessions.id, sessionId)).run();
    recordAudit(tx, {
      actorId: session.userId,
      actorRole: user?.role ?? null,
      action: "session.end",
      objectType: "session",
      objectId: sessionId.slice(0, 8),
      ip,
    });
  });
}
