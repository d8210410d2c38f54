import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { benefitRebaselines, benefits, experiments, gateRequests, notifications, projectChangeRequests, projects, undoneDecisions, zones } from "@/db/schema";
import { queueKey } from "@/lib/domain/meetings";
import { fileChangeRequest } from "@/lib/services/change-requests";
import { ConflictError, ValidationError } from "@/lib/services/errors";
import { undoDecision } from "@/lib/services/meeting-decision-undo";
import { addFreeItem, addQueueItem, approveMinutes, recordDecision } from "@/lib/services/meetings";
import { decisionOf, expectMeetingForbidden, expectMeetingRefused, newMeeting, nonDirectorPicks, pendingGate, pendingRebaseline, rebaselineValues, seedMeetingWorld, type MeetingWorld } from "./meeting-fixtures";
import { fixedNow, form, projectCode, projectRow, successAudit } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
let world: MeetingWorld;
const later = new Date("2026-11-27T10:00:00Z");
const reason = form({ reason: "Besluttet på et forkert grundlag" });

beforeEach(() => {
  world = seedMeetingWorld(db());
});

function gateDecided(outcome: "approved" | "rejected") {
  const gateId = pendingGate(db(), world);
  const meetingId = newMeeting(world, [world.director.id]);
  const itemId = addQueueItem(world.director, meetingId, form({ key: queueKey("gate", gateId) }));
  recordDecision(world.director, itemId, form({ outcome, text: outcome === "approved" ? "" : "Kom igen med en DPIA" }), fixedNow);
  return { gateId, meetingId, itemId };
}

const undoneRows = () => db().select().from(undoneDecisions).all();

