/**
 * Sliding-window login throttling that an attacker cannot turn into a lasting lockout.
 *
 * Failures are counted per account key (the e-mail as typed, known or unknown) and per
 * account key + address pair. Too many from one pair throttles that pair only, so a stranger
 * elsewhere cannot shut the owner out; too many across addresses throttles the account key
 * for everyone. A throttle always expires on its own, and its expiry starts a new window:
 * failures from before it no longer count. Pair throttles escalate (the source pays);
 * account throttles never do (the owner would pay).
 */

export type ThrottleRow = { lockedUntil: string; lockCount: number };

export type ThrottleSettings = {
  /** failures from one account + address pair in the window before that pair is throttled */
  loginMaxFailures: number;
  /** failures across all addresses in the window before the account key is throttled */
  loginAccountMaxFailures: number;
  loginWindowMinutes: number;
  loginLockMinutes: number;
};

/** A pair lock may grow to this many times the base lock time. */
export const maxPairLockFactor = 8;
/** A throttle row whose lock ended longer ago than this no longer escalates the next one. */
export const escalationMemoryHours = 24;

const minute = 60_000;

/** Throttle keys: the account key itself, and the pair key that cannot collide with any account key. */
export function pairThrottleKey(accountKey: string, ip: string): string {
  return `${accountKey}\n${ip}`;
}

/**
 * The e-mail as typed, lower-cased and without whitespace or control characters: the key failures
 * are counted under, known account or not (so it can never contain the pair key's separator).
 */
export function accountKeyOf(email: string): string {
  return email.replace(/[\s\p{Cc}]/gu, "").toLowerCase();
}

export function isThrottled(row: ThrottleRow | undefined, now: Date): boolean {
  return Boolean(row && new Date(row.lockedUntil).getTime() > now.getTime());
}

/** Failures from before this instant do not count: the window start, or the end of the last lock if later. */
export function countingFrom(row: ThrottleRow | undefined, now: Date, windowMinutes: number): string {
  const windowStart = now.getTime() - windowMinutes * minute;
  const lockEnd = row ? new Date(row.lockedUntil).getTime() : Number.NEGATIVE_INFINITY;
  return new Date(Math.max(windowStart, lockEnd)).toISOString();
}

export type LockDecision = { lockedUntil: string; lockCount: number; minutes: number };

/**
 * Given the failures that count (including the one just made), decides whether a new lock starts.
 * `escalate` doubles the lock for each recent earlier lock, up to `maxPairLockFactor`.
 */
export function nextLock(
  countingFailures: number,
  threshold: number,
  previous: ThrottleRow | undefined,
  now: Date,
  lockMinutes: number,
  escalate: boolean,
): LockDecision | null {
  if (threshold <= 0 || countingFailures < threshold) return null;
  const remembered =
    previous && new Date(previous.lockedUntil).getTime() + escalationMemoryHours * 3_600_000 > now.getTime();
  const lockCount = remembered ? previous.lockCount + 1 : 1;
  const factor = escalate ? Math.min(2 ** (lockCount - 1), maxPairLockFactor) : 1;
  const minutes = lockMinutes * factor;
  return { lockedUntil: new Date(now.getTime() + minutes * minute).toISOString(), lockCount, minutes };
}

/** Failure rows older than this can never count again and may be deleted. */
export function failurePruneBefore(now: Date, windowMinutes: number): string {
  return new Date(now.getTime() - windowMinutes * minute).toISOString();
}

/** Throttle rows whose lock ended before this no longer matter, not even for escalation. */
export function throttlePruneBefore(now: Date): string {
  return new Date(now.getTime() - escalationMemoryHours * 3_600_000).toISOString();
}
