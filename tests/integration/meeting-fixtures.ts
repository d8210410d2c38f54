import { asc, eq } from "drizzle-orm";
import { expect } from "vitest";
import type { AppDatabase } from "@/db";
import {
  agendaItems,
  auditEvents,
  benefitRebaselines,
  decisions,
  meetingParticipants,
  meetings,
  minutesApprovals,
  privateNotes,
  statusReports,
  users,
} from "@/db/schema";
import { ForbiddenError } from "@/lib/services/errors";
import { requestGate } from "@/lib/services/gates";
import type { ActingUser } from "@/lib/services/guard";
import { createMeeting } from "@/lib/services/meetings";
import { auditCount, caught, fixedNow, form, insertBenefit, meetAnalysisChecklist, projectCode, seedWorld, snapshot, type World } from "./project-fixtures";

export type MeetingWorld = World & { director2: ActingUser; director3: ActingUser; retiredDirector: ActingUser };
export type MeetingActorPick = [name: string, pick: (world: MeetingWorld) => ActingUser];

function insertUser(db: AppDatabase, name: string, email: string, active = true): ActingUser {
  const row = db
    .insert(users)
    .values({ name, email, role: "director", departmentId: null, active, passwordHash: "not-a-real-hash" })
    .returning({ id: users.id, role: users.role, departmentId: users.departmentId })
    .get();
  return { id: row.id, role: row.role, departmentId: row.departmentId };
}

/** The project fixture world plus two more directors and one who has left (inactive). */
export function seedMeetingWorld(db: AppDatabase): MeetingWorld {
  const world = seedWorld(db);
  return {
    ...world,
    director2: insertUser(db, "Didde Direktør", "direktor2@test.dk"),
    director3: insertUser(db, "Dennis Direktør", "direktor3@test.dk"),
    retiredDirector: insertUser(db, "Rita Fratrådt", "fratraadt@test.dk", false),
  };
}

/** Everyone who is not a director: none of them manage meetings, record decisions or keep notes. */
export const nonDirectorPicks: MeetingActorPick[] = [
  ["admin", (world) => world.admin],
  ["department head of the project's department", (world) => world.headA],
  ["department head of another department", (world) => world.headB],
  ["staff project owner", (world) => world.owner],
  ["staff project lead", (world) => world.lead],
  ["staff of another department", (world) => world.staffB],
];

export const meetingValues = { title: "Koncernledelsesmøde december", date: "2026-11-27", time: "08:00", location: "Rådhuset, mødelokale 1" };

/** A meeting created by the fixture director; participants default to every active director. */
export function newMeeting(world: MeetingWorld, participantIds: number[] = []): number {
  return createMeeting(world.director, form({ ...meetingValues, participantIds }));
}

/** A pending gate request analyse → afprøvning on the fixture project (checklist met). */
export function pendingGate(db: AppDatabase, world: World): number {
  meetAnalysisChecklist(db, world);
  return requestGate(world.lead, projectCode, form({ toPhase: "trial", comment: "Klar til pilot" }), fixedNow);
}

export const rebaselineValues = { newBaselineValue: 44, newBaselineDate: "2026-03-01", newTargetValue: 25, newTargetDate: "2028-06-30" };

/** A pending re-baseline of a benefit of the fixture project. */
export function pendingRebaseline(db: AppDatabase, world: World): { benefitId: number; rebaselineId: number } {
  const benefitId = insertBenefit(db, world.project.id, { ownerId: world.headA.id });
  const rebaselineId = db
    .insert(benefitRebaselines)
    .values({
      benefitId,
      oldBaselineValue: 40,
      oldBaselineDate: "2026-01-01",
      oldTargetValue: 20,
      oldTargetDate: "2027-12-31",
      ...rebaselineValues,
      reason: "Opgørelsen af faldskader er ændret",
      requestedById: world.lead.id,
      requestedAt: "2026-11-01T10:00:00.000Z",
    })
    .returning({ id: benefitRebaselines.id })
    .get().id;
  return { benefitId, rebaselineId };
}

/** A published status report whose overall light is red, which puts the project in the decision queue. */
export function publishRedReport(db: AppDatabase, world: World): void {
  db.insert(statusReports)
    .values({
      projectId: world.project.id,
      reportDate: "2026-11-20",
      state: "published",
      timeLight: "red",
      timeComment: "Fire måneder forsinket",
      economyLight: "green",
      deliveryLight: "yellow",
      deliveryComment: "Leverandøren mangler",
      riskLight: "green",
      benefitsLight: "green",
      overallLight: "red",
      overallComment: "Leverandøren er fire måneder forsinket",
      authorId: world.lead.id,
      publishedAt: "2026-11-20T12:00:00.000Z",
      publishedById: world.lead.id,
    })
    .run();
}

/** Every row a project, benefit or meeting service can write (the audit trail excepted). */
export function meetingSnapshot(db: AppDatabase) {
  return {
    ...snapshot(db),
    rebaselines: db.select().from(benefitRebaselines).orderBy(asc(benefitRebaselines.id)).all(),
    meetings: db.select().from(meetings).orderBy(asc(meetings.id)).all(),
    participants: db.select().from(meetingParticipants).all(),
    agendaItems: db.select().from(agendaItems).orderBy(asc(agendaItems.id)).all(),
    decisions: db.select().from(decisions).orderBy(asc(decisions.id)).all(),
    approvals: db.select().from(minutesApprovals).all(),
    notes: db.select().from(privateNotes).all(),
  };
}

const lastAudit = (db: AppDatabase) => db.select().from(auditEvents).orderBy(asc(auditEvents.id)).all().at(-1)!;

/** The refusal contract: ForbiddenError, nothing changed, exactly one new event — the denial of `action` by this actor. */
export function expectMeetingForbidden(db: AppDatabase, actor: ActingUser, action: string, call: () => unknown): void {
  const before = meetingSnapshot(db);
  const eventsBefore = auditCount(db);
  expect(call).toThrow(ForbiddenError);
  expect(meetingSnapshot(db)).toEqual(before);
  expect(auditCount(db)).toBe(eventsBefore + 1);
  expect(lastAudit(db)).toMatchObject({ action, actorId: actor.id, actorRole: actor.role, outcome: "denied" });
}

/** Refused without a trace: the given error class, nothing changed, nothing audited. */
export function expectMeetingRefused<E extends Error>(db: AppDatabase, errorClass: new (...args: never[]) => E, call: () => unknown): E {
  const before = meetingSnapshot(db);
  const eventsBefore = auditCount(db);
  const error = caught(call);
  expect(error).toBeInstanceOf(errorClass);
  expect(meetingSnapshot(db)).toEqual(before);
  expect(auditCount(db)).toBe(eventsBefore);
  return error as E;
}

export const itemRow = (db: AppDatabase, id: number) => db.select().from(agendaItems).where(eq(agendaItems.id, id)).get();
export const meetingRow = (db: AppDatabase, id: number) => db.select().from(meetings).where(eq(meetings.id, id)).get()!;
export const decisionOf = (db: AppDatabase, itemId: number) => db.select().from(decisions).where(eq(decisions.agendaItemId, itemId)).get();
export const itemsOf = (db: AppDatabase, meetingId: number) =>
  db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position)).all();
