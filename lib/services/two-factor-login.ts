import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, isNotNull, isNull, lt } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { sessions, twoFactorPendingLogins, twoFactorRecoveryCodes, twoFactorSecrets, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { accountKeyOf } from "@/lib/domain/login-throttle";
import { sessionExpiry } from "@/lib/domain/sessions";
import {
  isFreshStep,
  isTwoFactorRequired,
  normalizeRecoveryCode,
  normalizeTotpCode,
  pendingLoginMaxFailedCodes,
  pendingLoginMinutes,
} from "@/lib/domain/two-factor";
import { readSettings } from "@/lib/settings";
import { decryptSecret, matchingStep, newPendingToken, sha256 } from "@/lib/two-factor-crypto";
import { twoFactorLoginSchema } from "@/lib/validation/two-factor";
import type { LoginResult } from "./auth";
import { clearSignInFailures, countFailedSignIn, isSignInLocked, readSignInThrottles } from "./sign-in-throttle";

type UserRow = typeof users.$inferSelect;

/** What a right password leads to: a session at once, a session limited to enrolment, or a code step first. */
export type SecondStep = { kind: "none" } | { kind: "enrol" } | { kind: "code" };

export function hasTwoFactor(db: DbOrTx, userId: number): boolean {
  return Boolean(
    db
      .select({ userId: twoFactorSecrets.userId })
      .from(twoFactorSecrets)
      .where(and(eq(twoFactorSecrets.userId, userId), isNotNull(twoFactorSecrets.enabledAt)))
      .get(),
  );
}

/** The step after a right password, from the user's enrolment and the roles the settings require it of. */
export function secondStepAfterPassword(db: DbOrTx, user: Pick<UserRow, "id" | "role">): SecondStep {
  if (hasTwoFactor(db, user.id)) return { kind: "code" };
  return isTwoFactorRequired(user.role, readSettings(db).requireTwoFactorRoles) ? { kind: "enrol" } : { kind: "none" };
}

/**
 * Records a right password of a user with two-factor on: no session yet, only a pending sign-in whose token (kept
 * hashed, valid for a few minutes) the browser must bring back with a code. Audited.
 */
export function openPendingLogin(user: Pick<UserRow, "id" | "role">, attempt: { ip: string; userAgent: string }, now = new Date()): string {
  const token = newPendingToken();
  getDb().transaction((tx) => {
    tx.delete(twoFactorPendingLogins).where(lt(twoFactorPendingLogins.expiresAt, now.toISOString())).run();
    tx.insert(twoFactorPendingLogins)
      .values({
        tokenHash: sha256(token),
        userId: user.id,
        ip: attempt.ip,
        userAgent: attempt.userAgent.slice(0, 300),
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + pendingLoginMinutes * 60_000).toISOString(),
      })
      .run();
    recordAudit(tx, { actorId: user.id, actorRole: user.role, action: "login.two_factor_required", objectType: "user", objectId: user.id, ip: attempt.ip });
  });
  return token;
}

export type CodeAttempt = { pendingToken: string; code: string; ip: string; userAgent: string };
export type CodeResult = LoginResult | { ok: false; reason: "code_invalid" | "code_expired" };

type Verdict = { kind: "totp"; step: number } | { kind: "recovery"; id: number } | { kind: "wrong"; replay: boolean };

function checkCode(db: DbOrTx, userId: number, typed: string, now: Date): Verdict {
  const totp = normalizeTotpCode(typed);
  if (totp) {
    const row = db.select().from(twoFactorSecrets).where(eq(twoFactorSecrets.userId, userId)).get();
    if (!row?.enabledAt) return { kind: "wrong", replay: false };
    const step = matchingStep(decryptSecret(row.secretEncrypted), totp, now);
    if (step === null) return { kind: "wrong", replay: false };
    return isFreshStep(step, row.lastUsedStep) ? { kind: "totp", step } : { kind: "wrong", replay: true };
  }
  const recovery = normalizeRecoveryCode(typed);
  if (!recovery) return { kind: "wrong", replay: false };
  const hash = sha256(recovery);
  const match = db
    .select({ id: twoFactorRecoveryCodes.id, usedAt: twoFactorRecoveryCodes.usedAt })
    .from(twoFactorRecoveryCodes)
    .where(and(eq(twoFactorRecoveryCodes.userId, userId), eq(twoFactorRecoveryCodes.codeHash, hash)))
    .get();
  if (!match) return { kind: "wrong", replay: false };
  return match.usedAt ? { kind: "wrong", replay: true } : { kind: "recovery", id: match.id };
}