describe("undoing a gate decision", () => {
  it("moves the phase back, reopens the request, and keeps both the decision and its undoing", () => {
    const { gateId, itemId } = gateDecided("approved");
    expect(projectRow(db(), world.project.id).phase).toBe("trial");

    expect(undoDecision(world.director2, itemId, reason, later)).toEqual([]);
    expect(projectRow(db(), world.project.id).phase).toBe("analysis");
    expect(db().select().from(gateRequests).where(eq(gateRequests.id, gateId)).get()).toMatchObject({ status: "pending", decidedById: null });
    expect(decisionOf(db(), itemId)).toBeUndefined();
    expect(undoneRows()).toEqual([
      expect.objectContaining({ agendaItemId: itemId, outcome: "approved", recordedById: world.director.id, undoneById: world.director2.id, reason: "Besluttet på et forkert grundlag", manualSteps: "" }),
    ]);
    const projectEvents = successAudit(db(), "meeting.decision_undo").map((event) => event.objectType);
    expect(projectEvents.sort()).toEqual(["meeting", "project"]);
    expect(successAudit(db(), "meeting.decision")).toHaveLength(2);
    expect(db().select().from(notifications).where(eq(notifications.title, "Koncernledelsen har fortrudt en beslutning: Fasegodkendelse: Faldsensorer i plejeboliger")).all().length).toBeGreaterThan(0);

    // The item can be decided again.
    recordDecision(world.director, itemId, form({ outcome: "rejected", text: "Afvist alligevel" }), later);
    expect(db().select().from(gateRequests).where(eq(gateRequests.id, gateId)).get()!.status).toBe("rejected");
  });

  it("reopens a rejected gate", () => {
    const rejected = gateDecided("rejected");
    undoDecision(world.director, rejected.itemId, reason, later);
    expect(db().select().from(gateRequests).where(eq(gateRequests.id, rejected.gateId)).get()!.status).toBe("pending");
  });

  it("says what to do by hand when the project has moved on since the decision", () => {
    const { itemId } = gateDecided("approved");
    db().update(projects).set({ phase: "implementation" }).where(eq(projects.id, world.project.id)).run();
    expect(undoDecision(world.director, itemId, reason, later)).toEqual([
      `Projektet ${projectCode} har skiftet fase siden beslutningen; flyt det tilbage i hånden, hvis det skal.`,
    ]);
    expect(projectRow(db(), world.project.id).phase).toBe("implementation");
    expect(undoneRows()[0].manualSteps).toMatch(/i hånden/);
  });

  it("is refused without a reason, changing nothing", () => {
    const { itemId } = gateDecided("approved");
    const error = expectMeetingRefused(db(), ValidationError, () => undoDecision(world.director, itemId, form({ reason: " " }), later));
    expect(error.fieldErrors.reason).toEqual(["Skriv hvorfor beslutningen fortrydes (mindst 3 tegn)"]);
    expect(projectRow(db(), world.project.id).phase).toBe("trial");
  });

  for (const [name, pick] of nonDirectorPicks) {
    it(`is refused for ${name}: the decision and the phase stay`, () => {
      const { itemId } = gateDecided("approved");
      expectMeetingForbidden(db(), pick(world), "meeting.decision_undo", () => undoDecision(pick(world), itemId, reason, later));
      expect(projectRow(db(), world.project.id).phase).toBe("trial");
      expect(undoneRows()).toEqual([]);
    });
  }

  it("is refused once the minutes are approved", () => {
    const { itemId, meetingId } = gateDecided("approved");
    expect(approveMinutes(world.director, meetingId, fixedNow)).toBe(true);
    const error = expectMeetingRefused(db(), ConflictError, () => undoDecision(world.director, itemId, reason, later));
    expect(error.message).toBe("Referatet er godkendt og låst. En beslutning kan ikke længere fortrydes.");
    expect(projectRow(db(), world.project.id).phase).toBe("trial");
  });

  it("refuses a stale undo: the decision was undone and decided again since the form was opened", () => {
    const { itemId } = gateDecided("approved");
    const shown = decisionOf(db(), itemId)!.id;
    undoDecision(world.director, itemId, form({ reason: "Første fortrydelse", decisionId: shown }), later);
    recordDecision(world.director, itemId, form({ outcome: "approved" }), later);
    const error = expectMeetingRefused(db(), ConflictError, () => undoDecision(world.director2, itemId, form({ reason: "Forældet formular", decisionId: shown }), later));
    expect(error.message).toBe("Beslutningen er ændret, siden du åbnede den. Intet er fortrudt; se den nyeste beslutning.");
    expect(projectRow(db(), world.project.id).phase).toBe("trial");
  });

  it("is refused for an item without a decision", () => {
    const meetingId = newMeeting(world);
    const itemId = addFreeItem(world.director, meetingId, form({ kind: "decision", title: "Budgetramme 2027" }));
    expect(expectMeetingRefused(db(), ConflictError, () => undoDecision(world.director, itemId, reason, later)).message).toBe("Punktet har ingen beslutning at fortryde.");
  });
});

