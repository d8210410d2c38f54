import { and, asc, count, eq } from "drizzle-orm";
import { expect } from "vitest";
import type { AppDatabase } from "@/db";
import {
  auditEvents,
  benefits,
  departments,
  gateRequests,
  involvements,
  projectGoals,
  projects,
  projectTags,
  risks,
  statusReports,
  strategyGoals,
  technologyTags,
  users,
} from "@/db/schema";
import type { Role } from "@/lib/codes";
import { ForbiddenError } from "@/lib/services/errors";
import type { ActingUser } from "@/lib/services/guard";

export const projectCode = "DIG-2026-007";
export const fixedNow = new Date("2026-11-27T09:00:00Z");

export type World = {
  deptA: number;
  deptB: number;
  goalId: number;
  director: ActingUser;
  admin: ActingUser;
  headA: ActingUser;
  headB: ActingUser;
  owner: ActingUser;
  lead: ActingUser;
  otherStaff: ActingUser;
  staffB: ActingUser;
  project: { id: number; code: string };
};

function insertUser(db: AppDatabase, name: string, email: string, role: Role, departmentId: number | null): ActingUser {
  const row = db
    .insert(users)
    .values({ name, email, role, departmentId, passwordHash: "not-a-real-hash" })
    .returning({ id: users.id, role: users.role, departmentId: users.departmentId })
    .get();
  return { id: row.id, role: row.role, departmentId: row.departmentId };
}

/**
 * A minimal municipality: departments A and B, one user per role (a department head for each department),
 * and one project in A in phase "analyse", owned by a staff member of A and led by another.
 */
export function seedWorld(db: AppDatabase, project: Partial<typeof projects.$inferInsert> = {}): World {
  const deptA = db.insert(departments).values({ name: "Social og Sundhed", shortName: "SOS", kind: "area" }).returning().get().id;
  const deptB = db.insert(departments).values({ name: "Teknik og Miljø", shortName: "TMF", kind: "area" }).returning().get().id;
  const director = insertUser(db, "Dorte Direktør", "direktor@test.dk", "director", null);
  const admin = insertUser(db, "Anders Admin", "admin@test.dk", "admin", null);
  const headA = insertUser(db, "Hanne Chef A", "chef-a@test.dk", "department_head", deptA);
  const headB = insertUser(db, "Henrik Chef B", "chef-b@test.dk", "department_head", deptB);
  const owner = insertUser(db, "Olga Ejer", "ejer@test.dk", "staff", deptA);
  const lead = insertUser(db, "Lars Leder", "leder@test.dk", "staff", deptA);
  const otherStaff = insertUser(db, "Mette Medarbejder", "medarbejder@test.dk", "staff", deptA);
  const staffB = insertUser(db, "Bo Medarbejder", "medarbejder-b@test.dk", "staff", deptB);
  const goalId = db.insert(strategyGoals).values({ title: "Mere tid til borgeren", focus: "efficiency" }).returning().get().id;
  const row = db
    .insert(projects)
    .values({
      code: projectCode,
      title: "Faldsensorer i plejeboliger",
      summary: "Sensorer, der varsler personalet ved fald.",
      purpose: "quality",
      departmentId: deptA,
      ownerId: owner.id,
      leadId: lead.id,
      phase: "analysis",
      baselineStart: "2026-01-05",
      baselineEnd: "2026-12-18",
      forecastEnd: "2026-12-18",
      approvedBudgetKr: 0,
      spentKr: 0,
      priority: "medium",
      // Registered when it started, long before fixedNow.
      createdAt: "2026-01-05T08:00:00.000Z",
      updatedAt: "2026-01-05T08:00:00.000Z",
      ...project,
    })
    .returning({ id: projects.id, code: projects.code })
    .get();
  return { deptA, deptB, goalId, director, admin, headA, headB, owner, lead, otherStaff, staffB, project: row };
}

export type ActorPick = [name: string, pick: (world: World) => ActingUser];

/** Everyone allowed to edit the fixture project, and everyone who is not. */
export const editorPicks: ActorPick[] = [
  ["director", (world) => world.director],
  ["admin", (world) => world.admin],
  ["department head of the project's department", (world) => world.headA],
  ["staff project owner", (world) => world.owner],
  ["staff project lead", (world) => world.lead],
];

export const nonEditorPicks: ActorPick[] = [
  ["department head of another department", (world) => world.headB],
  ["staff who is neither owner nor lead", (world) => world.otherStaff],
  ["staff of another department", (world) => world.staffB],
];

