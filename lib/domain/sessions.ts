/** Pure rules for session lifetimes (login throttling lives in login-throttle.ts). */

export function sessionExpiry(createdAt: Date, absoluteDays: number): Date {
  return new Date(createdAt.getTime() + absoluteDays * 24 * 3_600_000);
}

type SessionTimes = { lastSeenAt: string; expiresAt: string };

/** "ended" when expired, idle too long or the user is inactive; "touch" when last-seen is worth refreshing. */
export function sessionVerdict(
  session: SessionTimes,
  userActive: boolean,
  now: Date,
  idleHours: number,
): "ended" | "touch" | "valid" {
  if (!userActive) return "ended";
  if (new Date(session.expiresAt).getTime() <= now.getTime()) return "ended";
  const idleMs = now.getTime() - new Date(session.lastSeenAt).getTime();
  if (idleMs > idleHours * 3_600_000) return "ended";
  return idleMs > 60_000 ? "touch" : "valid";
}
