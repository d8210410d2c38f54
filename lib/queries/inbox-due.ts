import "server-only";
import { and, eq, inArray, isNull, notInArray, or, sql, type SQL } from "drizzle-orm";
import { benefits, projects } from "@/db/schema";
import { measurementDueKeyOf } from "@/lib/domain/benefit-assessment";
import { dueSoonDays, reportDueDate, type InboxCandidate } from "@/lib/domain/inbox";
import { phaseLabels } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import { prepared } from "./inbox-prepared";
import { departmentId$, horizon$, plusDays, userId$, type InboxContext } from "./inbox-context";
import { measurementFrequencyLabel } from "@/lib/domain/labels";

/** Status reports and measurements due: in a department head's department, or on one's own projects and benefits. */

/** Phases in which a project publishes status reports (as isStatusStale in lib/domain/staleness.ts). */
const reportingPhases = ["analysis", "trial", "implementation", "realisation"] as const;

/** Projects in a reporting phase whose next status report is overdue or due soon (by `horizon$`), among `scope`. */
const reportDue = (scope: SQL) =>
  and(
    scope,
    inArray(projects.phase, [...reportingPhases]),
    // A project that never published a report counts from its registration (as isStatusStale does).
    or(and(isNull(projects.latestPublishedAt), sql`${projects.createdAt} <= ${horizon$}`), sql`${projects.latestPublishedAt} <= ${horizon$}`),
  );

/** The latest publication that makes a report due within dueSoonDays: older than staleDays - dueSoonDays days. */
const reportHorizon = ({ today, staleDays }: InboxContext) => `${plusDays(today, dueSoonDays - staleDays)}T23:59:59.999Z`;

const reportKey = (projectId: number) => `report:${projectId}`;

/** Projects among `scope` whose next status report is overdue or due soon. */
function reportsDue(context: InboxContext, name: string, scope: SQL, departmentId: number | null): InboxCandidate[] {
  const { db, userId, staleDays } = context;
  return prepared(db, name, () =>
    db
      .select({ id: projects.id, code: projects.code, title: projects.title, phase: projects.phase, publishedAt: projects.latestPublishedAt, createdAt: projects.createdAt })
      .from(projects)
      .where(reportDue(scope))
      .prepare(),
  )
    .all({ userId, departmentId, horizon: reportHorizon(context) })
    .map((row) => ({
      kind: "report_due",
      key: reportKey(row.id),
      title: `${row.code} ${row.title}`,
      why: () => row.publishedAt
        ? `Seneste statusrapport blev udgivet ${formatDate(row.publishedAt)}; projektet skal have en ny mindst hver ${staleDays}. dag.`
        : `Projektet er i fasen ${phaseLabels[row.phase]} og har ingen udgivet statusrapport.`,
      href: `/projects/${row.code}?tab=status`,
      dueDate: reportDueDate(row.publishedAt ?? row.createdAt, staleDays),
    }));
}

/** The keys of reportsDue's items alone, for the menu's count. */
function reportKeysDue(context: InboxContext, name: string, scope: SQL, departmentId: number | null): string[] {
  const { db, userId } = context;
  return prepared(db, `${name}Keys`, () => db.select({ id: projects.id }).from(projects).where(reportDue(scope)).prepare())
    .all({ userId, departmentId, horizon: reportHorizon(context) })
    .map((row) => reportKey(row.id));
}

const inDepartment = eq(projects.departmentId, departmentId$);
const ownProject = or(eq(projects.ownerId, userId$), eq(projects.leadId, userId$))!;

export const departmentReportsDue = (context: InboxContext, departmentId: number) => reportsDue(context, "departmentReportsDue", inDepartment, departmentId);
export const departmentReportKeysDue = (context: InboxContext, departmentId: number) =>
  reportKeysDue(context, "departmentReportsDue", inDepartment, departmentId);
