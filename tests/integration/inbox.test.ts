import { and, desc, eq, ne } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, benefits, gateRequests, loginThrottles, meetings, oneTimeLinks, overviewVisits, projects, risks, users } from "@/db/schema";
import { reportDimensions } from "@/lib/codes";
import { addMonths, toDay } from "@/lib/domain/dates";
import type { InboxCandidate, InboxItem, InboxKind } from "@/lib/domain/inbox";
import { countInbox, loadInbox } from "@/lib/queries/inbox";
import { gateDecisionKeys, gateDecisions } from "@/lib/queries/inbox-board";
import { listChangesSince } from "@/lib/queries/inbox-changes";
import { listMeetings } from "@/lib/queries/meetings";
import { plusDays, type InboxContext } from "@/lib/queries/inbox-context";
import { ideaKeysToTriage, ideasToTriage } from "@/lib/queries/inbox-department";
import {
  departmentMeasurementKeysOverdue,
  departmentMeasurementsOverdue,
  departmentReportKeysDue,
  departmentReportsDue,
  ownMeasurementKeysDue,
  ownMeasurementsDue,
  ownReportKeysDue,
  ownReportsDue,
} from "@/lib/queries/inbox-due";
import { recordMeasurement } from "@/lib/services/benefits";
import { ForbiddenError } from "@/lib/services/errors";
import { decideGate } from "@/lib/services/gates";
import type { ActingUser } from "@/lib/services/guard";
import { addFreeItem, approveMinutes, recordDecision } from "@/lib/services/meetings";
import { startMeetingEarly } from "@/lib/services/meeting-start";
import { recordOverviewVisit } from "@/lib/services/overview-visit";
import { updateRisk } from "@/lib/services/risks";
import { createStatusReport } from "@/lib/services/status-reports";
import { createUser, unlockUser } from "@/lib/services/user-admin";
import { readSettings } from "@/lib/settings";
import { form } from "./project-fixtures";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

function actor(where: ReturnType<typeof eq>): ActingUser {
  return db().select({ id: users.id, role: users.role, departmentId: users.departmentId }).from(users).where(where).orderBy(users.id).limit(1).get()!;
}
const byEmail = (email: string) => actor(eq(users.email, email));
const director = () => byEmail("direktor@egeby.dk");
const head = () => byEmail("afdelingschef@egeby.dk");
const staff = () => byEmail("medarbejder@egeby.dk");
const admin = () => byEmail("admin@egeby.dk");
const otherDirector = () => actor(and(eq(users.role, "director"), ne(users.email, "direktor@egeby.dk"))!);
const otherHead = () => actor(and(eq(users.role, "department_head"), ne(users.email, "afdelingschef@egeby.dk"))!);

const keysOf = (items: InboxItem[], kind: InboxKind) => items.filter((item) => item.kind === kind).map((item) => item.key);
const inboxOf = (person: ActingUser, now = new Date()) => loadInbox(person, now);
const has = (person: ActingUser, kind: InboxKind, key: string) => keysOf(inboxOf(person), kind).includes(key);

