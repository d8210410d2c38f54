import { describe, expect, it } from "vitest";
import {
  accountKeyOf,
  countingFrom,
  failurePruneBefore,
  isThrottled,
  maxPairLockFactor,
  nextLock,
  pairThrottleKey,
} from "@/lib/domain/login-throttle";

const now = new Date("2026-11-27T10:00:00Z");
const minutesFrom = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();

describe("login throttle keys", () => {
  it("counts an e-mail as typed, lower-cased, without whitespace or control characters", () => {
    expect(accountKeyOf("  IT@Kommune.DK ")).toBe("it@kommune.dk");
    expect(accountKeyOf("offer@kommune.dk\n10.0.0.1")).toBe("offer@kommune.dk10.0.0.1");
  });

  it("a pair key can never equal an account key", () => {
    const pair = pairThrottleKey(accountKeyOf("offer@kommune.dk"), "10.0.0.1");
    expect(accountKeyOf(pair)).not.toBe(pair);
  });
});

describe("throttle window", () => {
  it("a throttle holds until its end and not a moment after", () => {
    expect(isThrottled(undefined, now)).toBe(false);
    expect(isThrottled({ lockedUntil: minutesFrom(1), lockCount: 1 }, now)).toBe(true);
    expect(isThrottled({ lockedUntil: now.toISOString(), lockCount: 1 }, now)).toBe(false);
  });

  it("counts failures from the window start, or from the end of the last lock when that is later", () => {
    expect(countingFrom(undefined, now, 15)).toBe(minutesFrom(-15));
    expect(countingFrom({ lockedUntil: minutesFrom(-5), lockCount: 1 }, now, 15)).toBe(minutesFrom(-5));
    expect(countingFrom({ lockedUntil: minutesFrom(-60), lockCount: 1 }, now, 15)).toBe(minutesFrom(-15));
  });

  it("prunes failures that have left the window", () => {
    expect(failurePruneBefore(now, 15)).toBe(minutesFrom(-15));
  });
});

describe("next lock", () => {
  it("locks at the threshold, not before", () => {
    expect(nextLock(9, 10, undefined, now, 15, true)).toBeNull();
    expect(nextLock(10, 10, undefined, now, 15, true)).toEqual({ lockedUntil: minutesFrom(15), lockCount: 1, minutes: 15 });
  });

  it("a threshold of zero never locks", () => {
    expect(nextLock(1000, 0, undefined, now, 15, true)).toBeNull();
  });

  it("escalates pair locks after recent locks, up to a cap", () => {
    const recent = (lockCount: number) => ({ lockedUntil: minutesFrom(-1), lockCount });
    expect(nextLock(10, 10, recent(1), now, 15, true)?.minutes).toBe(30);
    expect(nextLock(10, 10, recent(2), now, 15, true)?.minutes).toBe(60);
    expect(nextLock(10, 10, recent(10), now, 15, true)?.minutes).toBe(15 * maxPairLockFactor);
  });

  it("never escalates account locks, so a stranger cannot lengthen the owner's wait", () => {
    const lock = nextLock(30, 30, { lockedUntil: minutesFrom(-1), lockCount: 5 }, now, 15, false);
    expect(lock).toEqual({ lockedUntil: minutesFrom(15), lockCount: 6, minutes: 15 });
  });

  it("forgets a lock that ended more than a day ago", () => {
    const old = { lockedUntil: minutesFrom(-25 * 60), lockCount: 3 };
    expect(nextLock(10, 10, old, now, 15, true)).toEqual({ lockedUntil: minutesFrom(15), lockCount: 1, minutes: 15 });
  });
});
