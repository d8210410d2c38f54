import "server-only";
import { and, count, eq, gte, lt } from "drizzle-orm";
import type { DbOrTx, Transaction } from "@/db";
import { loginFailures, loginThrottles } from "@/db/schema";
import { recordAudit, type AuditInput } from "@/lib/audit";
import { countingFrom, failurePruneBefore, isThrottled, nextLock, pairThrottleKey, throttlePruneBefore } from "@/lib/domain/login-throttle";
import type { Settings } from "@/lib/domain/settings";

type ThrottleRow = typeof loginThrottles.$inferSelect;

/** The two locks a sign-in step answers to: the account's, and the account's from this address. */
export type SignInThrottles = { accountKey: string; pairKey: string; ip: string; account?: ThrottleRow; pair?: ThrottleRow };

export function readSignInThrottles(db: DbOrTx, accountKey: string, ip: string): SignInThrottles {
  const pairKey = pairThrottleKey(accountKey, ip);
  const throttleOf = (key: string) => db.select().from(loginThrottles).where(eq(loginThrottles.accountKey, key)).get();
  return { accountKey, pairKey, ip, account: throttleOf(accountKey), pair: throttleOf(pairKey) };
}

export const isSignInLocked = (throttles: SignInThrottles, now: Date): boolean => isThrottled(throttles.account, now) || isThrottled(throttles.pair, now);

function countFailures(tx: Transaction, accountKey: string, from: string, ip?: string): number {
  const conditions = [eq(loginFailures.accountKey, accountKey), gte(loginFailures.occurredAt, from)];
  if (ip !== undefined) conditions.push(eq(loginFailures.ip, ip));
  return tx.select({ value: count() }).from(loginFailures).where(and(...conditions)).get()?.value ?? 0;
}

/** Who failed, for the audit: the account (or the e-mail as typed) and the address. */
type FailureActor = Omit<AuditInput, "action" | "outcome">;

/**
 * Counts a wrong password or code in the sliding windows, audits it (`failure` names the event and adds its own
 * details), locks the pair or the account when it reaches its limit (audited as `login.lockout`), and prunes what
 * has left the windows. Returns whether the attempt locked the sign-in.
 */
export function countFailedSignIn(
  tx: Transaction,
  throttles: SignInThrottles,
  config: Settings,
  now: Date,
  actor: FailureActor,
  failure: { action: string; changes?: Record<string, unknown> },
): boolean {
  const { accountKey, pairKey, ip } = throttles;
  tx.insert(loginFailures).values({ accountKey, ip, occurredAt: now.toISOString() }).run();
  const pairFailures = countFailures(tx, accountKey, countingFrom(throttles.pair, now, config.loginWindowMinutes), ip);
  const accountFailures = countFailures(tx, accountKey, countingFrom(throttles.account, now, config.loginWindowMinutes));
  recordAudit(tx, {
    ...actor,
    action: failure.action,
    outcome: "failure",
    changes: { ...actor.changes, ...failure.changes, failures: pairFailures, accountFailures },
  });
  const pairLock = nextLock(pairFailures, config.loginMaxFailures, throttles.pair, now, config.loginLockMinutes, true);
  const accountLock = nextLock(accountFailures, config.loginAccountMaxFailures, throttles.account, now, config.loginLockMinutes, false);
  for (const [key, lock, scope] of [
    [pairKey, pairLock, "address"],
    [accountKey, accountLock, "account"],
  ] as const) {
    if (!lock) continue;
    tx.insert(loginThrottles)
      .values({ accountKey: key, lockedUntil: lock.lockedUntil, lockCount: lock.lockCount })
      .onConflictDoUpdate({ target: loginThrottles.accountKey, set: { lockedUntil: lock.lockedUntil, lockCount: lock.lockCount } })
      .run();
    recordAudit(tx, {
      ...actor,
      action: "login.lockout",
      outcome: "denied",
      changes: { ...actor.changes, scope, lockedMinutes: lock.minutes, lockCount: lock.lockCount },
    });
  }
  tx.delete(loginFailures).where(lt(loginFailures.occurredAt, failurePruneBefore(now, config.loginWindowMinutes))).run();
  tx.delete(loginThrottles).where(lt(loginThrottles.lockedUntil, throttlePruneBefore(now))).run();
  return Boolean(pairLock || accountLock);
}

/** A successful sign-in forgets this address's failures and lock for the account; the account's own window stays. */
export function clearSignInFailures(tx: Transaction, throttles: SignInThrottles): void {
  tx.delete(loginFailures).where(and(eq(loginFailures.accountKey, throttles.accountKey), eq(loginFailures.ip, throttles.ip))).run();
  tx.delete(loginThrottles).where(eq(loginThrottles.accountKey, throttles.pairKey)).run();
}
