import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { AppDatabase } from "@/db";
import { agendaItems, gateRequests, projectChangeRequests, projects, users } from "@/db/schema";
import { queueKey } from "@/lib/domain/meetings";
import { loadDecisionQueue } from "@/lib/queries/decision-queue";
import { getMeeting } from "@/lib/queries/meetings";
import { decideChangeRequest, fileChangeRequest } from "@/lib/services/change-requests";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/services/errors";
import { changePhase } from "@/lib/services/gates";
import type { ActingUser } from "@/lib/services/guard";
import { addQueueItem, recordDecision } from "@/lib/services/meetings";
import { updateProject } from "@/lib/services/projects";
import { verifyAuditChain } from "@/lib/audit";
import { meetingSnapshot, newMeeting, seedMeetingWorld, type MeetingWorld } from "./meeting-fixtures";
import { auditCount, caught, fixedNow, form, projectCode, projectRow, successAudit } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
let world: MeetingWorld;

beforeEach(() => {
  world = seedMeetingWorld(db());
  db().update(projects).set({ approvedBudgetKr: 1_000_000 }).where(eq(projects.id, world.project.id)).run();
});

/** Every row these services can write, change requests included (the audit trail excepted). */
const fullSnapshot = (database: AppDatabase) => ({
  ...meetingSnapshot(database),
  changeRequests: database.select().from(projectChangeRequests).orderBy(asc(projectChangeRequests.id)).all(),
});

function expectDenied(actor: ActingUser, action: string, call: () => unknown): void {
  const before = fullSnapshot(db());
  const events = auditCount(db());
  expect(caught(call)).toBeInstanceOf(ForbiddenError);
  expect(fullSnapshot(db())).toEqual(before);
  expect(auditCount(db())).toBe(events + 1);
  expect(successAudit(db(), action)).toEqual([]);
}

function expectUnchanged<E extends Error>(errorClass: new (...args: never[]) => E, call: () => unknown): E {
  const before = fullSnapshot(db());
  const events = auditCount(db());
  const error = caught(call);
  expect(error).toBeInstanceOf(errorClass);
  expect(fullSnapshot(db())).toEqual(before);
  expect(auditCount(db())).toBe(events);
  return error as E;
}

/** The edit form as rendered from the stored row, with some fields changed. */
function editForm(overrides: Record<string, string | number> = {}) {
  const row = projectRow(db(), world.project.id);
  return form({
    title: row.title,
    summary: row.summary,
    purpose: row.purpose,
    departmentId: row.departmentId,
    zoneId: row.zoneId ?? "",
    ownerId: row.ownerId,
    leadId: row.leadId,
    baselineStart: row.baselineStart ?? "",
    baselineEnd: row.baselineEnd ?? "",
    forecastEnd: row.forecastEnd ?? "",
    approvedBudgetKr: row.approvedBudgetKr,
    spentKr: row.spentKr,
    priority: row.priority,
    tags: "",
    closingLearning: row.closingLearning ?? "",
    version: row.version,
    ...overrides,
  });
}

/** One new value for each board-controlled field that the edit form carries. */
const controlledEdits = (w: MeetingWorld): [string, Record<string, string | number>][] => [
  ["approvedBudgetKr", { approvedBudgetKr: "10.000.000" }],
  ["baselineStart", { baselineStart: "2026-02-01" }],
  ["baselineEnd", { baselineEnd: "2027-06-30" }],
  ["ownerId", { ownerId: w.lead.id }],
];

const requestRows = () => db().select().from(projectChangeRequests).orderBy(asc(projectChangeRequests.id)).all();
const reason = "Kommunalbestyrelsen har udvidet projektet til alle plejecentre";

