import { and, asc, eq, getTableName } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dropAllTables, seedDemo } from "@/db/seed";
import { migrateDatabase } from "@/db/migrate";
import {
  agendaItems,
  auditEvents,
  benefitRebaselines,
  decisions,
  gateRequests,
  meetingParticipants,
  meetings,
  minutesApprovals,
  privateNotes,
  projects,
  statusReports,
  users,
} from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { daysBetween, parseDay, toDay } from "@/lib/domain/dates";
import { describeHistoryEvent } from "@/lib/domain/history";
import { queueKey } from "@/lib/domain/meetings";
import { projectHistory } from "@/lib/queries/project-tabs";
import { loadDecisionQueue } from "@/lib/queries/decision-queue";
import { loadDemoDatabase, withTempDatabase } from "./temp-database";

const db = withTempDatabase();

async function seeded(requested?: Date) {
  const now = await loadDemoDatabase(requested);
  const all = db().select().from(meetings).orderBy(asc(meetings.date)).all();
  const itemsOf = (meetingId: number) => db().select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position)).all();
  const participantsOf = (meetingId: number) =>
    db()
      .select({ id: meetingParticipants.userId })
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, meetingId))
      .all()
      .map((row) => row.id)
      .sort((a, b) => a - b);
  const activeDirectors = db()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "director"), eq(users.active, true)))
    .all()
    .map((row) => row.id)
    .sort((a, b) => a - b);
  return { today: toDay(now), all, itemsOf, participantsOf, activeDirectors };
}

const decisionOf = (itemId: number) => db().select().from(decisions).where(eq(decisions.agendaItemId, itemId)).get();
const isWeekday = (day: string) => ![0, 6].includes(parseDay(day).getUTCDay());

/** The overall light of the project's newest published report dated before `day`. */
function lightBefore(projectId: number, day: string) {
  return db()
    .select({ light: statusReports.overallLight, date: statusReports.reportDate })
    .from(statusReports)
    .where(and(eq(statusReports.projectId, projectId), eq(statusReports.state, "published")))
    .all()
    .filter((report) => report.date < day)
    .sort((a, b) => b.date.localeCompare(a.date))[0]?.light;
}

