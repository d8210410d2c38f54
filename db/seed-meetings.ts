import { and, asc, eq } from "drizzle-orm";
import type { Transaction } from "./index";
import {
  agendaItems,
  decisions,
  gateRequests,
  meetingParticipants,
  meetings,
  minutesApprovals,
  projects,
  users,
} from "./schema";
import { demoChairEmail, demoHeldMeeting, demoMeetingLocation, demoUpcomingMeeting, type DemoUpcomingItem } from "./demo-data-meetings";
import { recordAudit } from "../lib/audit";
import { parseDay, toDay } from "../lib/domain/dates";
import type { QueueItem, QueueKind } from "../lib/domain/meetings";
import { loadDecisionQueue } from "../lib/queries/decision-queue";

type Lookup = { project: (code: string) => { id: number; code: string; title: string }; user: (email: string) => number };

const addDays = (day: string, days: number) => toDay(new Date(parseDay(day).getTime() + days * 86_400_000));
const at = (day: string, time: string) => `${day}T${time}:00.000Z`;
const longDate = new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const meetingTitle = (day: string) => `Koncernledelsesmøde ${longDate.format(parseDay(day))}`;
const weekday = (day: string) => parseDay(day).getUTCDay();
/** Board meetings are held on weekdays: a Saturday or Sunday moves to the Friday before or the Monday after. */
const onWeekday = (day: string, direction: "before" | "after") =>
  weekday(day) === 6 ? addDays(day, direction === "before" ? -1 : 2) : weekday(day) === 0 ? addDays(day, direction === "before" ? -2 : 1) : day;

/** The agenda kind an item of the decision queue gets (as lib/services/meetings.ts addQueueItem). */
const kindOf = (queueKind: QueueKind) => (queueKind === "gate" ? "gate" : queueKind === "red_project" ? "discussion" : "decision");

function activeDirectors(tx: Transaction): number[] {
  return tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "director"), eq(users.active, true)))
    .orderBy(asc(users.id))
    .all()
    .map((row) => row.id);
}

function insertMeeting(tx: Transaction, values: typeof meetings.$inferInsert, participantIds: number[]): number {
  const id = tx.insert(meetings).values(values).returning({ id: meetings.id }).get().id;
  for (const userId of participantIds) tx.insert(meetingParticipants).values({ meetingId: id, userId }).run();
  return id;
}

/** The meeting that decided a historical gate: decisions, approved and locked minutes, project history. */
function seedHeldMeeting(tx: Transaction, lookup: Lookup, directors: number[]): void {
  const gateProject = lookup.project(demoHeldMeeting.gate.project);
  const gate = tx
    .select()
    .from(gateRequests)
    .where(and(eq(gateRequests.projectId, gateProject.id), eq(gateRequests.toPhase, demoHeldMeeting.gate.toPhase)))
    .get();
  if (!gate?.decidedAt || !gate.decidedById || (gate.status !== "approved" && gate.status !== "rejected")) {
    throw new Error(`Meeting demo data needs a decided gate request for ${gateProject.code}`);
  }
  const gateOutcome: "approved" | "rejected" = gate.status === "approved" ? "approved" : "rejected";
  const day = onWeekday(gate.decidedAt.slice(0, 10), "before");
  const decidedAt = `${day}${gate.decidedAt.slice(10)}`;
  if (decidedAt !== gate.decidedAt) tx.update(gateRequests).set({ decidedAt }).where(eq(gateRequests.id, gate.id)).run();
  const title = meetingTitle(day);
  const chair = lookup.user(demoChairEmail);
  const meetingId = insertMeeting(
    tx,
    {
      title,
      date: day,
      time: demoHeldMeeting.time,
      location: demoMeetingLocation,
      status: "held",
      agendaPublishedAt: at(addDays(day, -7), "10:00"),
      agendaPublishedById: chair,
      createdById: chair,
      createdAt: at(addDays(day, -14), "09:00"),
      updatedAt: decidedAt,
    },
    directors,
  );

  demoHeldMeeting.items.forEach((item, index) => {
    const project = item.kind === "information" ? null : lookup.project(item.project);
    const itemTitle =
      item.kind === "information"
        ? item.title
        : item.kind === "gate"
          ? `Fasegodkendelse: ${project!.title}`
          : `Rød status: ${project!.title}`;
    const agendaItemId = tx
      .insert(agendaItems)
      .values({
        meetingId,
        position: index + 1,
        kind: item.kind === "red_project" ? "discussion" : item.kind,
        queueKind: item.kind === "information" ? null : item.kind,
        title: itemTitle,
        summary: item.summary,
        proposedDecision: item.proposedDecision,
        projectId: project?.id ?? null,
        gateRequestId: item.kind === "gate" ? gate.id : null,
        createdAt: at(addDays(day, -8), "14:00"),
        updatedAt: at(addDays(day, -8), "14:00"),
      })
      .returning({ id: agendaItems.id })
      .get().id;
    const decision =
      item.kind === "gate"
        ? { outcome: gateOutcome, text: gate.decisionComment ?? "", recordedById: gate.decidedById!, recordedAt: decidedAt }
        : { outcome: item.decision.outcome, text: item.decision.text, recordedById: lookup.user(item.decision.byEmail), recordedAt: at(day, item.decision.recordedAt) };
    tx.insert(decisions).values({ agendaItemId, ...decision }).run();
    if (project) {
      recordAudit(tx, {
        actorId: decision.recordedById,
        actorRole: "director",
        action: "meeting.decision",
        objectType: "project",
        objectId: project.code,
        changes: { meetingId, agendaItemId, outcome: decision.outcome, title: itemTitle, meetingTitle: title },
      });
    }
  });

  let lockedAt = "";
  directors.forEach((directorId, index) => {
    const approvedAt = at(addDays(day, demoHeldMeeting.approvalDays[index % demoHeldMeeting.approvalDays.length]), `${String(8 + index).padStart(2, "0")}:30`);
    if (approvedAt > lockedAt) lockedAt = approvedAt;
    tx.insert(minutesApprovals).values({ meetingId, directorId, approvedAt }).run();
  });
  tx.update(meetings).set({ status: "minutes_approved", minutesLockedAt: lockedAt, updatedAt: lockedAt }).where(eq(meetings.id, meetingId)).run();
}

