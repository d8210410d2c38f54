import "server-only";
import { and, asc, count, desc, eq, gte, isNotNull, isNull, lt, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db";
import {
  agendaItems,
  benefitRebaselines,
  benefits,
  decisions,
  experiments,
  gateRequests,
  involvements,
  meetingParticipants,
  meetings,
  minutesApprovals,
  privateNotes,
  projects,
  risks,
  statusReports,
  users,
  zones,
} from "@/db/schema";
import type { ChecklistItem } from "@/lib/domain/gate-checklist";
import { riskFrameVerdict } from "@/lib/domain/experiments";
import { can, type Actor } from "@/lib/permissions";
import { loadDecisionQueue } from "@/lib/queries/decision-queue";
import { clampedOffset, PAGE_SIZE, pageInfo, type PageRequest, type Paged } from "@/lib/validation/pagination";
import { listProjectBenefits } from "./benefits";
import { outer } from "./outer-column";
import { settledElsewhere } from "./settled-elsewhere";

const recorder = alias(users, "decision_recorder");

export type MeetingPeriod = "upcoming" | "past";

/**
 * One page of the meetings the reader may see: a director all, department heads and admins those with a
 * published agenda (asked of the permission table for both cases). Upcoming meetings soonest first, past ones
 * latest first; agenda items counted in SQL for the shown meetings only.
 */
export function listMeetings(
  reader: Actor,
  period: MeetingPeriod,
  today: string,
  request: PageRequest = { page: 1, limit: PAGE_SIZE, offset: 0 },
): Paged<MeetingSummary> {
  const db = getDb();
  const readsUnpublished = can(reader, "meeting.read", { kind: "meeting", agendaPublished: false });
  const readsPublished = can(reader, "meeting.read", { kind: "meeting", agendaPublished: true });
  if (!readsPublished && !readsUnpublished) return { rows: [], info: pageInfo(request, 0) };
  const where = and(
    // A meeting marked held, or whose minutes are locked, is over, whatever its date.
    period === "upcoming"
      ? and(gte(meetings.date, today), eq(meetings.status, "planned"), isNull(meetings.minutesLockedAt))
      : or(lt(meetings.date, today), eq(meetings.status, "held"), isNotNull(meetings.minutesLockedAt)),
    readsUnpublished ? (readsPublished ? undefined : isNull(meetings.agendaPublishedAt)) : isNotNull(meetings.agendaPublishedAt),
  );
  const total = db.select({ n: count() }).from(meetings).where(where).get()?.n ?? 0;
  const order = period === "upcoming" ? [asc(meetings.date), asc(meetings.time)] : [desc(meetings.date), desc(meetings.time)];
  const rows = db
    .select({
      id: meetings.id,
      title: meetings.title,
      date: meetings.date,
      time: meetings.time,
      location: meetings.location,
      status: meetings.status,
      agendaPublishedAt: meetings.agendaPublishedAt,
      itemCount: sql<number>`(select count(*) from agenda_items a where a.meeting_id = ${outer(meetings.id)})`.mapWith(Number),
    })
    .from(meetings)
    .where(where)
    .orderBy(...order)
    .limit(request.limit)
    .offset(clampedOffset(request, total))
    .all();
  return { rows, info: pageInfo(request, total) };
}
export type MeetingSummary = {
  id: number;
  title: string;
  date: string;
  time: string;
  location: string;
  status: (typeof meetings.$inferSelect)["status"];
  agendaPublishedAt: string | null;
  itemCount: number;
};

export function getMeeting(meetingId: number) {
  const db = getDb();
  const meeting = db.select().from(meetings).where(eq(meetings.id, meetingId)).get();
  if (!meeting) return null;
  const participants = db
    .select({ id: users.id, name: users.name, role: users.role, title: users.title })
    .from(meetingParticipants)
    .innerJoin(users, eq(users.id, meetingParticipants.userId))
    .where(eq(meetingParticipants.meetingId, meetingId))
    .orderBy(asc(users.name))
    .all();
  const items = db
    .select({ item: agendaItems, decision: decisions, recorderName: recorder.name, projectCode: projects.code })
    .from(agendaItems)
    .leftJoin(decisions, eq(decisions.agendaItemId, agendaItems.id))
    .leftJoin(recorder, eq(recorder.id, decisions.recordedById))
    .leftJoin(projects, eq(projects.id, agendaItems.projectId))
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position))
    .all()
    .map(({ item, decision, recorderName, projectCode }) => ({
      ...item,
      decision,
      recorderName,
      projectCode,
      // A request decided on its own page since it was put on the agenda: the board can only take note of it.
      settled: decision ? null : settledElsewhere(db, item),
    }));
  const approvals = db
    .select({ directorId: minutesApprovals.directorId, approvedAt: minutesApprovals.approvedAt, name: users.name })
    .from(minutesApprovals)
    .innerJoin(users, eq(users.id, minutesApprovals.directorId))
    .where(eq(minutesApprovals.meetingId, meetingId))
    .all();
  return { meeting, participants, items, approvals };
}
export type MeetingDetail = NonNullable<ReturnType<typeof getMeeting>>;
export type AgendaItemView = MeetingDetail["items"][number];