describe("meetings demo seed", () => {
  it("seeds one held meeting in the past and one upcoming meeting in one to three weeks, both on weekdays", async () => {
    const { all, today } = await seeded();
    expect(all).toHaveLength(2);
    const [held, upcoming] = all;
    expect(held.date < today).toBe(true);
    expect(daysBetween(today, upcoming.date)).toBeGreaterThanOrEqual(7);
    expect(daysBetween(today, upcoming.date)).toBeLessThanOrEqual(21);
    for (const meeting of all) {
      expect(isWeekday(meeting.date), meeting.date).toBe(true);
      expect(meeting.title).toMatch(/^Koncernledelsesmøde \d{1,2}\. [a-zæøå]+ \d{4}$/);
      expect(meeting.location).not.toBe("");
      expect(meeting.agendaPublishedAt).not.toBeNull();
    }
    expect(db().select().from(privateNotes).all()).toEqual([]);
  });

  it("gives the held meeting approved and locked minutes: every participating director approved, every item decided", async () => {
    const { all, itemsOf, participantsOf, activeDirectors } = await seeded();
    const held = all[0];
    expect(held.status).toBe("minutes_approved");
    expect(participantsOf(held.id)).toEqual(activeDirectors);
    const approvals = db().select().from(minutesApprovals).where(eq(minutesApprovals.meetingId, held.id)).all();
    expect(approvals.map((approval) => approval.directorId).sort((a, b) => a - b)).toEqual(activeDirectors);
    expect(held.minutesLockedAt).toBe(approvals.map((approval) => approval.approvedAt).sort().at(-1));
    for (const approval of approvals) expect(approval.approvedAt > `${held.date}T23:59`).toBe(true);

    const items = itemsOf(held.id);
    expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
    expect(items.map((item) => item.queueKind)).toEqual(expect.arrayContaining(["gate", "red_project", null]));
    for (const item of items) {
      const decision = decisionOf(item.id);
      expect(decision, item.title).toBeDefined();
      expect(decision!.recordedAt.slice(0, 10)).toBe(held.date);
      expect(activeDirectors).toContain(decision!.recordedById);
      expect(decision!.text.length).toBeGreaterThan(10);
      expect(item.proposedDecision).not.toBe("");
      // An orientering is only taken note of, as the decision form allows.
      if (item.kind === "information") expect(decision!.outcome).toBe("noted");
    }
  });

  it("links the held meeting's gate item to a historical gate decided at that meeting, with the same outcome", async () => {
    const { all, itemsOf } = await seeded();
    const held = all[0];
    const gateItem = itemsOf(held.id).find((item) => item.queueKind === "gate")!;
    const gate = db().select().from(gateRequests).where(eq(gateRequests.id, gateItem.gateRequestId!)).get()!;
    const decision = decisionOf(gateItem.id)!;
    expect(gate.status).not.toBe("pending");
    expect(decision).toMatchObject({ outcome: gate.status, text: gate.decisionComment, recordedById: gate.decidedById, recordedAt: gate.decidedAt });
    expect(gate.requestedAt < gate.decidedAt!).toBe(true);
    expect(gateItem.projectId).toBe(gate.projectId);
    const project = db().select().from(projects).where(eq(projects.id, gate.projectId)).get()!;
    expect(gateItem.title).toBe(`Fasegodkendelse: ${project.title}`);
  });

  it("discusses projects that were red at the time of the held meeting", async () => {
    const { all, itemsOf } = await seeded();
    const held = all[0];
    const red = itemsOf(held.id).filter((item) => item.queueKind === "red_project");
    expect(red.length).toBeGreaterThanOrEqual(1);
    for (const item of red) {
      expect(item.kind).toBe("discussion");
      expect(lightBefore(item.projectId!, held.date), item.title).toBe("red");
    }
  });

  it("puts each project decision of the held meeting in the project's history with a link to the meeting", async () => {
    const { all, itemsOf } = await seeded();
    const held = all[0];
    const projectItems = itemsOf(held.id).filter((item) => item.projectId !== null);
    expect(projectItems.length).toBeGreaterThanOrEqual(2);
    for (const item of projectItems) {
      const code = db().select({ code: projects.code }).from(projects).where(eq(projects.id, item.projectId!)).get()!.code;
      const events = projectHistory(code).rows.filter((event) => event.action === "meeting.decision");
      expect(events, code).toHaveLength(1);
      const decision = decisionOf(item.id)!;
      expect(events[0].changes).toEqual({ meetingId: held.id, agendaItemId: item.id, outcome: decision.outcome, title: item.title, meetingTitle: held.title });
      expect(events[0].actorName).toBe(db().select({ name: users.name }).from(users).where(eq(users.id, decision.recordedById)).get()!.name);
      expect(describeHistoryEvent(events[0].action, events[0].changes)).toContain(`Koncernledelsen besluttede: `);
    }
    const eventCount = db().select().from(auditEvents).where(eq(auditEvents.action, "meeting.decision")).all().length;
    expect(eventCount).toBe(projectItems.length);
  });

  it("locks the held meeting's agenda and decisions in the database itself", async () => {
    const { all, itemsOf } = await seeded();
    const held = all[0];
    const item = itemsOf(held.id)[0];
    expect(() => db().update(agendaItems).set({ title: "Omskrevet" }).where(eq(agendaItems.id, item.id)).run()).toThrow(/minutes are locked/);
    expect(() => db().update(decisions).set({ outcome: "rejected" }).where(eq(decisions.agendaItemId, item.id)).run()).toThrow(/minutes are locked/);
    expect(() => db().delete(agendaItems).where(eq(agendaItems.id, item.id)).run()).toThrow(/minutes are locked/);
    expect(() => db().delete(minutesApprovals).where(eq(minutesApprovals.meetingId, held.id)).run()).toThrow(/minutes are locked/);
    expect(itemsOf(held.id)[0].title).toBe(item.title);
  });

  it("publishes the upcoming agenda with at least five items from the decision queue and one orientering, each with a proposed decision", async () => {
    const { all, itemsOf, participantsOf, activeDirectors } = await seeded();
    const upcoming = all[1];
    expect(upcoming).toMatchObject({ status: "planned", minutesLockedAt: null });
    expect(participantsOf(upcoming.id)).toEqual(activeDirectors);
    const items = itemsOf(upcoming.id);
    expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
    expect(items.filter((item) => item.queueKind !== null).length).toBeGreaterThanOrEqual(5);
    expect(items.filter((item) => item.kind === "information" && item.queueKind === null)).toHaveLength(1);
    for (const kind of ["gate", "rebaseline", "red_project"] as const) {
      expect(items.some((item) => item.queueKind === kind), kind).toBe(true);
    }
    for (const item of items) {
      expect(item.proposedDecision.length, item.title).toBeGreaterThan(10);
      expect(decisionOf(item.id)).toBeUndefined();
      expect(item.experimentId).toBeNull();
    }
  });

  it("draws the upcoming items from what really waits, and takes them out of the queue while leaving others for the next agenda", async () => {
    const { all, itemsOf, today } = await seeded();
    const items = itemsOf(all[1].id);
    for (const item of items.filter((candidate) => candidate.queueKind === "gate")) {
      const gate = db().select().from(gateRequests).where(eq(gateRequests.id, item.gateRequestId!)).get()!;
      expect(gate.status).toBe("pending");
      expect(gate.projectId).toBe(item.projectId);
      expect(item.kind).toBe("gate");
    }
    for (const item of items.filter((candidate) => candidate.queueKind === "rebaseline")) {
      expect(db().select().from(benefitRebaselines).where(eq(benefitRebaselines.id, item.rebaselineId!)).get()!.status).toBe("pending");
      expect(item.kind).toBe("decision");
    }
    for (const item of items.filter((candidate) => candidate.queueKind === "red_project")) {
      expect(lightBefore(item.projectId!, `${today}~`)).toBe("red");
      expect(item.kind).toBe("discussion");
    }
    const queue = loadDecisionQueue(db());
    const keys = queue.map((entry) => entry.key);
    for (const item of items) {
      if (item.queueKind === "gate") expect(keys).not.toContain(queueKey("gate", item.gateRequestId!));
      if (item.queueKind === "rebaseline") expect(keys).not.toContain(queueKey("rebaseline", item.rebaselineId!));
      if (item.queueKind === "red_project") expect(keys).not.toContain(queueKey("red_project", item.projectId!));
    }
    expect(queue.some((entry) => entry.queueKind === "gate")).toBe(true);
    expect(queue.some((entry) => entry.queueKind === "red_project")).toBe(true);
  });

  it("leaves the lowest pending gate request out of the agenda (the project journey decides it directly)", async () => {
    const { all, itemsOf } = await seeded();
    const lowest = db().select().from(gateRequests).where(eq(gateRequests.status, "pending")).orderBy(asc(gateRequests.id)).get()!;
    const onAgendas = all.flatMap((meeting) => itemsOf(meeting.id)).map((item) => item.gateRequestId);
    expect(onAgendas).not.toContain(lowest.id);
  });

  it("keeps the audit chain intact and seeds the same meetings for the same date", async () => {
    const now = new Date("2026-03-29T10:00:00Z");
    await seedDemo(db(), now);
    expect(verifyAuditChain(db()).ok).toBe(true);
    expect(db().select().from(auditEvents).orderBy(asc(auditEvents.id)).all().at(-1)?.action).toBe("seed.demo");
    const snapshot = () =>
      [meetings, meetingParticipants, agendaItems, decisions, minutesApprovals, gateRequests].map((table) =>
        db().$client.prepare(`select * from "${getTableName(table)}" order by rowid`).all(),
      );
    const first = snapshot();
    dropAllTables(db());
    migrateDatabase(db());
    await seedDemo(db(), now);
    expect(snapshot()).toEqual(first);
  });
});