export function form(values: Record<string, string | number | boolean | null | undefined | (string | number)[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value == null) continue;
    if (Array.isArray(value)) for (const item of value) data.append(key, String(item));
    else data.set(key, String(value));
  }
  return data;
}

export const projectRow = (db: AppDatabase, id: number) => db.select().from(projects).where(eq(projects.id, id)).get()!;

export const auditOf = (db: AppDatabase, action: string) => db.select().from(auditEvents).where(eq(auditEvents.action, action)).orderBy(asc(auditEvents.id)).all();

export const auditCount = (db: AppDatabase) => db.select({ n: count() }).from(auditEvents).get()!.n;

export const successAudit = (db: AppDatabase, action: string) =>
  db.select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.outcome, "success"))).orderBy(asc(auditEvents.id)).all();

/** Every row of every table a project service can write (the audit trail excepted). */
export function snapshot(db: AppDatabase) {
  return {
    projects: db.select().from(projects).orderBy(asc(projects.id)).all(),
    projectGoals: db.select().from(projectGoals).all(),
    projectTags: db.select().from(projectTags).all(),
    technologyTags: db.select().from(technologyTags).all(),
    statusReports: db.select().from(statusReports).orderBy(asc(statusReports.id)).all(),
    gateRequests: db.select().from(gateRequests).orderBy(asc(gateRequests.id)).all(),
    risks: db.select().from(risks).orderBy(asc(risks.id)).all(),
    involvements: db.select().from(involvements).orderBy(asc(involvements.id)).all(),
    benefits: db.select().from(benefits).orderBy(asc(benefits.id)).all(),
  };
}

/**
 * The refusal contract: the call throws ForbiddenError, no data changes, and exactly one event is
 * audited — the denial of `action` by this actor.
 */
export function expectForbidden(db: AppDatabase, actor: ActingUser, action: string, call: () => unknown): void {
  const before = snapshot(db);
  const eventsBefore = auditCount(db);
  expect(call).toThrow(ForbiddenError);
  expect(snapshot(db)).toEqual(before);
  expect(auditCount(db)).toBe(eventsBefore + 1);
  const last = db.select().from(auditEvents).orderBy(asc(auditEvents.id)).all().at(-1)!;
  expect(last).toMatchObject({ action, actorId: actor.id, actorRole: actor.role, outcome: "denied" });
}

/** Calls and returns the thrown error (fails the test when nothing is thrown). */
export function caught(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

/** Bad input: the given error class, nothing changed, nothing audited. */
export function expectRefusedUnchanged<E extends Error>(db: AppDatabase, errorClass: new (...args: never[]) => E, call: () => unknown): E {
  const before = snapshot(db);
  const eventsBefore = auditCount(db);
  const error = caught(call);
  expect(error).toBeInstanceOf(errorClass);
  expect(snapshot(db)).toEqual(before);
  expect(auditCount(db)).toBe(eventsBefore);
  return error as E;
}

export function insertBenefit(db: AppDatabase, projectId: number, values: Partial<typeof benefits.$inferInsert> = {}): number {
  return db
    .insert(benefits)
    .values({ projectId, title: "Færre faldskader", type: "quality", baselineValue: 40, baselineDate: "2026-01-01", targetValue: 20, targetDate: "2027-12-31", direction: "down", ...values })
    .returning({ id: benefits.id })
    .get().id;
}

export function insertRisk(db: AppDatabase, projectId: number): number {
  return db
    .insert(risks)
    .values({ projectId, title: "Sensorerne giver falske alarmer", category: "technology", probability: 3, consequence: 3, action: "Pilotafprøvning" })
    .returning({ id: risks.id })
    .get().id;
}

export function insertInvolvement(db: AppDatabase, projectId: number, createdById: number, group: typeof involvements.$inferInsert.group = "med"): number {
  return db
    .insert(involvements)
    .values({ projectId, date: "2026-10-01", group, form: "briefing", summary: "Orientering i MED-udvalget", state: "planned", createdById })
    .returning({ id: involvements.id })
    .get().id;
}

/** Makes the fixture project meet the checklist for leaving analysis. */
export function meetAnalysisChecklist(db: AppDatabase, world: World): void {
  insertBenefit(db, world.project.id, { ownerId: world.headA.id });
  insertRisk(db, world.project.id);
  insertInvolvement(db, world.project.id, world.lead.id, "med");
  db.update(projects).set({ approvedBudgetKr: 2_000_000 }).where(eq(projects.id, world.project.id)).run();
}