describe("the director's inbox", () => {
  it("holds every pending gate request, the pending re-baseline, the over-frame experiment they sponsor and the next meeting", () => {
    const pendingGates = db().select({ id: gateRequests.id }).from(gateRequests).where(eq(gateRequests.status, "pending")).all();
    expect(pendingGates.length).toBeGreaterThan(0);
    const inbox = inboxOf(director());
    expect(keysOf(inbox, "gate_decision").sort()).toEqual(pendingGates.map((gate) => `gate:${gate.id}`).sort());
    expect(keysOf(inbox, "rebaseline_decision")).toHaveLength(1);
    expect(keysOf(inbox, "experiment_approval")).toHaveLength(1);
    expect(keysOf(inbox, "next_meeting")).toHaveLength(1);
    const gate = inbox.find((item) => item.kind === "gate_decision")!;
    expect(gate.href).toMatch(/^\/projects\/DIG-\d{4}-\d{3}#phase-heading$/);
    expect(gate.why()).toMatch(/anmoder om at gå fra/);
    // Overdue before due soon before later.
    const ranks = inbox.map((item) => ["overdue", "due_soon", "later"].indexOf(item.urgency));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("takes a meeting marked held off as the next meeting, and the meeting list shows it among the past ones", () => {
    const [next] = keysOf(inboxOf(director()), "next_meeting");
    const meetingId = Number(next.split(":")[1]);
    db().update(meetings).set({ status: "held" }).where(eq(meetings.id, meetingId)).run();
    expect(keysOf(inboxOf(director()), "next_meeting")).not.toContain(next);
    const today = toDay(new Date());
    expect(listMeetings(director(), "upcoming", today).rows.map((meeting) => meeting.id)).not.toContain(meetingId);
    expect(listMeetings(director(), "past", today, { page: 1, limit: 100, offset: 0 }).rows.map((meeting) => meeting.id)).toContain(meetingId);
  });

  it("leaves the over-frame experiment to its zone's sponsor and board decisions to the directors", () => {
    expect(keysOf(inboxOf(otherDirector()), "experiment_approval")).toEqual([]);
    expect(keysOf(inboxOf(otherDirector()), "gate_decision").length).toBeGreaterThan(0);
    for (const person of [head(), staff(), admin()]) {
      const inbox = inboxOf(person);
      for (const kind of ["gate_decision", "rebaseline_decision", "experiment_approval", "minutes_approval", "next_meeting"] as const) {
        expect(keysOf(inbox, kind), `${person.role} ${kind}`).toEqual([]);
      }
    }
  });

  it("loses a gate request once a director decides it, for the director and the department head alike", () => {
    const gate = db()
      .select({ id: gateRequests.id })
      .from(gateRequests)
      .innerJoin(projects, eq(projects.id, gateRequests.projectId))
      .where(and(eq(gateRequests.status, "pending"), eq(projects.departmentId, head().departmentId!)))
      .get()!;
    const key = `gate:${gate.id}`;
    const before = countInbox(director());
    expect(has(director(), "gate_decision", key)).toBe(true);
    expect(has(head(), "gate_waiting", key)).toBe(true);
    decideGate(director(), gate.id, form({ decision: "approved", comment: "Godkendt" }));
    expect(has(director(), "gate_decision", key)).toBe(false);
    expect(has(head(), "gate_waiting", key)).toBe(false);
    expect(countInbox(director())).toBe(before - 1);
  });

  it("asks each participating director to approve minutes with decisions, until they have", () => {
    const meeting = db().select().from(meetings).where(eq(meetings.status, "planned")).get()!;
    const key = `minutes:${meeting.id}`;
    expect(has(director(), "minutes_approval", key)).toBe(false);
    const itemId = addFreeItem(director(), meeting.id, form({ kind: "decision", title: "Fælles retning for AI-assistenter" }));
    startMeetingEarly(director(), meeting.id);
    recordDecision(director(), itemId, form({ outcome: "approved" }));
    expect(has(director(), "minutes_approval", key)).toBe(true);
    expect(has(otherDirector(), "minutes_approval", key)).toBe(true);
    expect(has(head(), "minutes_approval", key)).toBe(false);
    approveMinutes(director(), meeting.id);
    expect(has(director(), "minutes_approval", key)).toBe(false);
    expect(has(otherDirector(), "minutes_approval", key)).toBe(true);
  });
});

describe("the department head's inbox", () => {
  it("holds the department's overdue measurements, new ideas and open gate requests, and no other department's", () => {
    const inbox = inboxOf(head());
    expect(keysOf(inbox, "measurement_due").length).toBeGreaterThan(0);
    expect(keysOf(inbox, "idea_triage").length).toBeGreaterThan(0);
    expect(keysOf(inbox, "gate_waiting").length).toBeGreaterThan(0);
    const mine = new Set(inbox.map((item) => item.key));
    const other = inboxOf(otherHead());
    for (const kind of ["measurement_due", "idea_triage", "gate_waiting"] as const) {
      for (const key of keysOf(other, kind)) expect(mine.has(key), key).toBe(false);
    }
    for (const kind of ["idea_triage", "gate_waiting", "risk_without_action"] as const) expect(keysOf(inboxOf(staff()), kind)).toEqual([]);
  });

  it("loses an overdue measurement once it is recorded", () => {
    const item = inboxOf(head()).find((entry) => entry.kind === "measurement_due")!;
    const benefitId = Number(item.key.split(":")[1]);
    expect(item.urgency).toBe("overdue");
    recordMeasurement(head(), benefitId, form({ date: toDay(new Date()), value: 10, comment: "Målt i dag" }));
    expect(has(head(), "measurement_due", item.key)).toBe(false);
  });

  it("flags a 15+ risk without an action until it gets one", () => {
    const project = db().select().from(projects).where(and(eq(projects.departmentId, head().departmentId!), eq(projects.phase, "trial"))).get()!;
    // Imported or older data: the risk form itself refuses a high risk without an action.
    const riskId = db()
      .insert(risks)
      .values({ projectId: project.id, title: "Leverandøren kan ikke levere til tiden", category: "supplier", probability: 4, consequence: 4, action: "" })
      .returning({ id: risks.id })
      .get().id;
    const key = `risk:${riskId}`;
    expect(has(head(), "risk_without_action", key)).toBe(true);
    expect(has(otherHead(), "risk_without_action", key)).toBe(false);
    updateRisk(head(), riskId, form({ title: "Leverandøren kan ikke levere til tiden", category: "supplier", probability: 4, consequence: 4, action: "Bod i kontrakten", version: 1 }));
    expect(has(head(), "risk_without_action", key)).toBe(false);
  });

  it("asks for a status report that is due, from the department head and the project's lead, until one is published", () => {
    const project = db().select().from(projects).where(and(eq(projects.departmentId, head().departmentId!), eq(projects.phase, "trial"))).get()!;
    const key = `report:${project.id}`;
    const lead = actor(eq(users.id, project.leadId));
    db().update(projects).set({ latestPublishedAt: new Date(Date.now() - 60 * 86_400_000).toISOString() }).where(eq(projects.id, project.id)).run();
    expect(has(head(), "report_due", key)).toBe(true);
    expect(has(lead, "report_due", key)).toBe(true);
    expect(has(otherHead(), "report_due", key)).toBe(false);
    const values: Record<string, string> = { reportDate: toDay(new Date()), intent: "publish" };
    for (const dimension of reportDimensions) {
      values[`${dimension}Light`] = "green";
      values[`${dimension}Comment`] = "Som planlagt";
      values[`${dimension}OverrideReason`] = "Vurderet af projektlederen";
    }
    createStatusReport(lead, project.code, form(values));
    expect(has(head(), "report_due", key)).toBe(false);
    expect(has(lead, "report_due", key)).toBe(false);
  });
});

describe("the staff member's inbox", () => {
  it("tells of an answer to one's idea until the next visit", () => {
    const first = new Date();
    const answers = keysOf(inboxOf(staff(), first), "idea_answer");
    expect(answers.length).toBeGreaterThan(0);
    expect(keysOf(inboxOf(head(), first), "idea_answer")).not.toEqual(expect.arrayContaining(answers));
    recordOverviewVisit(staff(), first);
    const later = new Date(first.getTime() + 31 * 60_000);
    recordOverviewVisit(staff(), later);
    expect(keysOf(inboxOf(staff(), later), "idea_answer")).toEqual([]);
  });

  it("brings a zone lead the experiment to scale, and nobody else", () => {
    const lead = inboxOf(head());
    expect(keysOf(lead, "experiment_next_step").length).toBeGreaterThan(0);
    for (const key of keysOf(lead, "experiment_next_step")) expect(has(staff(), "experiment_next_step", key)).toBe(false);
  });

  it("brings a benefit owner their measurement due", () => {
    const benefit = db().select().from(benefits).where(eq(benefits.status, "realising")).get()!;
    db().update(benefits).set({ ownerId: staff().id, latestMeasuredOn: null, baselineDate: "2020-01-31", measurementFrequencyMonths: 3 }).where(eq(benefits.id, benefit.id)).run();
    const item = inboxOf(staff()).find((entry) => entry.key === `measurement:${benefit.id}`)!;
    // Three months after 31 January is 30 April (addMonths keeps the day within the shorter month).
    expect(item).toMatchObject({ kind: "measurement_due", urgency: "overdue", dueDate: addMonths("2020-01-31", 3) });
    expect(item.dueDate).toBe("2020-04-30");
  });

  it("finds a measurement due on exactly the days addMonths counts, at the end of a shorter month too", () => {
    const benefit = db().select().from(benefits).where(eq(benefits.status, "realising")).get()!;
    const departmentId = db().select({ departmentId: projects.departmentId }).from(projects).where(eq(projects.id, benefit.projectId)).get()!.departmentId;
    const contextOn = (today: string): InboxContext => ({ db: db(), userId: staff().id, today, now: new Date(`${today}T12:00:00Z`), staleDays: 30 });
    const ownDue = (today: string) => ownMeasurementKeysDue(contextOn(today)).includes(`measurement:${benefit.id}`);
    const overdue = (today: string) => departmentMeasurementKeysOverdue(contextOn(today), departmentId).includes(`measurement:${benefit.id}`);
    for (const [baselineDate, due] of [["2027-01-31", "2027-02-28"], ["2027-01-28", "2027-02-28"], ["2027-03-31", "2027-04-30"], ["2027-11-30", "2027-12-30"]]) {
      db().update(benefits).set({ ownerId: staff().id, latestMeasuredOn: null, baselineDate, measurementFrequencyMonths: 1 }).where(eq(benefits.id, benefit.id)).run();
      expect(addMonths(baselineDate, 1)).toBe(due);
      // The owner sees it from dueSoonDays (14) before the day; the department head once the day has passed.
      expect(ownDue(plusDays(due, -15)), baselineDate).toBe(false);
      expect(ownDue(plusDays(due, -14)), baselineDate).toBe(true);
      expect(overdue(due), baselineDate).toBe(false);
      expect(overdue(plusDays(due, 1)), baselineDate).toBe(true);
    }
  });
});

describe("the administrator's inbox", () => {
  it("lists a locked account until it is unlocked, and only for administrators", () => {
    const target = staff();
    const email = db().select({ email: users.email }).from(users).where(eq(users.id, target.id)).get()!.email;
    db().insert(loginThrottles).values({ accountKey: email, lockedUntil: new Date(Date.now() + 15 * 60_000).toISOString() }).run();
    const key = `user-locked:${target.id}`;
    expect(has(admin(), "locked_account", key)).toBe(true);
    for (const person of [director(), head(), staff()]) expect(has(person, "locked_account", key)).toBe(false);
    unlockUser(admin(), target.id);
    expect(has(admin(), "locked_account", key)).toBe(false);
  });

  it("lists users without a department (not directors) and one-time links in their last 24 hours", () => {
    const target = staff();
    db().update(users).set({ departmentId: null }).where(eq(users.id, target.id)).run();
    const inbox = inboxOf(admin());
    expect(keysOf(inbox, "user_without_department")).toEqual([`user-department:${target.id}`]);
    expect(keysOf(inboxOf(head()), "user_without_department")).toEqual([]);

    const issuedAt = new Date();
    createUser(admin(), form({ name: "Ida Holm", email: "ida.holm@egeby.dk", title: "Projektleder", role: "staff", departmentId: head().departmentId! }), issuedAt);
    const link = db().select().from(oneTimeLinks).orderBy(desc(oneTimeLinks.id)).get()!;
    const key = `link:${link.id}`;
    // Valid for 72 hours: listed in its last 24.
    expect(keysOf(inboxOf(admin(), new Date(issuedAt.getTime() + 47 * 3_600_000)), "expiring_link")).not.toContain(key);
    expect(keysOf(inboxOf(admin(), new Date(issuedAt.getTime() + 49 * 3_600_000)), "expiring_link")).toContain(key);
    expect(keysOf(inboxOf(admin(), new Date(issuedAt.getTime() + 73 * 3_600_000)), "expiring_link")).not.toContain(key);
  });
});

describe("the menu's count", () => {
  it("is the number of items in each demo role's inbox", () => {
    for (const person of [director(), head(), staff(), admin()]) expect(countInbox(person)).toBe(inboxOf(person).length);
  });

  it("finds with each narrower query the keys of the items its full query finds, now and a year on", () => {
    const lead = actor(eq(users.id, db().select({ leadId: projects.leadId }).from(projects).orderBy(projects.id).limit(1).get()!.leadId));
    let nonEmpty = 0;
    for (const now of [new Date(), new Date(Date.now() + 365 * 86_400_000)]) {
      const contextOf = (person: ActingUser): InboxContext => ({ db: db(), userId: person.id, today: toDay(now), now, staleDays: readSettings().staleReportDays });
      const departmentId = head().departmentId!;
      const pairs: [string, InboxCandidate[], string[]][] = [
        ["gates", gateDecisions(contextOf(director())), gateDecisionKeys(contextOf(director()))],
        ["own reports", ownReportsDue(contextOf(lead)), ownReportKeysDue(contextOf(lead))],
        ["own measurements", ownMeasurementsDue(contextOf(lead)), ownMeasurementKeysDue(contextOf(lead))],
        ["department reports", departmentReportsDue(contextOf(head()), departmentId), departmentReportKeysDue(contextOf(head()), departmentId)],
        ["department measurements", departmentMeasurementsOverdue(contextOf(head()), departmentId), departmentMeasurementKeysOverdue(contextOf(head()), departmentId)],
        ["ideas", ideasToTriage(contextOf(head()), departmentId), ideaKeysToTriage(contextOf(head()), departmentId)],
      ];
      for (const [name, candidates, keys] of pairs) expect(keys, name).toEqual(candidates.map((candidate) => candidate.key));
      nonEmpty = pairs.filter(([, candidates]) => candidates.length > 0).length;
    }
    // A year on, every report and measurement is due: the comparison above was not of empty lists.
    expect(nonEmpty).toBeGreaterThanOrEqual(4);
  });
});

describe("recordOverviewVisit", () => {
  const visitRow = (userId: number) => db().select().from(overviewVisits).where(eq(overviewVisits.userId, userId)).get();
  const visitAudits = () => db().select().from(auditEvents).where(eq(auditEvents.action, "overview.visit")).all();

  it("starts a visit, keeps it for half an hour, then starts the next counted from the last, auditing each new visit", () => {
    const person = head();
    const start = new Date("2026-11-30T08:00:00Z");
    expect(recordOverviewVisit(person, start)).toEqual({ seenAt: start.toISOString(), changesSince: null });
    expect(recordOverviewVisit(person, new Date("2026-11-30T08:20:00Z"))).toEqual({ seenAt: start.toISOString(), changesSince: null });
    expect(visitAudits()).toHaveLength(1);
    const next = recordOverviewVisit(person, new Date("2026-11-30T09:00:00Z"));
    expect(next).toEqual({ seenAt: "2026-11-30T09:00:00.000Z", changesSince: start.toISOString() });
    expect(visitRow(person.id)).toMatchObject(next);
    expect(visitAudits()).toHaveLength(2);
  });

  it("takes the write lock only when a new visit starts", () => {
    const person = head();
    const client = db().$client;
    const transaction = client.transaction;
    let transactions = 0;
    client.transaction = ((work: Parameters<typeof transaction>[0]) => ((transactions += 1), transaction.call(client, work))) as typeof transaction;
    try {
      recordOverviewVisit(person, new Date("2026-11-30T08:00:00Z"));
      expect(transactions).toBe(1);
      recordOverviewVisit(person, new Date("2026-11-30T08:20:00Z"));
      expect(transactions).toBe(1);
      recordOverviewVisit(person, new Date("2026-11-30T09:00:00Z"));
      expect(transactions).toBe(2);
    } finally {
      client.transaction = transaction;
    }
  });

  it("refuses a deactivated user and writes nothing", () => {
    const person = staff();
    db().update(users).set({ active: false }).where(eq(users.id, person.id)).run();
    expect(() => recordOverviewVisit(person)).toThrow(ForbiddenError);
    expect(visitRow(person.id)).toBeUndefined();
    expect(visitAudits()).toHaveLength(0);
  });
});

describe("what changed since the last visit", () => {
  it("shows others' measurements on one's projects, newest first, and not one's own", () => {
    const project = db().select().from(projects).where(eq(projects.departmentId, head().departmentId!)).get()!;
    const benefit = db().select().from(benefits).where(eq(benefits.projectId, project.id)).get()!;
    const since = new Date(Date.now() - 60_000).toISOString();
    recordMeasurement(head(), benefit.id, form({ date: toDay(new Date()), value: 5 }));
    const ownerChanges = listChangesSince(project.ownerId === head().id ? project.leadId : project.ownerId, since);
    expect(ownerChanges[0]).toMatchObject({ what: "Måling", href: `/projects/${project.code}?tab=benefits#benefit-${benefit.id}` });
    expect(listChangesSince(head().id, since).filter((change) => change.what === "Måling")).toEqual([]);
  });
});
