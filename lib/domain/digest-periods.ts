import type { DigestFrequency } from "@/lib/mail/codes";

/** Digests go out at 07:00 in the municipality's time zone; the weekly one on Mondays. */
export const digestTimeZone = "Europe/Copenhagen";
export const digestHour = 7;

const dayMs = 86_400_000;

/** The wall-clock date and time of an instant in a time zone. */
function zonedParts(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/** The instant when the zone's wall clock shows the given date at `hour`:00. */
export function zonedHourToInstant(year: number, month: number, day: number, hour: number, timeZone = digestTimeZone): Date {
  const wall = Date.UTC(year, month - 1, day, hour);
  let instant = wall - zoneOffset(wall, timeZone);
  instant = wall - zoneOffset(instant, timeZone);
  return new Date(instant);
}

export type DigestPeriod = {
  frequency: DigestFrequency;
  /** Unique per user and period in the sent-log, e.g. "daily:2026-11-30" or "weekly:2026-11-30" (that Monday). */
  key: string;
  /** The moment the digest became due; its notifications are those created before it. */
  dueAt: Date;
};

const isoDate = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/**
 * The latest period of a frequency that is due at `now`: today's 07:00 (or yesterday's, before 07:00) for the
 * daily digest, this week's Monday 07:00 (or last week's) for the weekly one. A missed tick or a restart asks again
 * and gets the same period until the next one begins, so nothing is skipped and, with the sent-log, nothing is sent
 * twice.
 */
export function latestDuePeriod(frequency: DigestFrequency, now: Date, timeZone = digestTimeZone): DigestPeriod {
  const local = zonedParts(now.getTime(), timeZone);
  // Walk back over local calendar days (a calendar day as UTC noon avoids daylight-saving edges).
  let day = Date.UTC(local.year, local.month - 1, local.day, 12);
  for (let step = 0; step < 15; step += 1) {
    const date = new Date(day);
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const isMonday = date.getUTCDay() === 1;
    if (frequency === "daily" || isMonday) {
      const dueAt = zonedHourToInstant(y, m, d, digestHour, timeZone);
      if (dueAt.getTime() <= now.getTime()) return { frequency, key: `${frequency}:${isoDate(y, m, d)}`, dueAt };
    }
    day -= dayMs;
  }
  throw new Error("no digest period found");
}

/** Where a user's first digest of a frequency starts when none has been sent before: one period back. */
export function firstDigestStart(period: DigestPeriod): Date {
  return new Date(period.dueAt.getTime() - (period.frequency === "daily" ? 1 : 7) * dayMs);
}
