import "server-only";
import { and, eq, isNotNull, ne, notInArray, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { benefits, projects } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { toDay } from "@/lib/domain/dates";
import { measurementOverdueText, reportOverdueText } from "@/lib/domain/notification-texts";
import { formatDate } from "@/lib/format";
import { isStaleCondition, staleCutoff } from "@/lib/queries/dashboard";
import { readSettings } from "@/lib/settings";
import { recordNotifications } from "./notifications";

/**
 * The day a status report falls due: the latest publication plus the stale period ("none" while the project has
 * never published one). It names the overdue notification, so each lapse is told once, however often this runs.
 */
const reportDueSql = (staleDays: number) => sql<string>`coalesce(date(${projects.latestPublishedAt}, ${`+${staleDays} days`}), 'none')`;

/**
 * The day a benefit's next measurement falls due, as addMonths (lib/domain/dates.ts) computes it: the latest
 * measurement (or the baseline date) plus the frequency in calendar months, the day of month kept unless the month
 * is shorter.
 */
const measuredFrom = sql`coalesce(${benefits.latestMeasuredOn}, ${benefits.baselineDate})`;
export const measurementDueSql = sql<string>`min(
  date(${measuredFrom}, 'start of month', '+' || ${benefits.measurementFrequencyMonths} || ' months', '+' || (cast(substr(${measuredFrom}, 9, 2) as integer) - 1) || ' days'),
  date(${measuredFrom}, 'start of month', '+' || (${benefits.measurementFrequencyMonths} + 1) || ' months', '-1 day'))`;

/** Whether any of `userIds` already holds the notification named `key` (over the (user_id, dedupe_key) index). */
const alreadyTold = (userIds: ReturnType<typeof sql>, key: ReturnType<typeof sql>) =>
  sql`not exists (select 1 from notifications n where n.user_id in (${userIds}) and n.dedupe_key = ${key})`;

const reportKey = (due: ReturnType<typeof sql>) => sql`'overdue:status-report:' || ${projects.id} || ':' || ${due}`;
const measurementKey = sql`'overdue:measurement:' || ${benefits.id} || ':' || ${measurementDueSql}`;

function overdueReports(tx: DbOrTx, now: Date, staleDays: number) {
  const due = reportDueSql(staleDays);
  return tx
    .select({ id: projects.id, code: projects.code, title: projects.title, ownerId: projects.ownerId, leadId: projects.leadId, latestPublishedAt: projects.latestPublishedAt, due })
    .from(projects)
    .where(and(isStaleCondition(staleCutoff(now, staleDays)), alreadyTold(sql`${projects.ownerId}, ${projects.leadId}`, reportKey(due))))
    .all();
}

function overdueMeasurements(tx: DbOrTx, today: string) {
  const recipient = sql<number>`coalesce(${benefits.ownerId}, ${projects.leadId})`;
  return tx
    .select({ id: benefits.id, title: benefits.title, recipient, code: projects.code, projectTitle: projects.title, due: measurementDueSql })
    .from(benefits)
    .innerJoin(projects, eq(projects.id, benefits.projectId))
    .where(
      and(
        notInArray(benefits.status, ["cancelled", "realised"]),
        ne(projects.phase, "stopped"),
        isNotNull(measuredFrom),
        sql`${measurementDueSql} < ${today}`,
        alreadyTold(recipient, measurementKey),
      ),
    )
    .all();
}

/**
 * Notifies, once per lapse, a status report becoming overdue (the project's owner and lead) and a benefit's
 * measurement becoming overdue (the benefit's owner, else the project's lead). Run by the scheduler (hourly); a
 * repeated run finds nothing new. Returns how many notifications it created.
 */
export function recordOverdueNotifications(now = new Date()): number {
  const db = getDb();
  const { staleReportDays } = readSettings(db);
  return db.transaction((tx) => {
    let reports = 0;
    let measurements = 0;
    for (const project of overdueReports(tx, now, staleReportDays)) {
      const text = reportOverdueText(project, staleReportDays, project.latestPublishedAt !== null);
      const dedupeKey = `overdue:status-report:${project.id}:${project.due}`;
      reports += recordNotifications(tx, { userIds: [project.ownerId, project.leadId], kind: "overdue", ...text, dedupeKey }, now).length;
    }
    for (const benefit of overdueMeasurements(tx, toDay(now))) {
      const text = measurementOverdueText({ code: benefit.code, title: benefit.projectTitle }, benefit.title, formatDate(benefit.due));
      const dedupeKey = `overdue:measurement:${benefit.id}:${benefit.due}`;
      measurements += recordNotifications(tx, { userIds: [benefit.recipient], kind: "overdue", ...text, dedupeKey }, now).length;
    }
    if (reports + measurements > 0) {
      recordAudit(tx, { action: "notification.overdue", objectType: "notification", changes: { reports, measurements } });
    }
    return reports + measurements;
  });
}
