import "server-only";
import { and, eq, inArray, isNotNull, isNull, notInArray, or, sql, type SQL } from "drizzle-orm";
import { benefits, projects } from "@/db/schema";
import { dueSoonDays, reportDueDate, type InboxCandidate } from "@/lib/domain/inbox";
import { phaseLabels } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import { prepared } from "./inbox-prepared";
import { departmentId$, horizon$, plusDays, userId$, type InboxContext } from "./inbox-context";

/** Status reports and measurements due: in a department head's department, or on one's own projects and benefits. */

/** Phases in which a project publishes status reports (as isStatusStale in lib/domain/staleness.ts). */
const reportingPhases = ["analysis", "trial", "implementation", "realisation"] as const;

/** Projects in a reporting phase whose next status report is overdue or due soon, among `scope`. */
function reportsDue({ db, userId, today, staleDays }: InboxContext, name: string, scope: SQL, departmentId: number | null): InboxCandidate[] {
  // Due within dueSoonDays: the latest publication is older than staleDays - dueSoonDays days.
  const horizon = `${plusDays(today, dueSoonDays - staleDays)}T23:59:59.999Z`;
  return prepared(db, name, () =>
    db
      .select({ id: projects.id, code: projects.code, title: projects.title, phase: projects.phase, publishedAt: projects.latestPublishedAt })
      .from(projects)
      .where(
        and(scope, inArray(projects.phase, [...reportingPhases]), or(isNull(projects.latestPublishedAt), sql`${projects.latestPublishedAt} <= ${horizon$}`)),
      )
      .prepare(),
  )
    .all({ userId, departmentId, horizon })
    .map((row) => ({
      kind: "report_due",
      key: `report:${row.id}`,
      title: `${row.code} ${row.title}`,
      why: () => row.publishedAt
        ? `Seneste statusrapport blev udgivet ${formatDate(row.publishedAt)}; projektet skal have en ny mindst hver ${staleDays}. dag.`
        : `Projektet er i fasen ${phaseLabels[row.phase]} og har ingen udgivet statusrapport.`,
      href: `/projects/${row.code}?tab=status`,
      dueDate: reportDueDate(row.publishedAt, staleDays),
      overdue: row.publishedAt === null,
    }));
}

export const departmentReportsDue = (context: InboxContext, departmentId: number) =>
  reportsDue(context, "departmentReportsDue", eq(projects.departmentId, departmentId$), departmentId);
export const ownReportsDue = (context: InboxContext) => reportsDue(context, "ownReportsDue", or(eq(projects.ownerId, userId$), eq(projects.leadId, userId$))!, null);

/**
 * The day of the next measurement, as addMonths (lib/domain/dates.ts) counts it: the frequency in calendar months
 * after the latest measurement (or the baseline date), the day of month kept unless the target month is shorter.
 */
const measurementFrom = sql<string>`coalesce(${benefits.latestMeasuredOn}, ${benefits.baselineDate})`;
const nextMeasurementDue = sql<string>`date(${measurementFrom}, 'start of month', '+' || ${benefits.measurementFrequencyMonths} || ' months',
  '+' || (min(cast(strftime('%d', ${measurementFrom}) as integer),
    cast(strftime('%d', date(${measurementFrom}, 'start of month', '+' || (${benefits.measurementFrequencyMonths} + 1) || ' months', '-1 day')) as integer)) - 1) || ' days')`;

/** Active benefits among `scope` whose next measurement falls on or before `until`. */
function measurementsDue({ db, userId }: InboxContext, name: string, scope: SQL, departmentId: number | null, until: string): InboxCandidate[] {
  return prepared(db, name, () =>
    db
      .select({
        id: benefits.id,
        title: benefits.title,
        code: projects.code,
        from: measurementFrom,
        dueDate: nextMeasurementDue,
        frequency: benefits.measurementFrequencyMonths,
        measuredOn: benefits.latestMeasuredOn,
      })
      .from(benefits)
      .innerJoin(projects, eq(projects.id, benefits.projectId))
      .where(and(scope, notInArray(benefits.status, ["cancelled", "realised"]), isNotNull(measurementFrom), sql`${nextMeasurementDue} <= ${horizon$}`))
      .prepare(),
  )
    .all({ userId, departmentId, horizon: until })
    .map((row) => ({
      kind: "measurement_due",
      key: `measurement:${row.id}`,
      title: `${row.title} (${row.code})`,
      why: () =>
        row.measuredOn
          ? `Seneste måling er fra ${formatDate(row.measuredOn)}; gevinsten måles hver ${row.frequency}. måned.`
          : `Gevinsten er ikke målt siden baselinen ${formatDate(row.from)}; den måles hver ${row.frequency}. måned.`,
      href: `/projects/${row.code}?tab=benefits#benefit-${row.id}`,
      dueDate: row.dueDate,
    }));
}

/** Overdue measurements on benefits of projects in the department. */
export const departmentMeasurementsOverdue = (context: InboxContext, departmentId: number) =>
  measurementsDue(context, "departmentMeasurementsOverdue", eq(projects.departmentId, departmentId$), departmentId, plusDays(context.today, -1));

/** Measurements due soon or overdue on the benefits one owns, or leads the project of when the benefit has no owner. */
export const ownMeasurementsDue = (context: InboxContext) =>
  measurementsDue(
    context,
    "ownMeasurementsDue",
    or(eq(benefits.ownerId, userId$), and(isNull(benefits.ownerId), eq(projects.leadId, userId$)))!,
    null,
    plusDays(context.today, dueSoonDays),
  );