describe("board-controlled fields in the project edit", () => {
  for (const [name, pick] of [
    ["staff project lead", (w: MeetingWorld) => w.lead],
    ["staff project owner", (w: MeetingWorld) => w.owner],
    ["department head of the project's department", (w: MeetingWorld) => w.headA],
  ] as const) {
    it(`refuses the ${name} every board-controlled field with a field message and changes nothing`, () => {
      const actor = pick(world);
      for (const [field, change] of controlledEdits(world)) {
        const error = expectUnchanged(ValidationError, () => updateProject(actor, projectCode, editForm(change), fixedNow));
        expect(error.fieldErrors[field]).toEqual(["Feltet ændres af direktionen; send en ændringsanmodning"]);
      }
      expectDenied(actor, "project.update", () => updateProject(actor, projectCode, editForm({ departmentId: world.deptB }), fixedNow));
      expectDenied(actor, "project.phase", () => changePhase(actor, projectCode, form({ toPhase: "stopped", reason: "Vi vil stoppe" }), fixedNow));
      expect(projectRow(db(), world.project.id)).toMatchObject({ approvedBudgetKr: 1_000_000, phase: "analysis", ownerId: world.owner.id, version: 1 });
    });

    it(`still lets the ${name} edit everything else`, () => {
      const actor = pick(world);
      updateProject(actor, projectCode, editForm({ summary: "Nyt resumé", spentKr: "250.000", forecastEnd: "2027-02-01", leadId: world.otherStaff.id }), fixedNow);
      expect(projectRow(db(), world.project.id)).toMatchObject({ summary: "Nyt resumé", spentKr: 250_000, leadId: world.otherStaff.id, version: 2 });
    });
  }

  it("lets an admin correct the figures only with a reason, and audits the reason", () => {
    for (const [field, change] of controlledEdits(world)) {
      const error = expectUnchanged(ValidationError, () => updateProject(world.admin, projectCode, editForm(change), fixedNow));
      expect(error.fieldErrors.correctionReason).toEqual(["Skriv en begrundelse for rettelsen af direktionens tal (mindst 5 tegn)"]);
      expect(error.fieldErrors[field]).toBeUndefined();
    }
    expectDenied(world.admin, "project.phase", () => changePhase(world.admin, projectCode, form({ toPhase: "stopped", reason: "Oprydning" }), fixedNow));
    updateProject(world.admin, projectCode, editForm({ approvedBudgetKr: "1.100.000", departmentId: world.deptB, correctionReason: "Tastefejl ved oprettelsen" }), fixedNow);
    expect(projectRow(db(), world.project.id)).toMatchObject({ approvedBudgetKr: 1_100_000, departmentId: world.deptB, version: 2 });
    const changes = JSON.parse(successAudit(db(), "project.update")[0].changes!);
    expect(changes).toMatchObject({
      approvedBudgetKr: { from: 1_000_000, to: 1_100_000 },
      departmentId: { from: world.deptA, to: world.deptB },
      correctionReason: "Tastefejl ved oprettelsen",
    });
  });

  it("lets a director change every figure directly and stop the project", () => {
    updateProject(
      world.director,
      projectCode,
      editForm({ approvedBudgetKr: "2.000.000", baselineStart: "2026-02-01", baselineEnd: "2027-06-30", departmentId: world.deptB, ownerId: world.headB.id }),
      fixedNow,
    );
    expect(projectRow(db(), world.project.id)).toMatchObject({
      approvedBudgetKr: 2_000_000,
      baselineStart: "2026-02-01",
      baselineEnd: "2027-06-30",
      departmentId: world.deptB,
      ownerId: world.headB.id,
    });
    changePhase(world.director, projectCode, form({ toPhase: "stopped", reason: "Direktionen prioriterer anderledes" }), fixedNow);
    expect(projectRow(db(), world.project.id).phase).toBe("stopped");
  });
});

