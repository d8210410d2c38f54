import "server-only";
import { deliverQueuedMails } from "@/lib/services/mail-delivery";
import { queueDueDigests } from "@/lib/services/mail-digests";
import { runNightlyBackupIfDue } from "@/lib/services/nightly-backup";
import { recordOverdueNotifications } from "@/lib/services/overdue-notifications";

/** A background job: a cron pattern (minute hour day month weekday, in the digest time zone) and what it runs at `now`. */
export type ScheduledJob = { name: string; pattern: string; run: (now: Date) => unknown };

/**
 * Every job of the portal's in-process scheduler. Each takes `now`, so tests drive it without the clock, and each is
 * safe to run late or twice: the queue and the sent-log remember what is done.
 */
export const scheduledJobs: readonly ScheduledJob[] = [
  { name: "mail-delivery", pattern: "* * * * *", run: (now) => deliverQueuedMails(now) },
  { name: "mail-digests", pattern: "*/5 * * * *", run: (now) => queueDueDigests(now) },
  { name: "overdue-notifications", pattern: "7 * * * *", run: (now) => recordOverdueNotifications(now) },
  { name: "nightly-backup", pattern: "*/10 * * * *", run: (now) => runNightlyBackupIfDue(now) },
];