export function decisionQueue() {
  return loadDecisionQueue(getDb());
}

/** The people a board meeting may have as participants: the active directors. */
export function directorOptions() {
  return getDb()
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.active, true), eq(users.role, "director")))
    .orderBy(asc(users.name))
    .all();
}

/** The signed-in director's own notes for a meeting's items — never anyone else's. */
export function ownPrivateNotes(meetingId: number, userId: number): Record<number, string> {
  const rows = getDb()
    .select({ agendaItemId: privateNotes.agendaItemId, body: privateNotes.body })
    .from(privateNotes)
    .innerJoin(agendaItems, eq(agendaItems.id, privateNotes.agendaItemId))
    .where(and(eq(agendaItems.meetingId, meetingId), eq(privateNotes.userId, userId)))
    .all();
  return Object.fromEntries(rows.map((row) => [row.agendaItemId, row.body]));
}

function projectCard(projectId: number, tolerance: number) {
  const db = getDb();
  const project = db.select().from(projects).where(eq(projects.id, projectId)).get();
  if (!project) return null;
  const report = db
    .select()
    .from(statusReports)
    .where(and(eq(statusReports.projectId, projectId), eq(statusReports.state, "published")))
    .orderBy(desc(statusReports.publishedAt), desc(statusReports.id))
    .limit(1)
    .get();
  const topRisks = db
    .select({ id: risks.id, title: risks.title, probability: risks.probability, consequence: risks.consequence, action: risks.action })
    .from(risks)
    .where(and(eq(risks.projectId, projectId), eq(risks.status, "open")))
    .orderBy(desc(sql`${risks.probability} * ${risks.consequence}`))
    .limit(3)
    .all();
  const involvement = db.select().from(involvements).where(eq(involvements.projectId, projectId)).orderBy(desc(involvements.date)).limit(3).all();
  const lastDecisions = db
    .select({ id: decisions.id, outcome: decisions.outcome, text: decisions.text, recordedAt: decisions.recordedAt, title: agendaItems.title, meetingTitle: meetings.title })
    .from(decisions)
    .innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItems.projectId, projectId))
    .orderBy(desc(decisions.recordedAt))
    .limit(3)
    .all();
  return {
    project: { id: project.id, code: project.code, title: project.title, phase: project.phase, summary: project.summary },
    report: report ?? null,
    benefits: listProjectBenefits(projectId, tolerance),
    topRisks,
    involvement,
    lastDecisions,
  };
}

function gateCard(gateRequestId: number) {
  const gate = getDb().select().from(gateRequests).where(eq(gateRequests.id, gateRequestId)).get();
  return gate ? { ...gate, checklist: JSON.parse(gate.checklist) as ChecklistItem[] } : null;
}

function rebaselineCard(rebaselineId: number) {
  const row = getDb()
    .select({ rebaseline: benefitRebaselines, benefitTitle: benefits.title, unit: benefits.unit, indicator: benefits.indicator })
    .from(benefitRebaselines)
    .innerJoin(benefits, eq(benefits.id, benefitRebaselines.benefitId))
    .where(eq(benefitRebaselines.id, rebaselineId))
    .get();
  return row ? { ...row.rebaseline, benefitTitle: row.benefitTitle, unit: row.unit, indicator: row.indicator } : null;
}

function experimentCard(experimentId: number) {
  const db = getDb();
  const row = db
    .select({ experiment: experiments, zoneName: zones.name, zoneSlug: zones.slug, riskFrameKr: zones.riskFrameKr })
    .from(experiments)
    .innerJoin(zones, eq(zones.id, experiments.zoneId))
    .where(eq(experiments.id, experimentId))
    .get();
  if (!row) return null;
  const running = db
    .select({ total: sql<number>`coalesce(sum(${experiments.moneyAtRiskKr}), 0)` })
    .from(experiments)
    .where(and(eq(experiments.zoneId, row.experiment.zoneId), eq(experiments.state, "running"), ne(experiments.id, experimentId)))
    .get();
  return { ...row, frame: riskFrameVerdict(row.riskFrameKr, running?.total ?? 0, row.experiment.moneyAtRiskKr) };
}

/** Everything the board needs to decide each item, loaded at once for the meeting mode. */
export function presentationItems(meetingId: number, tolerance: number) {
  const detail = getMeeting(meetingId);
  if (!detail) return null;
  return {
    ...detail,
    cards: detail.items.map((item) => ({
      itemId: item.id,
      project: item.projectId ? projectCard(item.projectId, tolerance) : null,
      gate: item.gateRequestId ? gateCard(item.gateRequestId) : null,
      rebaseline: item.rebaselineId ? rebaselineCard(item.rebaselineId) : null,
      experiment: item.experimentId ? experimentCard(item.experimentId) : null,
    })),
  };
}
export type PresentationData = NonNullable<ReturnType<typeof presentationItems>>;
export type PresentationCard = PresentationData["cards"][number];
