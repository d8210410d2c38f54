import "server-only";
import { and, asc, eq, gt, inArray, isNotNull, isNull, lte, ne, notInArray, or, sql, type SQL } from "drizzle-orm";

const userId$ = sql.placeholder("userId");
const departmentId$ = sql.placeholder("departmentId");
const today$ = sql.placeholder("today");
const horizon$ = sql.placeholder("horizon");
const now$ = sql.placeholder("now");
const since$ = sql.placeholder("since");
import { alias } from "drizzle-orm/sqlite-core";
import type { AppDatabase } from "@/db";
import {
  benefitRebaselines,
  benefits,
  experiments,
  gateRequests,
  ideaComments,
  ideas,
  meetingParticipants,
  meetings,
  minutesApprovals,
  oneTimeLinks,
  projectChangeRequests,
  projects,
  risks,
  users,
  zones,
} from "@/db/schema";
import { parseFieldChanges } from "@/lib/domain/controlled-fields";
import {
  decisionLeadDays,
  dueAfter,
  dueSoonDays,
  minutesLeadDays,
  reportDueDate,
  triageLeadDays,
  type InboxCandidate,
} from "@/lib/domain/inbox";
import { controlledFieldLabels, experimentStateLabels, ideaStatusLabels, phaseLabels } from "@/lib/domain/labels";
import { formatDate, formatDateTime, formatKr } from "@/lib/format";
import { prepared } from "./inbox-prepared";

/**
 * The SQL behind each kind of inbox item. Every source is one indexed query (no query per row); the rules that
 * turn rows into items (due dates, urgency, order) are in lib/domain/inbox.ts.
 */

export type InboxContext = { db: AppDatabase; userId: number; today: string; now: Date; staleDays: number };

const requester = alias(users, "requester");

/** Phases in which a project publishes status reports (as isStatusStale in lib/domain/staleness.ts). */
const reportingPhases = ["analysis", "trial", "implementation", "realisation"] as const;
/** A 15+ risk without an action is due for one this many days after it was registered. */
const riskActionLeadDays = 7;

