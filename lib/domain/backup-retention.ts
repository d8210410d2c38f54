/** How many of the newest days, ISO weeks and months keep their newest backup. */
export type BackupRetention = { daily: number; weekly: number; monthly: number };

export type BackupEntry = { name: string; takenAt: Date };

const dayKey = (date: Date) => date.toISOString().slice(0, 10);
const monthKey = (date: Date) => date.toISOString().slice(0, 7);

/** The ISO week (year and week number), so that weeks that span a new year are one week. */
function weekKey(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${week}`;
}

/**
 * Grandfather-father-son retention: the newest backup of each of the `daily` most recent days with a backup, of
 * each of the `weekly` most recent weeks and of each of the `monthly` most recent months is kept; the rest may go.
 * The newest backup is always kept.
 */
export function backupsToDelete(backups: readonly BackupEntry[], retention: BackupRetention): string[] {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = new Set<string>(newestFirst.slice(0, 1).map((backup) => backup.name));
  const rules: [(date: Date) => string, number][] = [
    [dayKey, retention.daily],
    [weekKey, retention.weekly],
    [monthKey, retention.monthly],
  ];
  for (const [periodOf, periods] of rules) {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const period = periodOf(backup.takenAt);
      if (seen.has(period)) continue;
      if (seen.size >= periods) break;
      seen.add(period);
      keep.add(backup.name);
    }
  }
  return newestFirst.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
}

/** When the last good backup is older than this, administrators are warned. */
export const backupWarningAfterMs = 2 * 86_400_000;