describe("fileChangeRequest", () => {
  for (const [name, pick] of [
    ["staff project lead", (w: MeetingWorld) => w.lead],
    ["staff project owner", (w: MeetingWorld) => w.owner],
    ["department head of the project's department", (w: MeetingWorld) => w.headA],
  ] as const) {
    it(`lets the ${name} ask, changes no figure and audits the request`, () => {
      const actor = pick(world);
      const id = fileChangeRequest(actor, projectCode, form({ approvedBudgetKr: "2.500.000", baselineEnd: "2027-06-30", reason }), fixedNow);
      expect(requestRows()).toEqual([
        expect.objectContaining({ id, projectId: world.project.id, status: "pending", reason, requestedById: actor.id, requestedAt: fixedNow.toISOString() }),
      ]);
      expect(JSON.parse(requestRows()[0].changes)).toEqual([
        { field: "approvedBudgetKr", oldValue: 1_000_000, newValue: 2_500_000 },
        { field: "baselineEnd", oldValue: "2026-12-18", newValue: "2027-06-30" },
      ]);
      expect(projectRow(db(), world.project.id)).toMatchObject({ approvedBudgetKr: 1_000_000, baselineEnd: "2026-12-18", version: 1 });
      expect(successAudit(db(), "change_request.file")).toHaveLength(1);
    });
  }

  for (const [name, pick] of [
    ["department head of another department", (w: MeetingWorld) => w.headB],
    ["staff who is neither owner nor lead", (w: MeetingWorld) => w.otherStaff],
    ["staff of another department", (w: MeetingWorld) => w.staffB],
    ["admin", (w: MeetingWorld) => w.admin],
  ] as const) {
    it(`refuses the ${name} and changes nothing`, () => {
      const actor = pick(world);
      expectDenied(actor, "change_request.file", () => fileChangeRequest(actor, projectCode, form({ approvedBudgetKr: "2.500.000", reason }), fixedNow));
    });
  }

  it("refuses a request where nothing differs, bad values and unknown references with Danish messages", () => {
    const same = expectUnchanged(ValidationError, () => fileChangeRequest(world.lead, projectCode, form({ approvedBudgetKr: "1.000.000", reason }), fixedNow));
    expect(same.message).toBe("Ingen af værdierne er ændret. Skriv de nye værdier, du anmoder om.");
    const cases: [Record<string, string | number>, string, string][] = [
      [{ approvedBudgetKr: "2.000.000", reason: "kort" }, "reason", "Skriv en begrundelse for ændringen (mindst 10 tegn)"],
      [{ approvedBudgetKr: "mange penge", reason }, "approvedBudgetKr", "Godkendt budget skal være et beløb i kr."],
      [{ departmentId: 99_999, reason }, "departmentId", "Afdelingen findes ikke"],
      [{ ownerId: 99_999, reason }, "ownerId", "Vælg en aktiv projektejer"],
      [{ phase: "closed", reason }, "phase", "En ændringsanmodning kan kun bede om at stoppe projektet; andre faseskift sker med en fasegodkendelse"],
      [{ baselineEnd: "2025-12-01", reason }, "baselineEnd", "Planlagt slut skal ligge efter planlagt start"],
      [{ baselineStart: "2026-02-30", reason }, "baselineStart", "Planlagt start skal være en gyldig dato"],
    ];
    for (const [values, field, message] of cases) {
      const error = expectUnchanged(ValidationError, () => fileChangeRequest(world.lead, projectCode, form(values), fixedNow));
      expect(error.fieldErrors[field]).toEqual([message]);
    }
    db().update(users).set({ active: false }).where(eq(users.id, world.headB.id)).run();
    const inactive = expectUnchanged(ValidationError, () => fileChangeRequest(world.lead, projectCode, form({ ownerId: world.headB.id, reason }), fixedNow));
    expect(inactive.fieldErrors.ownerId).toEqual(["Vælg en aktiv projektejer"]);
  });

  it("keeps one pending request per project", () => {
    fileChangeRequest(world.lead, projectCode, form({ approvedBudgetKr: "2.000.000", reason }), fixedNow);
    const error = expectUnchanged(ConflictError, () => fileChangeRequest(world.headA, projectCode, form({ ownerId: world.headA.id, reason }), fixedNow));
    expect(error.message).toBe("Projektet har allerede en ændringsanmodning, der venter på direktionen.");
  });

  it("answers an unknown project with NotFoundError", () => {
    expect(caught(() => fileChangeRequest(world.lead, "DIG-2026-999", form({ approvedBudgetKr: "1", reason }), fixedNow))).toBeInstanceOf(NotFoundError);
  });
});

