import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { loginIpFailures, sessions, users, type Role } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { getDummyHash, verifyPassword } from "@/lib/password";
import { readSettings } from "@/lib/settings";
import { loginFailureOutcome, sessionExpiry, sessionVerdict } from "@/lib/domain/sessions";

export type LoginAttempt = { email: string; password: string; ip: string; userAgent: string };
export type LoginResult =
  | { ok: true; userId: number; sessionId: string; name: string; email: string; role: Role }
  | { ok: false; reason: "invalid" | "locked" | "ip_blocked" };

const minutesFromNow = (now: Date, minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();

/** Checks credentials with throttling per account and per IP; on success opens a revocable session. */
export async function attemptLogin(attempt: LoginAttempt, now = new Date()): Promise<LoginResult> {
  const db = getDb();
  const config = readSettings(db);
  const email = attempt.email.trim().toLowerCase();
  const user = db.select().from(users).where(eq(users.email, email)).get();
  const nowIso = now.toISOString();

  const ipRow = db.select().from(loginIpFailures).where(eq(loginIpFailures.ip, attempt.ip)).get();
  const ipWindowOpen =
    ipRow && new Date(ipRow.windowStartedAt).getTime() + config.loginIpWindowMinutes * 60_000 > now.getTime();
  if (ipWindowOpen && ipRow.failureCount >= config.loginIpMaxFailures) {
    await verifyPassword(await getDummyHash(), attempt.password);
    db.transaction((tx) =>
      recordAudit(tx, { action: "login.ip_blocked", outcome: "denied", ip: attempt.ip, changes: { email } }),
    );
    return { ok: false, reason: "ip_blocked" };
  }

  const isLocked = Boolean(user?.lockedUntil && user.lockedUntil > nowIso);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), attempt.password);

  if (user && isLocked) {
    db.transaction((tx) =>
      recordAudit(tx, {
        actorId: user.id,
        actorRole: user.role,
        action: "login.locked",
        objectType: "user",
        objectId: user.id,
        outcome: "denied",
        ip: attempt.ip,
      }),
    );
    return { ok: false, reason: "locked" };
  }

  if (!user || !user.active || !passwordOk) {
    const outcome = loginFailureOutcome(user?.failedLoginCount ?? 0, config.loginMaxFailures);
    db.transaction((tx) => {
      tx.insert(loginIpFailures)
        .values({ ip: attempt.ip, failureCount: 1, windowStartedAt: nowIso })
        .onConflictDoUpdate({
          target: loginIpFailures.ip,
          set: ipWindowOpen
            ? { failureCount: (ipRow?.failureCount ?? 0) + 1 }
            : { failureCount: 1, windowStartedAt: nowIso },
        })
        .run();
      if (user) {
        tx.update(users)
          .set({
            failedLoginCount: outcome.failedLoginCount,
            lockedUntil: outcome.lock ? minutesFromNow(now, config.loginLockMinutes) : user.lockedUntil,
          })
          .where(eq(users.id, user.id))
          .run();
      }
      recordAudit(tx, {
        actorId: user?.id ?? null,
        actorRole: user?.role ?? null,
        action: "login.failure",
        objectType: "user",
        objectId: user?.id ?? null,
        outcome: "failure",
        ip: attempt.ip,
        changes: user ? { failedLoginCount: outcome.failedLoginCount } : { email },
      });
      if (user && outcome.lock) {
        recordAudit(tx, {
          actorId: user.id,
          actorRole: user.role,
          action: "login.lockout",
          objectType: "user",
          objectId: user.id,
          outcome: "denied",
          ip: attempt.ip,
          changes: { lockedMinutes: config.loginLockMinutes },
        });
      }
    });
    return outcome.lock && user ? { ok: false, reason: "locked" } : { ok: false, reason: "invalid" };
  }

  const sessionId = randomBytes(32).toString("base64url");
  db.transaction((tx) => {
    tx.update(users).set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: nowIso }).where(eq(users.id, user.id)).run();
    tx.insert(sessions)
      .values({
        id: sessionId,
        userId: user.id,
        createdAt: nowIso,
        lastSeenAt: nowIso,
        expiresAt: sessionExpiry(now, config.sessionAbsoluteDays).toISOString(),
        userAgent: attempt.userAgent.slice(0, 300),
        ip: attempt.ip,
      })
      .run();
    recordAudit(tx, {
      actorId: user.id,
      actorRole: user.role,
      action: "login.success",
      objectType: "session",
      objectId: sessionId.slice(0, 8),
      ip: attempt.ip,
    });
  });
  return { ok: true, userId: user.id, sessionId, name: user.name, email: user.email, role: user.role };
}

export type SessionUser = {
  id: number;
  name: string;
  email: string;
  role: Role;
  title: string;
  departmentId: number | null;
  sessionId: string;
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
  const config = readSettings(db);
  const verdict = sessionVerdict(row.session, row.user.active, now, config.sessionIdleHours);
  if (verdict === "ended") {
    db.delete(sessions).where(eq(sessions.id, sessionId)).run();
    return null;
  }
  if (verdict === "touch") {
    db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.id, sessionId)).run();
  }
  const { active: _active, ...user } = row.user;
  return { ...user, sessionId };
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
