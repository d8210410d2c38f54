/** Waits between delivery attempts: 1 min, 5 min, 30 min, 2 h, 6 h; after the sixth failed try the mail is given up. */
export const mailRetryDelaysMs = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000] as const;
export const maxMailAttempts = mailRetryDelaysMs.length + 1;

export type RetryDecision = { giveUp: true } | { giveUp: false; nextAttemptAt: Date };

/** After `attempts` failed tries (counting the one just made), when to try again, or whether to give up. */
export function nextMailAttempt(attempts: number, now: Date): RetryDecision {
  if (attempts >= maxMailAttempts) return { giveUp: true };
  const delay = mailRetryDelaysMs[Math.max(0, attempts - 1)];
  return { giveUp: false, nextAttemptAt: new Date(now.getTime() + delay) };
}