describe("decideChangeRequest on the project page", () => {
  const later = new Date("2026-11-28T10:00:00Z");

  it("applies an approved request in one go: new values, a new version, audit of old → new", () => {
    const id = fileChangeRequest(world.lead, projectCode, form({ approvedBudgetKr: "2.500.000", ownerId: world.headA.id, reason }), fixedNow);
    decideChangeRequest(world.director, id, form({ decision: "approved", comment: "Godkendt" }), later);
    expect(projectRow(db(), world.project.id)).toMatchObject({ approvedBudgetKr: 2_500_000, ownerId: world.headA.id, version: 2, updatedAt: later.toISOString() });
    expect(requestRows()[0]).toMatchObject({ status: "approved", decidedById: world.director.id, decidedAt: later.toISOString(), decisionComment: "Godkendt" });
    const [event] = successAudit(db(), "change_request.approve");
    expect(event).toMatchObject({ actorId: world.director.id, objectType: "project", objectId: projectCode });
    expect(JSON.parse(event.changes!)).toMatchObject({
      changeRequestId: id,
      fields: { approvedBudgetKr: { from: 1_000_000, to: 2_500_000 }, ownerId: { from: world.owner.id, to: world.headA.id } },
      reason,
      requestedById: world.lead.id,
    });
    expect(verifyAuditChain(db()).ok).toBe(true);
  });

  it("stops a project when a director approves a requested stop, keeping the reason and withdrawing a pending gate", () => {
    const gateId = db()
      .insert(gateRequests)
      .values({ projectId: world.project.id, fromPhase: "analysis", toPhase: "trial", checklist: "[]", requestedById: world.lead.id, requestedAt: fixedNow.toISOString() })
      .returning()
      .get().id;
    const id = fileChangeRequest(world.lead, projectCode, form({ phase: "stopped", reason: "Leverandøren er gået konkurs" }), fixedNow);
    decideChangeRequest(world.director, id, form({ decision: "approved" }), later);
    expect(projectRow(db(), world.project.id)).toMatchObject({ phase: "stopped", stopReason: "Leverandøren er gået konkurs" });
    expect(db().select().from(gateRequests).where(eq(gateRequests.id, gateId)).get()!.status).toBe("withdrawn");
  });

  it("rejects with a comment, keeps the reason and changes no figure", () => {
    const id = fileChangeRequest(world.lead, projectCode, form({ approvedBudgetKr: "2.500.000", reason }), fixedNow);
    expect(expectUnchanged(ValidationError, () => decideChangeRequest(world.director, id, form({ decision: "rejected" }), later)).fieldErrors.comment).toEqual([
      "Skriv hvorfor ændringsanmodningen afvises",
    ]);
    decideChangeRequest(world.director, id, form({ decision: "rejected", comment: "Find pengene i egen ramme" }), later);
    expect(requestRows()[0]).toMatchObject({ status: "rejected", reason, decisionComment: "Find pengene i egen ramme" });
    expect(projectRow(db(), world.project.id)).toMatchObject({ approvedBudgetKr: 1_000_000, version: 1 });
    expect(successAudit(db(), "change_request.reject")).toHaveLength(1);
  });

  it("leaves the decision to directors", () => {
    const id = fileChangeRequest(world.lead, projectCode, form({ approvedBudgetKr: "2.500.000", reason }), fixedNow);
    for (const actor of [world.admin, world.headA, world.owner, world.lead]) {
      expectDenied(actor, "change_request.approve", () => decideChangeRequest(actor, id, form({ decision: "approved" }), later));
    }
    expect(requestRows()[0].status).toBe("pending");
  });

  it("refuses a second decision and a request whose figures moved since it was filed", () => {
    const id = fileChangeRequest(world.lead, projectCode, form({ approvedBudgetKr: "2.500.000", reason }), fixedNow);
    db().update(projects).set({ approvedBudgetKr: 1_200_000 }).where(eq(projects.id, world.project.id)).run();
    const moved = expectUnchanged(ConflictError, () => decideChangeRequest(world.director, id, form({ decision: "approved" }), later));
    expect(moved.message).toBe("Projektet er ændret, siden anmodningen blev sendt (godkendt budget). Afvis anmodningen, og bed om en ny.");
    decideChangeRequest(world.director, id, form({ decision: "rejected", comment: "Forældet" }), later);
    expect(expectUnchanged(ConflictError, () => decideChangeRequest(world.director, id, form({ decision: "approved" }), later)).message).toBe(
      "Ændringsanmodningen er allerede afgjort.",
    );
    expect(caught(() => decideChangeRequest(world.director, 99_999, form({ decision: "approved" }), later))).toBeInstanceOf(NotFoundError);
  });
});

