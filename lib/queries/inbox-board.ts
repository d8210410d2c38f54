import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { benefitRebaselines, benefits, experiments, gateRequests, meetingParticipants, meetings, minutesApprovals, projectChangeRequests, projects, zones } from "@/db/schema";
import { parseFieldChanges } from "@/lib/domain/controlled-fields";
import { decisionLeadDays, dueAfter, minutesLeadDays, type InboxCandidate } from "@/lib/domain/inbox";
import { controlledFieldLabels, phaseLabels } from "@/lib/domain/labels";
import { formatDate, formatKr } from "@/lib/format";
import { prepared } from "./inbox-prepared";
import { plusDays, requester, today$, userId$, type InboxContext } from "./inbox-context";
import { outer } from "./outer-column";

/** The board's items: what waits for a director's decision, approval or meeting. */

/** A gate request waiting for the board. */
const pendingGate = eq(gateRequests.status, "pending");

/** A gate request's subject in the inbox: the board's decision and the department's wait are one item. */
export const gateKey = (id: number) => `gate:${id}`;

/** Gate requests waiting for a director's decision. */
export function gateDecisions({ db }: InboxContext): InboxCandidate[] {
  return prepared(db, "gateDecisions", () =>
    db
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
      .where(pendingGate)
      .prepare(),
  )
    .all()
    .map((row) => ({
      kind: "gate_decision",
      key: gateKey(row.id),
      title: `${row.code} ${row.title}`,
      why: () => `${row.requestedBy} anmoder om at gå fra ${phaseLabels[row.from]} til ${phaseLabels[row.to]}; en direktør skal godkende eller afvise.`,
      href: `/projects/${row.code}#phase-heading`,
      dueDate: dueAfter(row.requestedAt, decisionLeadDays),
    }));
}

/** The keys of gateDecisions' items alone, for the menu's count (a gate request's project and requester always exist). */
export function gateDecisionKeys({ db }: InboxContext): string[] {
  return prepared(db, "gateDecisionKeys", () => db.select({ id: gateRequests.id }).from(gateRequests).where(pendingGate).prepare())
    .all()
    .map((row) => gateKey(row.id));
}

export function changeRequestDecisions({ db }: InboxContext): InboxCandidate[] {
  return prepared(db, "changeRequestDecisions", () =>
    db
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
      .prepare(),
  )
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
  return prepared(db, "rebaselineDecisions", () =>
    db
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
      .prepare(),
  )
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
  return prepared(db, "experimentApprovals", () =>
    db
      .select({ id: experiments.id, title: experiments.title, atRisk: experiments.moneyAtRiskKr, updatedAt: experiments.updatedAt, zoneName: zones.name })
      .from(experiments)
      .innerJoin(zones, eq(zones.id, experiments.zoneId))
      .where(and(eq(experiments.state, "awaiting_approval"), eq(zones.sponsorId, userId$)))
      .prepare(),
  )
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
  return prepared(db, "minutesApprovalsDue", () =>
    db
      .select({ id: meetings.id, title: meetings.title, date: meetings.date })
      .from(meetingParticipants)
      .innerJoin(meetings, eq(meetings.id, meetingParticipants.meetingId))
      .where(
        and(
          eq(meetingParticipants.userId, userId$),
          isNull(meetings.minutesLockedAt),
          sql`exists (select 1 from agenda_items a join decisions d on d.agenda_item_id = a.id where a.meeting_id = ${outer(meetings.id)})`,
          sql`not exists (select 1 from ${minutesApprovals} where ${minutesApprovals.meetingId} = ${outer(meetings.id)} and ${minutesApprovals.directorId} = ${userId$})`,
        ),
      )
      .prepare(),
  )
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

/** The next board meeting this director takes part in that has not been held yet, and whether its agenda is published. */
export function nextMeeting({ db, userId, today }: InboxContext): InboxCandidate[] {
  const row = prepared(db, "nextMeeting", () =>
    db
      .select({ id: meetings.id, title: meetings.title, date: meetings.date, time: meetings.time, publishedAt: meetings.agendaPublishedAt })
      .from(meetingParticipants)
      .innerJoin(meetings, eq(meetings.id, meetingParticipants.meetingId))
      .where(and(eq(meetingParticipants.userId, userId$), sql`${meetings.date} >= ${today$}`, eq(meetings.status, "planned"), isNull(meetings.minutesLockedAt)))
      .orderBy(asc(meetings.date), asc(meetings.time))
      .limit(1)
      .prepare(),
  )
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
