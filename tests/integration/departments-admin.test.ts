import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, benefits, departments, ideas, projects, users } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { benefitFormChoices } from "@/lib/queries/benefits";
import { getFilterOptions } from "@/lib/queries/dashboard-options";
import { activeDepartmentOptions, adminDepartment, adminDepartmentPageNumber, listDepartmentsForAdmin } from "@/lib/queries/departments";
import { departmentChoices } from "@/lib/queries/experiments";
import { listDepartmentOptions as listIdeaDepartmentOptions } from "@/lib/queries/ideas";
import { projectFormOptions } from "@/lib/queries/project-tabs";
import {
  createDepartment,
  deleteDepartment,
  departmentInUseMessage,
  mergeDepartments,
  setDepartmentActive,
  staleDepartmentMessage,
  updateDepartment,
} from "@/lib/services/departments";
import { ConflictError, ForbiddenError, ServiceError, ValidationError } from "@/lib/services/errors";
import type { ActingUser } from "@/lib/services/guard";
import { auditCount, form, seedWorld, type World } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
const now = new Date("2026-11-30T10:00:00Z");

const departmentRow = (id: number) => db().select().from(departments).where(eq(departments.id, id)).get();
const versionOf = (id: number) => departmentRow(id)!.version;
const userRow = (id: number) => db().select().from(users).where(eq(users.id, id)).get()!;
const lastAudit = () => db().select().from(auditEvents).orderBy(asc(auditEvents.id)).all().at(-1)!;
const changesOf = (event: { changes: string | null }) => JSON.parse(event.changes ?? "{}") as Record<string, unknown>;
const everything = () => ({
  departments: db().select().from(departments).orderBy(asc(departments.id)).all(),
  users: db().select().from(users).orderBy(asc(users.id)).all(),
  projects: db().select().from(projects).orderBy(asc(projects.id)).all(),
  benefits: db().select().from(benefits).orderBy(asc(benefits.id)).all(),
  ideas: db().select().from(ideas).orderBy(asc(ideas.id)).all(),
});

const newDepartment = { name: "Børn og Unge", shortName: "BUF", kind: "area" };

function emptyDepartment(): number {
  return db().insert(departments).values({ name: "Tom afdeling", shortName: "TOM", kind: "area" }).returning().get().id;
}

/** A benefit received by department B and an idea from department B, besides B's head and staff member. */
function populateB(world: World): void {
  db().insert(benefits).values({ projectId: world.project.id, title: "Færre fald", type: "quality", receivingDepartmentId: world.deptB }).run();
  db().insert(ideas).values({ title: "Chatbot til byggesager", departmentId: world.deptB, authorId: world.staffB.id }).run();
  db().insert(projects).values({
    code: "DIG-2026-099",
    title: "Digital byggesag",
    summary: "",
    purpose: "efficiency",
    departmentId: world.deptB,
    ownerId: world.headB.id,
    leadId: world.staffB.id,
    phase: "idea",
    baselineStart: "2026-01-01",
    baselineEnd: "2026-12-31",
    approvedBudgetKr: 0,
    spentKr: 0,
    priority: "low",
  }).run();
}

/** Refused: ForbiddenError, nothing changed, one denied audit event for `action`. */
function expectForbidden(actor: ActingUser, action: string, call: () => unknown): void {
  const before = everything();
  const events = auditCount(db());
  expect(call).toThrow(ForbiddenError);
  expect(everything()).toEqual(before);
  expect(auditCount(db())).toBe(events + 1);
  expect(lastAudit()).toMatchObject({ action, actorId: actor.id, outcome: "denied" });
}