describe("undoing other decision effects", () => {
  it("restores a benefit's baseline and target after an approved re-baseline", () => {
    const { benefitId, rebaselineId } = pendingRebaseline(db(), world);
    const before = db().select().from(benefits).where(eq(benefits.id, benefitId)).get()!;
    const itemId = addQueueItem(world.director, newMeeting(world), form({ key: queueKey("rebaseline", rebaselineId) }));
    recordDecision(world.director, itemId, form({ outcome: "approved" }), fixedNow);
    expect(db().select().from(benefits).where(eq(benefits.id, benefitId)).get()).toMatchObject({ baselineValue: rebaselineValues.newBaselineValue });

    undoDecision(world.director, itemId, reason, later);
    expect(db().select().from(benefits).where(eq(benefits.id, benefitId)).get()).toMatchObject({
      baselineValue: before.baselineValue,
      baselineDate: before.baselineDate,
      targetValue: before.targetValue,
      targetDate: before.targetDate,
    });
    expect(db().select().from(benefitRebaselines).where(eq(benefitRebaselines.id, rebaselineId)).get()!.status).toBe("pending");
  });

  it("leaves a benefit whose dates changed after an approved re-baseline, and names the manual step", () => {
    const { benefitId, rebaselineId } = pendingRebaseline(db(), world);
    const itemId = addQueueItem(world.director, newMeeting(world), form({ key: queueKey("rebaseline", rebaselineId) }));
    recordDecision(world.director, itemId, form({ outcome: "approved" }), fixedNow);
    db().update(benefits).set({ targetDate: "2031-12-31" }).where(eq(benefits.id, benefitId)).run();
    const changed = db().select().from(benefits).where(eq(benefits.id, benefitId)).get()!;

    const manual = undoDecision(world.director, itemId, reason, later);
    expect(manual).toEqual([expect.stringMatching(/er ændret siden beslutningen; gendan baseline og mål i hånden/)]);
    expect(db().select().from(benefits).where(eq(benefits.id, benefitId)).get()).toEqual(changed);
  });

  it("restores a change request's fields from the recorded old values", () => {
    const before = projectRow(db(), world.project.id);
    const id = fileChangeRequest(world.headA, projectCode, form({ approvedBudgetKr: "3.000.000", reason: "Udvidet til alle plejecentre" }), fixedNow);
    const itemId = addQueueItem(world.director, newMeeting(world), form({ key: queueKey("change_request", id) }));
    recordDecision(world.director, itemId, form({ outcome: "approved" }), fixedNow);
    expect(projectRow(db(), world.project.id).approvedBudgetKr).toBe(3_000_000);

    undoDecision(world.director, itemId, reason, later);
    expect(projectRow(db(), world.project.id).approvedBudgetKr).toBe(before.approvedBudgetKr);
    expect(db().select().from(projectChangeRequests).where(eq(projectChangeRequests.id, id)).get()!.status).toBe("pending");
  });

  it("withdraws an experiment's approval, and names the manual step after a scaling", () => {
    const zoneId = db().insert(zones).values({ name: "Data og AI", slug: "data-og-ai", sponsorId: world.director.id, leadId: world.lead.id, riskFrameKr: 500_000 }).returning({ id: zones.id }).get().id;
    const experimentId = db()
      .insert(experiments)
      .values({ zoneId, createdById: world.lead.id, title: "Generativ AI", hypothesis: "Vi tror at…", moneyAtRiskKr: 600_000, state: "awaiting_approval" })
      .returning({ id: experiments.id })
      .get().id;
    const meetingId = newMeeting(world);
    const itemId = addQueueItem(world.director, meetingId, form({ key: queueKey("experiment_approval", experimentId) }));
    recordDecision(world.director, itemId, form({ outcome: "approved" }), fixedNow);
    undoDecision(world.director, itemId, reason, later);
    expect(db().select().from(experiments).where(eq(experiments.id, experimentId)).get()).toMatchObject({ state: "awaiting_approval", approvedById: null });

    const scaled = db()
      .insert(experiments)
      .values({ zoneId, createdById: world.lead.id, title: "Chatbot", hypothesis: "Vi tror at…", moneyAtRiskKr: 100_000, state: "finished", decision: "scale", learning: "Det virker." })
      .returning({ id: experiments.id })
      .get().id;
    const scaleItem = addQueueItem(world.director, meetingId, form({ key: queueKey("experiment_scale", scaled) }));
    recordDecision(world.director, scaleItem, form({ outcome: "approved", departmentId: world.deptB, purpose: "efficiency", approvedBudgetKr: "1.200.000" }), fixedNow);
    expect(undoDecision(world.director, scaleItem, reason, later)).toEqual([
      "Skaleringen har oprettet et nyt projekt; stop eller luk det i hånden, hvis det ikke skal fortsætte.",
    ]);
    expect(undoneRows().at(-1)!.manualSteps).toMatch(/i hånden/);
  });
});