function queueItemFor(queue: QueueItem[], item: DemoUpcomingItem & { project: string }, projectId: number): QueueItem {
  const found = queue.find((candidate) => candidate.queueKind === item.kind && candidate.projectId === projectId);
  if (!found) throw new Error(`Meeting demo data: ${item.project} has no ${item.kind} item in the decision queue`);
  return found;
}

/** The next meeting: a published agenda drawn from the decision queue, with proposed decisions. */
function seedUpcomingMeeting(tx: Transaction, lookup: Lookup, directors: number[], today: string): void {
  const day = onWeekday(addDays(today, demoUpcomingMeeting.daysAhead), "after");
  const chair = lookup.user(demoChairEmail);
  const prepared = at(addDays(today, -demoUpcomingMeeting.publishedDaysAgo), "11:00");
  const meetingId = insertMeeting(
    tx,
    {
      title: meetingTitle(day),
      date: day,
      time: demoUpcomingMeeting.time,
      location: demoMeetingLocation,
      status: "planned",
      agendaPublishedAt: prepared,
      agendaPublishedById: chair,
      createdById: chair,
      createdAt: at(addDays(today, -demoUpcomingMeeting.publishedDaysAgo - 5), "09:00"),
      updatedAt: prepared,
    },
    directors,
  );
  const queue = loadDecisionQueue(tx);
  demoUpcomingMeeting.items.forEach((item: DemoUpcomingItem, index) => {
    const common = { meetingId, position: index + 1, proposedDecision: item.proposedDecision, createdAt: prepared, updatedAt: prepared };
    if (!("project" in item)) {
      tx.insert(agendaItems).values({ ...common, kind: item.kind, title: item.title, summary: item.summary }).run();
      return;
    }
    const queued = queueItemFor(queue, item, lookup.project(item.project).id);
    tx.insert(agendaItems)
      .values({
        ...common,
        kind: kindOf(queued.queueKind),
        queueKind: queued.queueKind,
        title: queued.title,
        summary: queued.summary,
        projectId: queued.projectId,
        gateRequestId: queued.gateRequestId ?? null,
        rebaselineId: queued.rebaselineId ?? null,
        changeRequestId: queued.changeRequestId ?? null,
        experimentId: queued.experimentId ?? null,
      })
      .run();
  });
}

/**
 * Board meetings for the demo: one held meeting whose minutes every director approved (its decisions
 * are in the project histories) and one upcoming meeting with a published agenda from the decision queue.
 * Runs inside the demo seed's transaction, after the portfolio, benefits and zones seeds.
 */
export function seedMeetingsDemo(tx: Transaction, now: Date): void {
  const projectByCode = new Map(
    tx.select({ id: projects.id, code: projects.code, title: projects.title }).from(projects).all().map((project) => [project.code, project]),
  );
  const userByEmail = new Map(tx.select({ id: users.id, email: users.email }).from(users).all().map((user) => [user.email, user.id]));
  const lookup: Lookup = {
    project: (code) => {
      const project = projectByCode.get(code);
      if (!project) throw new Error(`Meeting demo data refers to unknown project "${code}"`);
      return project;
    },
    user: (email) => {
      const id = userByEmail.get(email);
      if (id === undefined) throw new Error(`Meeting demo data refers to unknown user "${email}"`);
      return id;
    },
  };
  const directors = activeDirectors(tx);
  seedHeldMeeting(tx, lookup, directors);
  seedUpcomingMeeting(tx, lookup, directors, toDay(now));
}
