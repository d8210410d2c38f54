import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { meetings } from "@/db/schema";
import { ConflictError, ValidationError } from "@/lib/services/errors";
import { markMeetingHeld, startMeetingEarly } from "@/lib/services/meeting-start";
import { listMeetings } from "@/lib/queries/meetings";
import { addFreeItem, approveMinutes, createMeeting, recordDecision } from "@/lib/services/meetings";
import { decisionOf, expectMeetingForbidden, expectMeetingRefused, meetingRow, meetingValues, nonDirectorPicks, seedMeetingWorld, type MeetingWorld } from "./meeting-fixtures";
import { fixedNow, form, successAudit } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
let world: MeetingWorld;
// fixedNow is 2026-11-27 10:00 in Copenhagen; this meeting starts at 13:00 that day.
const afternoon = { ...meetingValues, time: "13:00", participantIds: [] as number[] };

beforeEach(() => {
  world = seedMeetingWorld(db());
});

function laterMeeting() {
  const meetingId = createMeeting(world.director, form(afternoon));
  const itemId = addFreeItem(world.director, meetingId, form({ kind: "decision", title: "Budgetramme 2027" }));
  return { meetingId, itemId };
}

describe("the start rule", () => {
  it("refuses a decision before the meeting's start time, changing nothing", () => {
    const { itemId } = laterMeeting();
    const error = expectMeetingRefused(db(), ConflictError, () => recordDecision(world.director, itemId, form({ outcome: "approved" }), fixedNow));
    expect(error.message).toMatch(/^Mødet er ikke begyndt endnu/);
  });

  it("allows decisions from the start time", () => {
    const { itemId } = laterMeeting();
    recordDecision(world.director, itemId, form({ outcome: "approved" }), new Date("2026-11-27T12:00:00Z"));
    expect(decisionOf(db(), itemId)).toMatchObject({ outcome: "approved" });
  });

  it("lets a director start the meeting early, audited, and then decide", () => {
    const { meetingId, itemId } = laterMeeting();
    startMeetingEarly(world.director2, meetingId, fixedNow);
    expect(meetingRow(db(), meetingId)).toMatchObject({ startedEarlyAt: fixedNow.toISOString(), startedEarlyById: world.director2.id });
    const [event] = successAudit(db(), "meeting.start_early");
    expect(JSON.parse(event.changes!)).toMatchObject({ scheduled: "2026-11-27 13:00" });
    recordDecision(world.director, itemId, form({ outcome: "approved" }), fixedNow);
    expect(decisionOf(db(), itemId)).toBeDefined();
    expect(expectMeetingRefused(db(), ConflictError, () => startMeetingEarly(world.director, meetingId, fixedNow)).message).toBe("Mødet er allerede begyndt.");
  });

  for (const [name, pick] of nonDirectorPicks) {
    it(`refuses an early start by ${name}`, () => {
      const { meetingId } = laterMeeting();
      expectMeetingForbidden(db(), pick(world), "meeting.start_early", () => startMeetingEarly(pick(world), meetingId, fixedNow));
    });
  }
});

describe("minutes and the held meeting", () => {
  it("approves minutes only after the meeting is marked held, which needs the meeting started", () => {
    const { meetingId } = laterMeeting();
    expect(expectMeetingRefused(db(), ConflictError, () => approveMinutes(world.director, meetingId, fixedNow)).message).toBe(
      "Referatet kan først godkendes, når mødet er markeret som afholdt.",
    );
    expect(expectMeetingRefused(db(), ConflictError, () => markMeetingHeld(world.director, meetingId, fixedNow)).message).toBe(
      "Mødet er ikke begyndt endnu og kan ikke markeres som afholdt.",
    );
    const held = new Date("2026-11-27T14:00:00Z");
    markMeetingHeld(world.director, meetingId, held);
    expect(successAudit(db(), "meeting.held")).toHaveLength(1);
    expect(meetingRow(db(), meetingId).status).toBe("held");
    approveMinutes(world.director, meetingId, held);
    expect(approveMinutes(world.director2, meetingId, held)).toBe(false);
  });

  for (const [name, pick] of nonDirectorPicks) {
    it(`refuses marking the meeting held by ${name}`, () => {
      const { meetingId } = laterMeeting();
      expectMeetingForbidden(db(), pick(world), "meeting.held", () => markMeetingHeld(pick(world), meetingId, new Date("2026-11-27T14:00:00Z")));
    });
  }
});

describe("a meeting whose minutes are locked", () => {
  it("is listed under past meetings even before its date has passed, as it is once held", () => {
    const meetingId = createMeeting(world.director, form({ ...meetingValues, participantIds: [world.director.id] }));
    const ids = (period: "upcoming" | "past") => listMeetings(world.director, period, "2026-11-27").rows.map((row) => row.id);
    expect(ids("upcoming")).toContain(meetingId);
    const itemId = addFreeItem(world.director, meetingId, form({ kind: "decision", title: "Budgetramme 2027" }));
    recordDecision(world.director, itemId, form({ outcome: "approved" }), fixedNow);
    expect(ids("upcoming")).not.toContain(meetingId);
    expect(ids("past")).toContain(meetingId);
    expect(approveMinutes(world.director, meetingId, fixedNow)).toBe(true);
    expect(ids("upcoming")).not.toContain(meetingId);
    expect(ids("past")).toContain(meetingId);
  });

  it("cannot be started early, changing nothing", () => {
    const { meetingId } = laterMeeting();
    db().update(meetings).set({ status: "minutes_approved", minutesLockedAt: fixedNow.toISOString() }).where(eq(meetings.id, meetingId)).run();
    expect(expectMeetingRefused(db(), ConflictError, () => startMeetingEarly(world.director, meetingId, fixedNow)).message).toBe("Referatet er godkendt og låst.");
  });
});

describe("information items", () => {
  it("are taken note of, never approved", () => {
    const meetingId = createMeeting(world.director, form({ ...meetingValues, participantIds: [] }));
    const itemId = addFreeItem(world.director, meetingId, form({ kind: "information", title: "Orientering om budget" }));
    const error = expectMeetingRefused(db(), ValidationError, () => recordDecision(world.director, itemId, form({ outcome: "approved" }), fixedNow));
    expect(error.fieldErrors.outcome).toEqual(["Et orienteringspunkt kan kun tages til efterretning"]);
    recordDecision(world.director, itemId, form({ outcome: "noted" }), fixedNow);
    expect(decisionOf(db(), itemId)).toMatchObject({ outcome: "noted" });
  });

  it("a decision item cannot be merely taken note of", () => {
    const meetingId = createMeeting(world.director, form({ ...meetingValues, participantIds: [] }));
    const itemId = addFreeItem(world.director, meetingId, form({ kind: "decision", title: "Budgetramme 2027" }));
    expectMeetingRefused(db(), ValidationError, () => recordDecision(world.director, itemId, form({ outcome: "noted" }), fixedNow));
  });
});