/** Bad input: the error, nothing changed, nothing audited. */
function expectRefused<E extends Error>(errorClass: new (...args: never[]) => E, call: () => unknown): E {
  const before = everything();
  const events = auditCount(db());
  let error: unknown;
  try {
    call();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(errorClass);
  expect(everything()).toEqual(before);
  expect(auditCount(db())).toBe(events);
  return error as E;
}

const nonAdmins = (world: World): [string, ActingUser][] => [
  ["director", world.director],
  ["department head", world.headA],
  ["staff", world.owner],
];

describe("departments: create, rename, head, staff unit", () => {
  it("an admin creates a department, audited with its values", () => {
    const world = seedWorld(db());
    const { id } = createDepartment(world.admin, form(newDepartment), now);
    expect(departmentRow(id)).toMatchObject({ ...newDepartment, active: true, headUserId: null });
    expect(lastAudit()).toMatchObject({ action: "department.create", objectType: "department", objectId: String(id), outcome: "success" });
    expect(verifyAuditChain(db()).ok).toBe(true);
  });

  it("refuses a name that exists already (any case) and bad input, with Danish field errors", () => {
    const world = seedWorld(db());
    const duplicate = expectRefused(ValidationError, () => createDepartment(world.admin, form({ ...newDepartment, name: "social OG sundhed" })));
    expect(duplicate.fieldErrors.name).toEqual(["Der findes allerede en afdeling med det navn"]);
    const bad = expectRefused(ValidationError, () => createDepartment(world.admin, form({ name: "B", shortName: "", kind: "kontor" })));
    expect(bad.fieldErrors).toMatchObject({ name: ["Navnet skal være mindst 2 tegn"], shortName: ["Skriv en forkortelse"], kind: ["Vælg fagområde eller stab"] });
  });

  it("renames and marks a staff unit, auditing old → new", () => {
    const world = seedWorld(db());
    updateDepartment(world.admin, world.deptB, form({ name: "Teknik, Miljø og Klima", shortName: "TMK", kind: "staff_unit", version: 1 }), now);
    expect(departmentRow(world.deptB)).toMatchObject({ name: "Teknik, Miljø og Klima", shortName: "TMK", kind: "staff_unit" });
    expect(changesOf(lastAudit())).toMatchObject({
      name: { from: "Teknik og Miljø", to: "Teknik, Miljø og Klima" },
      kind: { from: "area", to: "staff_unit" },
    });
  });

  it("lists the department head who belongs to a department as its head until one is chosen", () => {
    const world = seedWorld(db());
    expect(adminDepartment(world.deptA)).toMatchObject({ headUserId: world.headA.id, headName: "Hanne Chef A" });
    updateDepartment(world.admin, world.deptA, form({ name: "Social og Sundhed", shortName: "SOS", kind: "area", headUserId: world.headB.id, version: 1 }), now);
    expect(adminDepartment(world.deptA)).toMatchObject({ headUserId: world.headB.id, headName: "Henrik Chef B" });
  });

  it("sets the head: a department head, who then belongs to the department and heads no other", () => {
    const world = seedWorld(db());
    updateDepartment(world.admin, world.deptA, form({ name: "Social og Sundhed", shortName: "SOS", kind: "area", headUserId: world.headB.id, version: 1 }), now);
    expect(departmentRow(world.deptA)!.headUserId).toBe(world.headB.id);
    expect(userRow(world.headB.id).departmentId).toBe(world.deptA);
    expect(changesOf(lastAudit())).toMatchObject({ headUserId: { from: null, to: world.headB.id }, headMovedFrom: world.deptB });

    updateDepartment(world.admin, world.deptB, form({ name: "Teknik og Miljø", shortName: "TMF", kind: "area", headUserId: world.headB.id, version: 1 }), now);
    expect(departmentRow(world.deptB)!.headUserId).toBe(world.headB.id);
    // Department A lost its head, so a form opened on A before cannot give the head back.
    expect(departmentRow(world.deptA)).toMatchObject({ headUserId: null, version: 3 });
  });

  it("refuses a head who is not an active department head and a director who is not a director", () => {
    const world = seedWorld(db());
    const error = expectRefused(ValidationError, () =>
      updateDepartment(world.admin, world.deptA, form({ ...newDepartment, headUserId: world.owner.id, responsibleDirectorId: world.headA.id, version: 1 })),
    );
    expect(error.fieldErrors).toMatchObject({ headUserId: ["Vælg en aktiv afdelingschef"], responsibleDirectorId: ["Vælg en aktiv direktør"] });
  });
});

describe("departments: concurrent edits", () => {
  const opened = (world: World) => ({ name: "Social og Sundhed", shortName: "SOS", kind: "area", headUserId: world.headA.id, responsibleDirectorId: null });

  function expectStale(call: () => unknown): ConflictError {
    const error = expectRefused(ConflictError, call);
    expect(error.message).toBe(staleDepartmentMessage);
    return error;
  }

  it("refuses a save made on an older version with the newest values by name, and saves on the newer version", () => {
    const world = seedWorld(db());
    // Another administrator renames A and chooses its head and director first.
    updateDepartment(world.admin, world.deptA, form({ ...opened(world), name: "Sundhed og Omsorg", headUserId: world.headB.id, responsibleDirectorId: world.director.id, version: 1 }), now);
    expect(versionOf(world.deptA)).toBe(2);

    const error = expectStale(() => updateDepartment(world.admin, world.deptA, form({ ...opened(world), kind: "staff_unit", version: 1 }), now));
    expect(error.current).toEqual({
      name: "Sundhed og Omsorg",
      shortName: "SOS",
      kind: "Fagområde",
      headUserId: "Henrik Chef B",
      responsibleDirectorId: "Dorte Direktør",
      active: "Aktiv",
      version: "2",
    });
    expect(departmentRow(world.deptA)).toMatchObject({ name: "Sundhed og Omsorg", kind: "area", headUserId: world.headB.id, responsibleDirectorId: world.director.id });

    updateDepartment(world.admin, world.deptA, form({ ...opened(world), kind: "staff_unit", version: Number(error.current.version) }), now);
    expect(departmentRow(world.deptA)).toMatchObject({ name: "Social og Sundhed", kind: "staff_unit", headUserId: world.headA.id, responsibleDirectorId: null, version: 3 });
    expect(lastAudit()).toMatchObject({ action: "department.update", outcome: "success" });
  });

  it("refuses a form without a version, and a form opened before the department was deactivated", () => {
    const world = seedWorld(db());
    expect(expectRefused(ValidationError, () => updateDepartment(world.admin, world.deptA, form(opened(world)), now)).fieldErrors.version).toEqual([
      "Formularen mangler sin version; genindlæs siden",
    ]);
    setDepartmentActive(world.admin, world.deptA, false, now);
    expect(versionOf(world.deptA)).toBe(2);
    expect(expectStale(() => updateDepartment(world.admin, world.deptA, form({ ...opened(world), name: "Omsorg", version: 1 }), now)).current.active).toBe("Deaktiveret");
    setDepartmentActive(world.admin, world.deptA, true, now);
    expect(versionOf(world.deptA)).toBe(3);
  });

  it("a merge gives the remaining department a new version, so a form opened before cannot revert the merged-in head", () => {
    const world = seedWorld(db());
    db().update(departments).set({ headUserId: null }).run();
    updateDepartment(world.admin, world.deptB, form({ name: "Teknik og Miljø", shortName: "TMF", kind: "area", headUserId: world.headB.id, version: 1 }), now);
    db().update(users).set({ role: "staff" }).where(eq(users.id, world.headA.id)).run();
    const openedA = { name: "Social og Sundhed", shortName: "SOS", kind: "area", headUserId: null, responsibleDirectorId: null, version: versionOf(world.deptA) };

    mergeDepartments(world.admin, form({ fromId: world.deptB, intoId: world.deptA, confirm: "on" }), now);
    expect(departmentRow(world.deptA)).toMatchObject({ headUserId: world.headB.id, version: openedA.version + 1 });

    const error = expectStale(() => updateDepartment(world.admin, world.deptA, form({ ...openedA, name: "Social, Sundhed og Teknik" }), now));
    expect(error.current.headUserId).toBe("Henrik Chef B");
    expect(departmentRow(world.deptA)).toMatchObject({ name: "Social og Sundhed", headUserId: world.headB.id });
  });

  it("a merge into a department with a head of its own still gives it a new version", () => {
    const world = seedWorld(db());
    const version = versionOf(world.deptA);
    mergeDepartments(world.admin, form({ fromId: world.deptB, intoId: world.deptA, confirm: "on" }), now);
    expect(versionOf(world.deptA)).toBe(version + 1);
  });
});

describe("departments: the admin list", () => {
  it("pages the departments by name, and finds the page that shows a department", () => {
    seedWorld(db());
    for (let n = 0; n < 23; n++) db().insert(departments).values({ name: `Afdeling ${String(n).padStart(2, "0")}`, shortName: "AFD", kind: "area" }).run();
    const byName = db().select({ id: departments.id }).from(departments).orderBy(asc(departments.name), asc(departments.id)).all();
    const pages = [1, 2, 3].map((page) => listDepartmentsForAdmin({ page, limit: 10, offset: (page - 1) * 10 }));

    expect(pages.flatMap((page) => page.rows.map((row) => row.id))).toEqual(byName.map((row) => row.id));
    expect(pages.map((page) => page.rows.length)).toEqual([10, 10, 5]);
    expect(pages[0].info).toMatchObject({ total: 25, pageCount: 3 });
    for (const [index, row] of byName.entries()) expect(adminDepartmentPageNumber(row.id, 10)).toBe(Math.floor(index / 10) + 1);
    expect(adminDepartmentPageNumber(999_999, 10)).toBe(1);
  });
});

describe("departments: deactivate, delete, merge", () => {
  it("deactivates (hidden from new choices in forms, kept where used and in filters) and reactivates", () => {
    const world = seedWorld(db());
    setDepartmentActive(world.admin, world.deptB, false, now);
    expect(departmentRow(world.deptB)!.active).toBe(false);
    expect(lastAudit()).toMatchObject({ action: "department.deactivate", objectId: String(world.deptB) });
    expect(activeDepartmentOptions().map((option) => option.id)).toEqual([world.deptA]);
    expect(activeDepartmentOptions([world.deptB]).map((option) => option.id).sort()).toEqual([world.deptA, world.deptB].sort());
    expect(userRow(world.staffB.id).departmentId).toBe(world.deptB);
    expect(adminDepartment(world.deptB)).toMatchObject({ active: false, users: 2 });

    const ids = (options: { id: number }[]) => options.map((option) => option.id);
    expect(ids(projectFormOptions().departments)).toEqual([world.deptA]);
    expect(ids(projectFormOptions(world.deptB).departments).sort()).toEqual([world.deptA, world.deptB].sort());
    expect(ids(departmentChoices())).toEqual([world.deptA]);
    expect(ids(listIdeaDepartmentOptions())).toEqual([world.deptA]);
    expect(ids(benefitFormChoices(world.project.id).departments)).toEqual([world.deptA]);
    db().insert(benefits).values({ projectId: world.project.id, title: "Færre fald", type: "quality", receivingDepartmentId: world.deptB }).run();
    expect(ids(benefitFormChoices(world.project.id).departments).sort()).toEqual([world.deptA, world.deptB].sort());
    expect(ids(getFilterOptions().departments).sort()).toEqual([world.deptA, world.deptB].sort());

    setDepartmentActive(world.admin, world.deptB, true, now);
    expect(departmentRow(world.deptB)!.active).toBe(true);
    expect(lastAudit()).toMatchObject({ action: "department.reactivate" });
  });

  it("refuses to delete a department that has users, projects, benefits or ideas", () => {
    const world = seedWorld(db());
    const error = expectRefused(ServiceError, () => deleteDepartment(world.admin, world.deptA));
    expect(error.message).toBe(departmentInUseMessage);
    const onlyAnIdea = emptyDepartment();
    db().insert(ideas).values({ title: "Idé", departmentId: onlyAnIdea, authorId: world.owner.id }).run();
    expectRefused(ServiceError, () => deleteDepartment(world.admin, onlyAnIdea));
  });

  it("deletes an empty department, audited", () => {
    const world = seedWorld(db());
    const id = emptyDepartment();
    deleteDepartment(world.admin, id);
    expect(departmentRow(id)).toBeUndefined();
    expect(lastAudit()).toMatchObject({ action: "department.delete", objectId: String(id), outcome: "success" });
  });

  it("merges B into A: every user, project, benefit and idea moves in one step, B is gone, the counts are audited", () => {
    const world = seedWorld(db());
    populateB(world);
    const projectB = db().select().from(projects).where(eq(projects.departmentId, world.deptB)).get()!;
    const result = mergeDepartments(world.admin, form({ fromId: world.deptB, intoId: world.deptA, confirm: "on" }), now);
    expect(result.moved).toEqual({ users: 2, projects: 1, benefits: 1, ideas: 1 });
    expect(departmentRow(world.deptB)).toBeUndefined();
    expect(userRow(world.staffB.id).departmentId).toBe(world.deptA);
    expect(userRow(world.headB.id).departmentId).toBe(world.deptA);
    const movedProject = db().select().from(projects).where(eq(projects.id, projectB.id)).get()!;
    expect(movedProject).toMatchObject({ departmentId: world.deptA, version: projectB.version + 1 });
    expect(db().select().from(benefits).all().every((row) => row.receivingDepartmentId === world.deptA)).toBe(true);
    expect(db().select().from(ideas).all().every((row) => row.departmentId === world.deptA)).toBe(true);
    const event = lastAudit();
    expect(event).toMatchObject({ action: "department.merge", objectType: "department", objectId: String(world.deptA), outcome: "success" });
    expect(changesOf(event)).toEqual({
      from: { id: world.deptB, name: "Teknik og Miljø" },
      into: { id: world.deptA, name: "Social og Sundhed" },
      moved: { users: 2, projects: 1, benefits: 1, ideas: 1 },
    });
    expect(verifyAuditChain(db()).ok).toBe(true);
  });

  it("refuses a merge into itself, into an inactive department or unconfirmed, changing nothing", () => {
    const world = seedWorld(db());
    populateB(world);
    expect(expectRefused(ValidationError, () => mergeDepartments(world.admin, form({ fromId: world.deptB, intoId: world.deptB, confirm: "on" }))).fieldErrors.intoId).toEqual([
      "Vælg to forskellige afdelinger",
    ]);
    expect(expectRefused(ValidationError, () => mergeDepartments(world.admin, form({ fromId: world.deptB, intoId: world.deptA }))).fieldErrors.confirm).toEqual([
      "Bekræft sammenlægningen",
    ]);
    setDepartmentActive(world.admin, world.deptA, false, now);
    expect(expectRefused(ValidationError, () => mergeDepartments(world.admin, form({ fromId: world.deptB, intoId: world.deptA, confirm: "on" }))).fieldErrors.intoId).toEqual([
      "Læg sammen med en aktiv afdeling",
    ]);
  });
});

describe("departments: only admins", () => {
  it("refuses director, department head and staff on every mutation, auditing the refusal", () => {
    const world = seedWorld(db());
    const empty = emptyDepartment();
    for (const [, actor] of nonAdmins(world)) {
      expectForbidden(actor, "department.create", () => createDepartment(actor, form(newDepartment)));
      expectForbidden(actor, "department.update", () => updateDepartment(actor, world.deptA, form({ ...newDepartment })));
      expectForbidden(actor, "department.deactivate", () => setDepartmentActive(actor, world.deptA, false));
      expectForbidden(actor, "department.reactivate", () => setDepartmentActive(actor, world.deptA, true));
      expectForbidden(actor, "department.delete", () => deleteDepartment(actor, empty));
      expectForbidden(actor, "department.merge", () => mergeDepartments(actor, form({ fromId: world.deptB, intoId: world.deptA, confirm: "on" })));
    }
  });
});