/**
 * The code step of a password sign-in. The pending sign-in must exist and be fresh; the code is a current
 * authenticator code (±1 step, never one already used) or an unused recovery code. Wrong codes count as failed
 * sign-ins in the same throttle as wrong passwords; a pending sign-in also ends after a few wrong codes. Only a
 * right code opens the session, in the same transaction that spends the code.
 */
export function completeTwoFactorLogin(attempt: CodeAttempt, now = new Date()): CodeResult {
  const parsed = twoFactorLoginSchema.safeParse({ pendingToken: attempt.pendingToken, code: attempt.code });
  if (!parsed.success) return { ok: false, reason: "code_expired" };
  const db = getDb();
  const config = readSettings(db);
  const nowIso = now.toISOString();
  const tokenHash = sha256(parsed.data.pendingToken);
  const pending = db.select().from(twoFactorPendingLogins).where(eq(twoFactorPendingLogins.tokenHash, tokenHash)).get();
  const user = pending ? db.select().from(users).where(eq(users.id, pending.userId)).get() : undefined;
  if (!pending || !user || !user.active || pending.expiresAt <= nowIso || !hasTwoFactor(db, user.id)) {
    if (pending) db.delete(twoFactorPendingLogins).where(eq(twoFactorPendingLogins.tokenHash, tokenHash)).run();
    return { ok: false, reason: "code_expired" };
  }
  const actor = { actorId: user.id, actorRole: user.role, objectType: "user", objectId: user.id, ip: attempt.ip };
  const accountKey = accountKeyOf(user.email);
  const throttles = readSignInThrottles(db, accountKey, attempt.ip);
  if (isSignInLocked(throttles, now)) {
    db.transaction((tx) => recordAudit(tx, { ...actor, action: "login.locked", outcome: "denied", changes: { step: "two_factor" } }));
    return { ok: false, reason: "locked" };
  }

  const verdict = checkCode(db, user.id, parsed.data.code, now);
  if (verdict.kind === "wrong") {
    return db.transaction((tx) => {
      const failedCodes = pending.failedCodes + 1;
      if (failedCodes >= pendingLoginMaxFailedCodes) tx.delete(twoFactorPendingLogins).where(eq(twoFactorPendingLogins.tokenHash, tokenHash)).run();
      else tx.update(twoFactorPendingLogins).set({ failedCodes }).where(eq(twoFactorPendingLogins.tokenHash, tokenHash)).run();
      const locked = countFailedSignIn(tx, throttles, config, now, actor, { action: "login.two_factor_failure", changes: { replay: verdict.replay } });
      if (locked) return { ok: false, reason: "locked" } as const;
      return { ok: false, reason: failedCodes >= pendingLoginMaxFailedCodes ? "code_expired" : "code_invalid" } as const;
    });
  }

  const sessionId = randomBytes(32).toString("base64url");
  const opened = db.transaction((tx) => {
    // Spend the code first; a code spent by a parallel request in the meantime changes no row and opens nothing.
    const spent =
      verdict.kind === "totp"
        ? tx
            .update(twoFactorSecrets)
            .set({ lastUsedStep: verdict.step })
            .where(and(eq(twoFactorSecrets.userId, user.id), lt(twoFactorSecrets.lastUsedStep, verdict.step)))
            .run().changes
        : tx
            .update(twoFactorRecoveryCodes)
            .set({ usedAt: nowIso })
            .where(and(eq(twoFactorRecoveryCodes.id, verdict.id), isNull(twoFactorRecoveryCodes.usedAt)))
            .run().changes;
    const claimed = tx.delete(twoFactorPendingLogins).where(eq(twoFactorPendingLogins.tokenHash, tokenHash)).run().changes;
    if (spent !== 1 || claimed !== 1) return false;
    tx.update(users).set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: nowIso }).where(eq(users.id, user.id)).run();
    clearSignInFailures(tx, throttles);
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
      changes: { secondFactor: verdict.kind },
    });
    return true;
  });
  if (!opened) return { ok: false, reason: "code_expired" };
  return { ok: true, userId: user.id, sessionId, name: user.name, email: user.email, role: user.role };
}