function plusDays(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

// --- The board (directors) ---

export function gateDecisions({ db }: InboxContext): InboxCandidate[] {
  return prepared(db, "gateDecisions", () => db
    .select({
      id: gateRequests.id,
      code: projects.code,
      title: projects.title,
      from: gateRequests.fromPhase,
      to: gateRequests.toPhase,
      requestedAt: gateRequests.requestedAt,
      requestedBy: requester.name,
    })
    .from(gateRequests)
    .innerJoin(projects, eq(projects.id, gateRequests.projectId))
    .innerJoin(requester, eq(requester.id, gateRequests.requestedById))
    .where(eq(gateRequests.status, "pending"))
    .prepare())
    .all()
    .map((row) => ({
      kind: "gate_decision",
      key: `gate:${row.id}`,
      title: `${row.code} ${row.title}`,
      why: () => `${row.requestedBy} anmoder om at gå fra ${phaseLabels[row.from]} til ${phaseLabels[row.to]}; en direktør skal godkende eller afvise.`,
      href: `/projects/${row.code}#phase-heading`,
      dueDate: dueAfter(row.requestedAt, decisionLeadDays),
    }));
}

export function changeRequestDecisions({ db }: InboxContext): InboxCandidate[] {
  return prepared(db, "changeRequestDecisions", () => db
    .select({
      id: projectChangeRequests.id,
      code: projects.code,
      title: projects.title,
      changes: projectChangeRequests.changes,
      requestedAt: projectChangeRequests.requestedAt,
      requestedBy: requester.name,
    })
    .from(projectChangeRequests)
    .innerJoin(projects, eq(projects.id, projectChangeRequests.projectId))
    .innerJoin(requester, eq(requester.id, projectChangeRequests.requestedById))
    .where(eq(projectChangeRequests.status, "pending"))
    .prepare())
    .all()
    .map((row) => {
      const fields = parseFieldChanges(row.changes)
        .map((change) => controlledFieldLabels[change.field].toLowerCase())
        .join(", ");
      return {
        kind: "change_request_decision",
        key: `change:${row.id}`,
        title: `${row.code} ${row.title}`,
        why: () => `${row.requestedBy} anmoder om at ændre ${fields}; det er direktionens tal, så en direktør skal beslutte.`,
        href: `/projects/${row.code}#aendringsanmodning`,
        dueDate: dueAfter(row.requestedAt, decisionLeadDays),
      };
    });
}

export function rebaselineDecisions({ db }: InboxContext): InboxCandidate[] {
  return prepared(db, "rebaselineDecisions", () => db
    .select({
      id: benefitRebaselines.id,
      benefitId: benefits.id,
      benefitTitle: benefits.title,
      code: projects.code,
      requestedAt: benefitRebaselines.requestedAt,
      requestedBy: requester.name,
    })
    .from(benefitRebaselines)
    .innerJoin(benefits, eq(benefits.id, benefitRebaselines.benefitId))
    .innerJoin(projects, eq(projects.id, benefits.projectId))
    .innerJoin(requester, eq(requester.id, benefitRebaselines.requestedById))
    .where(eq(benefitRebaselines.status, "pending"))
    .prepare())
    .all()
    .map((row) => ({
      kind: "rebaseline_decision",
      key: `rebaseline:${row.id}`,
      title: `${row.benefitTitle} (${row.code})`,
      why: () => `${row.requestedBy} anmoder om ny baseline eller nyt mål; baselinen er låst, så en direktør skal godkende ændringen.`,
      href: `/projects/${row.code}?tab=benefits#benefit-${row.benefitId}`,
      dueDate: dueAfter(row.requestedAt, decisionLeadDays),
    }));
}

/** Experiments over their zone's frame that wait for this director as the zone's sponsor (the rule of experiment.decide). */
export function experimentApprovals({ db, userId }: InboxContext): InboxCandidate[] {
  return prepared(db, "experimentApprovals", () => db
    .select({ id: experiments.id, title: experiments.title, atRisk: experiments.moneyAtRiskKr, updatedAt: experiments.updatedAt, zoneName: zones.name })
    .from(experiments)
    .innerJoin(zones, eq(zones.id, experiments.zoneId))
    .where(and(eq(experiments.state, "awaiting_approval"), eq(zones.sponsorId, userId$)))
    .prepare())
    .all({ userId })
    .map((row) => ({
      kind: "experiment_approval",
      key: `experiment:${row.id}`,
      title: row.title,
      why: () => `Forsøget sætter ${formatKr(row.atRisk)} på spil og bringer ${row.zoneName} over sin risikoramme; du er sponsor og skal godkende eller afvise.`,
      href: `/experiments/${row.id}`,
      dueDate: dueAfter(row.updatedAt, decisionLeadDays),
    }));
}

/** Minutes of a meeting this director took part in, with decisions recorded, not locked and not yet approved by them. */
export function minutesApprovalsDue({ db, userId }: InboxContext): InboxCandidate[] {
  return prepared(db, "minutesApprovalsDue", () => db
    .select({ id: meetings.id, title: meetings.title, date: meetings.date })
    .from(meetingParticipants)
    .innerJoin(meetings, eq(meetings.id, meetingParticipants.meetingId))
    .where(
      and(
        eq(meetingParticipants.userId, userId$),
        isNull(meetings.minutesLockedAt),
        sql`exists (select 1 from agenda_items a join decisions d on d.agenda_item_id = a.id where a.meeting_id = ${meetings.id})`,
        sql`not exists (select 1 from ${minutesApprovals} where ${minutesApprovals.meetingId} = ${meetings.id} and ${minutesApprovals.directorId} = ${userId$})`,
      ),
    )
    .prepare())
    .all({ userId })
    .map((row) => ({
      kind: "minutes_approval",
      key: `minutes:${row.id}`,
      title: row.title,
      why: () => `Beslutningsreferatet fra mødet ${formatDate(row.date)} venter på din godkendelse; det låses, når alle deltagende direktører har godkendt.`,
      href: `/meetings/${row.id}/minutes`,
      dueDate: plusDays(row.date, minutesLeadDays),
    }));
}

/** The next board meeting this director takes part in, and whether its agenda is published. */
export function nextMeeting({ db, userId, today }: InboxContext): InboxCandidate[] {
  const row = prepared(db, "nextMeeting", () => db
    .select({ id: meetings.id, title: meetings.title, date: meetings.date, time: meetings.time, publishedAt: meetings.agendaPublishedAt })
    .from(meetingParticipants)
    .innerJoin(meetings, eq(meetings.id, meetingParticipants.meetingId))
    .where(and(eq(meetingParticipants.userId, userId$), sql`${meetings.date} >= ${today$}`, isNull(meetings.minutesLockedAt)))
    .orderBy(asc(meetings.date), asc(meetings.time))
    .limit(1)
    .prepare())
    .get({ userId, today });
  if (!row) return [];
  return [
    {
      kind: "next_meeting",
      key: `meeting:${row.id}`,
      title: row.title,
      why: () => row.publishedAt
        ? `Mødet er ${formatDate(row.date)} kl. ${row.time}; dagsordenen blev offentliggjort ${formatDate(row.publishedAt)}.`
        : `Mødet er ${formatDate(row.date)} kl. ${row.time}; dagsordenen er ikke offentliggjort endnu.`,
      href: `/meetings/${row.id}`,
      dueDate: row.date,
    },
  ];
}

// --- Status reports and measurements (a department head's department, or one's own projects and benefits) ---

/** Projects in a reporting phase whose next status report is overdue or due soon, among `scope`. */
function reportsDue({ db, userId, today, staleDays }: InboxContext, name: string, scope: SQL, departmentId: number | null): InboxCandidate[] {
  // Due within dueSoonDays: the latest publication is older than staleDays - dueSoonDays days.
  const horizon = `${plusDays(today, dueSoonDays - staleDays)}T23:59:59.999Z`;
  return prepared(db, name, () => db
    .select({ id: projects.id, code: projects.code, title: projects.title, phase: projects.phase, publishedAt: projects.latestPublishedAt })
    .from(projects)
    .where(
      and(scope, inArray(projects.phase, [...reportingPhases]), or(isNull(projects.latestPublishedAt), sql`${projects.latestPublishedAt} <= ${horizon$}`)),
    )
    .prepare())
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

// --- A department head's department ---

/** Open risks scored 15 or more (probability × consequence) without an action, on the department's running projects. */
export function risksWithoutAction({ db }: InboxContext, departmentId: number): InboxCandidate[] {
  return prepared(db, "risksWithoutAction", () => db
    .select({ id: risks.id, title: risks.title, score: sql<number>`${risks.probability} * ${risks.consequence}`, createdAt: risks.createdAt, code: projects.code })
    .from(projects)
    .innerJoin(risks, eq(risks.projectId, projects.id))
    .where(
      and(
        eq(projects.departmentId, departmentId$),
        notInArray(projects.phase, ["closed", "stopped"]),
        // Unary plus: look risks up by the department's projects, not through the status index over every project.
        sql`+${risks.status} = 'open'`,
        sql`${risks.probability} * ${risks.consequence} >= 15`,
        sql`trim(${risks.action}) = ''`,
      ),
    )
    .prepare())
    .all({ departmentId })
    .map((row) => ({
      kind: "risk_without_action",
      key: `risk:${row.id}`,
      title: `${row.title} (${row.code})`,
      why: () => `Risikoen har score ${row.score} (sandsynlighed × konsekvens) og intet tiltag.`,
      href: `/projects/${row.code}?tab=risks`,
      dueDate: dueAfter(row.createdAt, riskActionLeadDays),
    }));
}

/** New ideas for the department, waiting for triage. */
export function ideasToTriage({ db }: InboxContext, departmentId: number): InboxCandidate[] {
  return prepared(db, "ideasToTriage", () => db
    .select({ id: ideas.id, title: ideas.title, createdAt: ideas.createdAt, author: users.name })
    .from(ideas)
    .innerJoin(users, eq(users.id, ideas.authorId))
    .where(and(eq(ideas.status, "new"), eq(ideas.departmentId, departmentId$)))
    .prepare())
    .all({ departmentId })
    .map((row) => ({
      kind: "idea_triage",
      key: `idea:${row.id}`,
      title: row.title,
      why: () => `${row.author} foreslog idéen ${formatDate(row.createdAt)}; den venter på en vurdering.`,
      href: `/ideas/${row.id}`,
      dueDate: dueAfter(row.createdAt, triageLeadDays),
    }));
}

/** Gate requests on the department's projects still waiting for the board. */
export function departmentGatesWaiting({ db }: InboxContext, departmentId: number): InboxCandidate[] {
  return prepared(db, "departmentGatesWaiting", () => db
    .select({ id: gateRequests.id, code: projects.code, title: projects.title, from: gateRequests.fromPhase, to: gateRequests.toPhase, requestedAt: gateRequests.requestedAt })
    .from(projects)
    .innerJoin(gateRequests, eq(gateRequests.projectId, projects.id))
    .where(and(eq(projects.departmentId, departmentId$), eq(gateRequests.status, "pending")))
    .prepare())
    .all({ departmentId })
    .map((row) => ({
      kind: "gate_waiting",
      key: `gate:${row.id}`,
      title: `${row.code} ${row.title}`,
      why: () => `Anmodningen om at gå fra ${phaseLabels[row.from]} til ${phaseLabels[row.to]} (${formatDate(row.requestedAt)}) venter på direktionens beslutning.`,
      href: `/projects/${row.code}#phase-heading`,
      dueDate: dueAfter(row.requestedAt, decisionLeadDays),
    }));
}

// --- One's own experiments and ideas ---

/**
 * The next step of one's experiments: a draft one created (start it), a running one one created or leads the
 * zone of whose period ends within dueSoonDays (write the learning card), a finished one to scale in a zone one
 * leads (make it a project).
 */
export function experimentNextSteps({ db, userId, today }: InboxContext): InboxCandidate[] {
  const horizon = plusDays(today, dueSoonDays);
  const mine = or(eq(experiments.createdById, userId$), eq(zones.leadId, userId$));
  return prepared(db, "experimentNextSteps", () => db
    .select({
      id: experiments.id,
      title: experiments.title,
      state: experiments.state,
      periodEnd: experiments.periodEnd,
      createdById: experiments.createdById,
      zoneLeadId: zones.leadId,
    })
    .from(experiments)
    .innerJoin(zones, eq(zones.id, experiments.zoneId))
    .where(
      or(
        and(eq(experiments.state, "draft"), eq(experiments.createdById, userId$)),
        and(eq(experiments.state, "running"), mine, isNotNull(experiments.periodEnd), lte(experiments.periodEnd, horizon$)),
        and(eq(experiments.state, "finished"), eq(experiments.decision, "scale"), isNull(experiments.promotedProjectId), eq(zones.leadId, userId$)),
      ),
    )
    .prepare())
    .all({ userId, horizon })
    .map((row) => {
      const base = { kind: "experiment_next_step" as const, key: `experiment:${row.id}`, title: row.title, href: `/experiments/${row.id}` };
      if (row.state === "draft") {
        return { ...base, why: () => `Forsøget er en ${experimentStateLabels.draft.toLowerCase()}; start det, når testkortet er klar.`, dueDate: null };
      }
      if (row.state === "running") {
        return { ...base, why: () => `Forsøgsperioden slutter ${formatDate(row.periodEnd)}; skriv observation og læring på læringskortet.`, dueDate: row.periodEnd };
      }
      return { ...base, why: () => "Forsøget er besluttet skaleret; gør det til et projekt i udviklingsrummet.", dueDate: null };
    });
}

/** One's ideas that were triaged or commented on by others since `since`. */
export function ideaAnswers({ db, userId }: InboxContext, since: string): InboxCandidate[] {
  // The idea's id written out in full: in a one-table select drizzle leaves column names unqualified.
  const newComments = sql<number>`(select count(*) from ${ideaComments} c where c.idea_id = "ideas"."id" and c.author_id <> ${userId$} and c.created_at > ${since$})`;
  return prepared(db, "ideaAnswers", () => db
    .select({ id: ideas.id, title: ideas.title, status: ideas.status, updatedAt: ideas.updatedAt, comments: newComments.mapWith(Number) })
    .from(ideas)
    .where(and(eq(ideas.authorId, userId$), or(and(ne(ideas.status, "new"), gt(ideas.updatedAt, since$)), sql`${newComments} > 0`)))
    .prepare())
    .all({ userId, since })
    .map((row) => {
      const triaged = row.status !== "new" && row.updatedAt > since;
      const parts = [
        triaged ? `Idéen har fået status ${ideaStatusLabels[row.status].toLowerCase()}` : null,
        row.comments > 0 ? `${row.comments} ${row.comments === 1 ? "ny kommentar" : "nye kommentarer"}` : null,
      ].filter(Boolean);
      return {
        kind: "idea_answer",
        key: `idea-answer:${row.id}`,
        title: row.title,
        why: () => `${parts.join(" og ")} siden dit sidste besøg.`,
        href: `/ideas/${row.id}`,
        dueDate: null,
      };
    });
}

// --- Administrators ---

/** Accounts whose sign-in is throttled now: the lock column, a throttle on the e-mail, or on the e-mail from one address. */
export function lockedAccounts({ db, now }: InboxContext): InboxCandidate[] {
  const nowIso = now.toISOString();
  const statement = prepared(db, "lockedAccounts", () =>
    db.$client.prepare<{ now: string }, { id: number; name: string; until: string }>(`
      select id, name, max(until) as until from (
        select u.id, u.name, u.locked_until as until from users u where u.locked_until > @now
        union all
        select u.id, u.name, t.locked_until from login_throttles t
          join users u on u.email = (case when instr(t.account_key, char(10)) > 0
            then substr(t.account_key, 1, instr(t.account_key, char(10)) - 1) else t.account_key end)
          where t.locked_until > @now
      ) group by id`),
  );
  const rows = statement.all({ now: nowIso });
  return rows.map((row) => ({
    kind: "locked_account",
    key: `user-locked:${row.id}`,
    title: row.name,
    why: () => `Kontoen er låst efter for mange mislykkede login indtil ${formatDateTime(row.until)}; lås den op, hvis det er brugeren selv.`,
    href: `/admin/users/${row.id}`,
    dueDate: row.until.slice(0, 10),
  }));
}

/** Active users other than directors (who sit above the departments) with no department. */
export function usersWithoutDepartment({ db }: InboxContext): InboxCandidate[] {
  return prepared(db, "usersWithoutDepartment", () => db
    .select({ id: users.id, name: users.name, createdAt: users.createdAt })
    .from(users)
    .where(and(eq(users.active, true), isNull(users.departmentId), ne(users.role, "director")))
    .prepare())
    .all()
    .map((row) => ({
      kind: "user_without_department",
      key: `user-department:${row.id}`,
      title: row.name,
      why: () => "Brugeren hører ikke til nogen afdeling, så afdelingens rettigheder og lister gælder ikke for vedkommende.",
      href: `/admin/users/${row.id}`,
      dueDate: null,
    }));
}

/** One-time links, neither used nor revoked, that expire within 24 hours. */
export function expiringLinks({ db, now }: InboxContext): InboxCandidate[] {
  const nowIso = now.toISOString();
  const until = new Date(now.getTime() + 86_400_000).toISOString();
  return prepared(db, "expiringLinks", () => db
    .select({ id: oneTimeLinks.id, userId: users.id, name: users.name, expiresAt: oneTimeLinks.expiresAt })
    .from(oneTimeLinks)
    .innerJoin(users, eq(users.id, oneTimeLinks.userId))
    .where(and(isNull(oneTimeLinks.usedAt), isNull(oneTimeLinks.revokedAt), gt(oneTimeLinks.expiresAt, now$), lte(oneTimeLinks.expiresAt, horizon$)))
    .prepare())
    .all({ now: nowIso, horizon: until })
    .map((row) => ({
      kind: "expiring_link",
      key: `link:${row.id}`,
      title: row.name,
      why: () => `Engangslinket til at vælge adgangskode udløber ${formatDateTime(row.expiresAt)} uden at være brugt; send et nyt, hvis brugeren ikke har fået det.`,
      href: `/admin/users/${row.userId}`,
      dueDate: row.expiresAt.slice(0, 10),
    }));
}