export const ownReportsDue = (context: InboxContext) => reportsDue(context, "ownReportsDue", ownProject, null);
export const ownReportKeysDue = (context: InboxContext) => reportKeysDue(context, "ownReportsDue", ownProject, null);

/**
 * The day of the next measurement, as addMonths (lib/domain/dates.ts) counts it: the frequency in calendar months
 * after the latest measurement (or the baseline date), the day of month kept unless the target month is shorter.
 */
const measurementFrom = sql<string>`coalesce(${benefits.latestMeasuredOn}, ${benefits.baselineDate})`;
const nextMeasurementDue = sql<string>`date(${measurementFrom}, 'start of month', '+' || ${benefits.measurementFrequencyMonths} || ' months',
  '+' || (min(cast(strftime('%d', ${measurementFrom}) as integer),
    cast(strftime('%d', date(${measurementFrom}, 'start of month', '+' || (${benefits.measurementFrequencyMonths} + 1) || ' months', '-1 day')) as integer)) - 1) || ' days')`;

/**
 * Active benefits among `scope` whose next measurement falls on or before the horizon, read from the kept due key: due
 * on or before a day is due before the day after it, whose key `horizon$` is (measurementDueKeyOf).
 */
const measurementDue = (scope: SQL) => and(scope, notInArray(benefits.status, ["cancelled", "realised"]), sql`${benefits.measurementDueKey} < ${horizon$}`);

const horizonKey = (until: string) => measurementDueKeyOf(plusDays(until, 1));

const measurementKey = (benefitId: number) => `measurement:${benefitId}`;

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
      .where(measurementDue(scope))
      .prepare(),
  )
    .all({ userId, departmentId, horizon: horizonKey(until) })
    .map((row) => ({
      kind: "measurement_due",
      key: measurementKey(row.id),
      title: `${row.title} (${row.code})`,
      why: () =>
        row.measuredOn
          ? `Seneste måling er fra ${formatDate(row.measuredOn)}; gevinsten måles ${measurementFrequencyLabel(row.frequency).toLowerCase()}.`
          : `Gevinsten er ikke målt siden baselinen ${formatDate(row.from)}; den måles ${measurementFrequencyLabel(row.frequency).toLowerCase()}.`,
      href: `/projects/${row.code}?tab=benefits#benefit-${row.id}`,
      dueDate: row.dueDate,
    }));
}

/** The keys of measurementsDue's items alone, for the menu's count. */
function measurementKeysDue({ db, userId }: InboxContext, name: string, scope: SQL, departmentId: number | null, until: string): string[] {
  return prepared(db, `${name}Keys`, () =>
    db.select({ id: benefits.id }).from(benefits).innerJoin(projects, eq(projects.id, benefits.projectId)).where(measurementDue(scope)).prepare(),
  )
    .all({ userId, departmentId, horizon: horizonKey(until) })
    .map((row) => measurementKey(row.id));
}

/** Overdue measurements on benefits of projects in the department. */
export const departmentMeasurementsOverdue = (context: InboxContext, departmentId: number) =>
  measurementsDue(context, "departmentMeasurementsOverdue", inDepartment, departmentId, plusDays(context.today, -1));
export const departmentMeasurementKeysOverdue = (context: InboxContext, departmentId: number) =>
  measurementKeysDue(context, "departmentMeasurementsOverdue", inDepartment, departmentId, plusDays(context.today, -1));

/** A benefit one owns, or whose project one leads when the benefit has no owner. */
const ownBenefit = or(eq(benefits.ownerId, userId$), and(isNull(benefits.ownerId), eq(projects.leadId, userId$)))!;

/** Measurements due soon or overdue on one's own benefits. */
export const ownMeasurementsDue = (context: InboxContext) =>
  measurementsDue(context, "ownMeasurementsDue", ownBenefit, null, plusDays(context.today, dueSoonDays));
export const ownMeasurementKeysDue = (context: InboxContext) =>
  measurementKeysDue(context, "ownMeasurementsDue", ownBenefit, null, plusDays(context.today, dueSoonDays));