describe("change requests in a board meeting", () => {
  it("enter the decision queue, go on the agenda and apply themselves when the board approves", () => {
    const id = fileChangeRequest(world.headA, projectCode, form({ approvedBudgetKr: "3.000.000", baselineEnd: "2027-03-31", reason }), fixedNow);
    const queued = loadDecisionQueue(db()).find((item) => item.queueKind === "change_request");
    expect(queued).toMatchObject({
      key: queueKey("change_request", id),
      title: "Ændringsanmodning: Faldsensorer i plejeboliger",
      summary: `Godkendt budget, Planlagt slut (baseline): ${reason}`,
      projectId: world.project.id,
      changeRequestId: id,
    });
    const meetingId = newMeeting(world);
    const itemId = addQueueItem(world.director, meetingId, form({ key: queueKey("change_request", id) }));
    expect(db().select().from(agendaItems).where(eq(agendaItems.id, itemId)).get()).toMatchObject({ queueKind: "change_request", kind: "decision", changeRequestId: id });
    expect(loadDecisionQueue(db()).some((item) => item.key === queueKey("change_request", id))).toBe(false);

    recordDecision(world.director2, itemId, form({ outcome: "approved", text: "Godkendt af koncernledelsen" }), fixedNow);
    expect(projectRow(db(), world.project.id)).toMatchObject({ approvedBudgetKr: 3_000_000, baselineEnd: "2027-03-31", version: 2 });
    expect(requestRows()[0]).toMatchObject({ status: "approved", decidedById: world.director2.id, decisionComment: "Godkendt af koncernledelsen" });
    expect(JSON.parse(successAudit(db(), "change_request.approve")[0].changes!)).toMatchObject({ meetingId, agendaItemId: itemId });
  });

  it("changes nothing when the board rejects, and keeps the request's reason", () => {
    const id = fileChangeRequest(world.lead, projectCode, form({ ownerId: world.headA.id, reason }), fixedNow);
    const itemId = addQueueItem(world.director, newMeeting(world), form({ key: queueKey("change_request", id) }));
    recordDecision(world.director, itemId, form({ outcome: "rejected", text: "Ejerskabet bliver i afdelingen" }), fixedNow);
    expect(projectRow(db(), world.project.id)).toMatchObject({ ownerId: world.owner.id, version: 1 });
    expect(requestRows()[0]).toMatchObject({ status: "rejected", reason, decisionComment: "Ejerskabet bliver i afdelingen" });
  });

  it("shows a request decided on the project page as settled on the agenda, where the board can only take note of it", () => {
    const id = fileChangeRequest(world.lead, projectCode, form({ ownerId: world.headA.id, reason }), fixedNow);
    const meetingId = newMeeting(world);
    const itemId = addQueueItem(world.director, meetingId, form({ key: queueKey("change_request", id) }));
    decideChangeRequest(world.director2, id, form({ decision: "rejected", comment: "Ejerskabet bliver i afdelingen" }), fixedNow);
    expect(getMeeting(meetingId)!.items.find((item) => item.id === itemId)!.settled).toMatchObject({ outcome: "rejected", at: fixedNow.toISOString() });
    const refused = caught(() => recordDecision(world.director, itemId, form({ outcome: "approved" }), fixedNow));
    expect(refused).toBeInstanceOf(ValidationError);
    recordDecision(world.director, itemId, form({ outcome: "noted" }), fixedNow);
    expect(requestRows()[0]).toMatchObject({ status: "rejected", decidedById: world.director2.id });
  });

  it("records nothing when applying fails, and lets no one but a director decide", () => {
    const id = fileChangeRequest(world.lead, projectCode, form({ approvedBudgetKr: "2.000.000", reason }), fixedNow);
    const itemId = addQueueItem(world.director, newMeeting(world), form({ key: queueKey("change_request", id) }));
    for (const actor of [world.admin, world.headA, world.lead]) {
      expectDenied(actor, "meeting.decision", () => recordDecision(actor, itemId, form({ outcome: "approved" }), fixedNow));
    }
    db().update(projects).set({ approvedBudgetKr: 1_500_000 }).where(eq(projects.id, world.project.id)).run();
    expectUnchanged(ConflictError, () => recordDecision(world.director, itemId, form({ outcome: "approved" }), fixedNow));
    expect(requestRows()[0].status).toBe("pending");
  });
});
