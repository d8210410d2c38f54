import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { departments, projectGoals, projects, projectTags, strategyGoals, technologyTags, users, zones } from "@/db/schema";
import { formatDate, formatKr } from "@/lib/format";
import { verifyAuditChain } from "@/lib/audit";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/services/errors";
import { createProject, staleProjectMessage, updateProject } from "@/lib/services/projects";
import {
  auditOf,
  caught,
  editorPicks,
  expectForbidden,
  expectRefusedUnchanged,
  fixedNow,
  form,
  nonEditorPicks,
  projectCode,
  projectRow,
  seedWorld,
  type ActorPick,
  successAudit,
  type World,
} from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
let world: World;

beforeEach(() => {
  world = seedWorld(db());
});

function newProject(overrides: Record<string, string | number | (string | number)[]> = {}) {
  return form({
    title: "  Chatbot i Borgerservice  ",
    summary: "Svar på de hyppigste spørgsmål døgnet rundt.",
    purpose: "new_service",
    departmentId: world.deptA,
    zoneId: "",
    ownerId: world.headA.id,
    leadId: world.lead.id,
    baselineStart: "2027-01-04",
    baselineEnd: "2027-09-30",
    forecastEnd: "",
    approvedBudgetKr: "1.500.000",
    spentKr: "0",
    priority: "high",
    goalIds: [world.goalId],
    tags: "Chatbot, AI, chatbot",
    closingLearning: "",
    ...overrides,
  });
}

/** The edit form as it is rendered from the stored row, with some fields changed. */
function editForm(overrides: Record<string, string | number | (string | number)[]> = {}) {
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

const byCode = (code: string) => db().select().from(projects).where(eq(projects.code, code)).get();

function tagsOf(projectId: number): string[] {
  return db()
    .select({ name: technologyTags.name })
    .from(projectTags)
    .innerJoin(technologyTags, eq(technologyTags.id, projectTags.tagId))
    .where(eq(projectTags.projectId, projectId))
    .all()
    .map((row) => row.name)
    .sort();
}

describe("createProject", () => {
  const creators: ActorPick[] = [
    ["director", (w) => w.director],
    ["admin", (w) => w.admin],
    ["department head in their own department", (w) => w.headA],
  ];

  for (const [name, pick] of creators) {
    it(`lets the ${name} create a project in phase idé and audits it`, () => {
      const actor = pick(world);
      const { code } = createProject(actor, newProject(), fixedNow);
      expect(code).toBe("DIG-2026-008");
      const row = byCode(code)!;
      expect(row).toMatchObject({
        title: "Chatbot i Borgerservice",
        purpose: "new_service",
        departmentId: world.deptA,
        zoneId: null,
        ownerId: world.headA.id,
        leadId: world.lead.id,
        phase: "idea",
        baselineStart: "2027-01-04",
        baselineEnd: "2027-09-30",
        forecastEnd: null,
        approvedBudgetKr: 1_500_000,
        spentKr: 0,
        priority: "high",
        closingLearning: null,
        version: 1,
      });
      expect(db().select().from(projectGoals).where(eq(projectGoals.projectId, row.id)).all()).toEqual([{ projectId: row.id, goalId: world.goalId }]);
      expect(tagsOf(row.id)).toEqual(["AI", "Chatbot"]);

      const events = auditOf(db(), "project.create");
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: actor.id, actorRole: actor.role, objectType: "project", objectId: code, outcome: "success" });
      expect(JSON.parse(events[0].changes!)).toMatchObject({ title: "Chatbot i Borgerservice", approvedBudgetKr: 1_500_000, goalIds: [world.goalId] });
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  it("numbers codes DIG-<year>-<nnn>, counting on from the highest code of the year and restarting each year", () => {
    expect(createProject(world.director, newProject(), fixedNow).code).toBe("DIG-2026-008");
    expect(createProject(world.director, newProject(), fixedNow).code).toBe("DIG-2026-009");
    db().update(projects).set({ code: "DIG-2026-120" }).where(eq(projects.code, "DIG-2026-009")).run();
    expect(createProject(world.director, newProject(), fixedNow).code).toBe("DIG-2026-121");
    const nextYear = new Date("2027-01-02T08:00:00Z");
    expect(createProject(world.director, newProject(), nextYear).code).toBe("DIG-2027-001");
    expect(createProject(world.director, newProject(), nextYear).code).toBe("DIG-2027-002");
    for (const row of db().select({ code: projects.code }).from(projects).all()) expect(row.code).toMatch(/^DIG-\d{4}-\d{3}$/);
  });

  it("reads Danish amounts: 1.500.000, '1 500 000 kr.' and plain digits", () => {
    const first = createProject(world.director, newProject({ approvedBudgetKr: "1.500.000", spentKr: "250.000" }), fixedNow).code;
    const second = createProject(world.director, newProject({ approvedBudgetKr: "1 500 000 kr.", spentKr: "0" }), fixedNow).code;
    const third = createProject(world.director, newProject({ approvedBudgetKr: "1500000" }), fixedNow).code;
    expect(byCode(first)).toMatchObject({ approvedBudgetKr: 1_500_000, spentKr: 250_000 });
    expect(byCode(second)!.approvedBudgetKr).toBe(1_500_000);
    expect(byCode(third)!.approvedBudgetKr).toBe(1_500_000);
  });

  it("refuses staff, even the lead of another project, changes nothing and audits the refusal", () => {
    for (const actor of [world.lead, world.owner, world.otherStaff, world.staffB]) {
      expectForbidden(db(), actor, "project.create", () => createProject(actor, newProject(), fixedNow));
    }
  });

  it("refuses a department head creating in another department", () => {
    expectForbidden(db(), world.headB, "project.create", () => createProject(world.headB, newProject({ departmentId: world.deptA }), fixedNow));
    expectForbidden(db(), world.headA, "project.create", () => createProject(world.headA, newProject({ departmentId: world.deptB }), fixedNow));
  });

  it("lets a department head of B create in B", () => {
    const { code } = createProject(world.headB, newProject({ departmentId: world.deptB }), fixedNow);
    expect(byCode(code)!.departmentId).toBe(world.deptB);
  });

  describe("refuses bad input with Danish messages and changes nothing", () => {
    const cases: [string, Record<string, string | number>, string, string][] = [
      ["a too short title", { title: "AI" }, "title", "Titlen skal være mindst 3 tegn"],
      ["an end before the start", { baselineStart: "2027-05-01", baselineEnd: "2027-04-30" }, "baselineEnd", "Planlagt slut skal ligge efter planlagt start"],
      ["a forecast before the start", { baselineStart: "2027-05-01", forecastEnd: "2027-01-01" }, "forecastEnd", "Forventet slut skal ligge efter planlagt start"],
      ["a budget that is not an amount", { approvedBudgetKr: "abc" }, "approvedBudgetKr", "Godkendt budget skal være et beløb i kr."],
      ["a negative amount", { spentKr: "-5" }, "spentKr", "Forbrugt kan ikke være under 0 kr."],
      ["an unknown purpose", { purpose: "fun" }, "purpose", "Vælg et formål"],
      ["an unknown owner", { ownerId: 99_999 }, "ownerId", "Vælg en aktiv projektejer"],
      ["an unknown lead", { leadId: 99_999 }, "leadId", "Vælg en aktiv projektleder"],
      ["an unknown strategy goal", { goalIds: 99_999 }, "goalIds", "Et af de valgte mål findes ikke"],
      ["an unknown zone", { zoneId: 99_999 }, "zoneId", "Udviklingsrummet findes ikke"],
      ["a malformed date", { baselineStart: "1. maj 2027" }, "baselineStart", "Planlagt start skal være en gyldig dato"],
    ];
    for (const [name, overrides, field, message] of cases) {
      it(name, () => {
        const error = expectRefusedUnchanged(db(), ValidationError, () => createProject(world.director, newProject(overrides), fixedNow));
        expect(error.fieldErrors[field]?.[0]).toBe(message);
        expect(error.message).toBe("Ret de markerede felter, og prøv igen.");
      });
    }

    it("an inactive owner", () => {
      db().update(users).set({ active: false }).where(eq(users.id, world.headA.id)).run();
      const error = expectRefusedUnchanged(db(), ValidationError, () => createProject(world.director, newProject(), fixedNow));
      expect(error.fieldErrors.ownerId).toEqual(["Vælg en aktiv projektejer"]);
    });

    it("several fields at once", () => {
      const error = expectRefusedUnchanged(db(), ValidationError, () =>
        createProject(world.director, newProject({ title: "x", approvedBudgetKr: "abc", priority: "urgent" }), fixedNow),
      );
      expect(Object.keys(error.fieldErrors).sort()).toEqual(["approvedBudgetKr", "priority", "title"]);
    });
  });
});

describe("updateProject", () => {
  for (const [name, pick] of editorPicks) {
    it(`lets the ${name} edit, bumps the version and audits the changed fields`, () => {
      const actor = pick(world);
      const before = projectRow(db(), world.project.id);
      updateProject(actor, projectCode, editForm({ title: "Faldsensorer i alle plejeboliger", spentKr: "2.000.000", tags: "IoT" }), fixedNow);
      const after = projectRow(db(), world.project.id);
      expect(after).toEqual({
        ...before,
        title: "Faldsensorer i alle plejeboliger",
        spentKr: 2_000_000,
        version: 2,
        updatedAt: fixedNow.toISOString(),
      });
      expect(tagsOf(world.project.id)).toEqual(["IoT"]);
      const events = successAudit(db(), "project.update");
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: actor.id, actorRole: actor.role, objectType: "project", objectId: projectCode });
      expect(JSON.parse(events[0].changes!)).toEqual({
        title: { from: "Faldsensorer i plejeboliger", to: "Faldsensorer i alle plejeboliger" },
        spentKr: { from: 0, to: 2_000_000 },
        tags: { from: [], to: ["IoT"] },
      });
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  for (const [name, pick] of nonEditorPicks) {
    it(`refuses the ${name}, changes nothing and audits the refusal`, () => {
      const actor = pick(world);
      expectForbidden(db(), actor, "project.update", () => updateProject(actor, projectCode, editForm({ title: "Overtaget" }), fixedNow));
    });
  }

  it("lets a department head of another department edit a project they own", () => {
    db().update(projects).set({ ownerId: world.headB.id }).where(eq(projects.id, world.project.id)).run();
    updateProject(world.headB, projectCode, editForm({ summary: "Ny beskrivelse" }), fixedNow);
    expect(projectRow(db(), world.project.id)).toMatchObject({ summary: "Ny beskrivelse", version: 2 });
  });

  it("refuses a department head moving their project to another department", () => {
    expectForbidden(db(), world.headA, "project.move", () => updateProject(world.headA, projectCode, editForm({ departmentId: world.deptB }), fixedNow));
    expect(successAudit(db(), "project.update")).toEqual([]);
  });

  it("refuses the owner or lead moving the project to another department", () => {
    for (const actor of [world.owner, world.lead]) {
      expectForbidden(db(), actor, "project.move", () => updateProject(actor, projectCode, editForm({ departmentId: world.deptB }), fixedNow));
    }
  });

  it("lets a director move a project to another department", () => {
    updateProject(world.director, projectCode, editForm({ departmentId: world.deptB }), fixedNow);
    expect(projectRow(db(), world.project.id).departmentId).toBe(world.deptB);
    expect(JSON.parse(successAudit(db(), "project.update")[0].changes!)).toEqual({ departmentId: { from: world.deptA, to: world.deptB } });
  });

  it("refuses a stale edit with the newer values and keeps the first editor's save", () => {
    const firstEditor = editForm({ title: "Faldsensorer – første redaktør", priority: "high" });
    const secondEditor = editForm({ title: "Faldsensorer – anden redaktør", spentKr: "10.000" });
    updateProject(world.director, projectCode, firstEditor, fixedNow);
    const afterFirst = projectRow(db(), world.project.id);

    const error = expectRefusedUnchanged(db(), ConflictError, () => updateProject(world.lead, projectCode, secondEditor, fixedNow));
    expect(error.message).toContain("Projektet er ændret af en anden, siden du åbnede det");
    expect(error.current).toMatchObject({
      title: "Faldsensorer – første redaktør",
      priority: "Høj",
      spentKr: "0 kr.",
      departmentId: "Social og Sundhed",
      ownerId: "Olga Ejer",
      leadId: "Lars Leder",
      version: "2",
    });
    expect(projectRow(db(), world.project.id)).toEqual(afterFirst);
    expect(afterFirst).toMatchObject({ title: "Faldsensorer – første redaktør", priority: "high", spentKr: 0, version: 2 });
    expect(successAudit(db(), "project.update")).toHaveLength(1);

    updateProject(world.lead, projectCode, editForm({ title: "Faldsensorer – anden redaktør" }), fixedNow);
    expect(projectRow(db(), world.project.id)).toMatchObject({ title: "Faldsensorer – anden redaktør", version: 3 });
  });

  it("refuses a stale edit with every field the form edits, readable, so saving again does not silently revert them", () => {
    const zoneId = db().insert(zones).values({ name: "Velfærdsteknologi-rummet", slug: "velfaerdsteknologi-rummet" }).returning().get().id;
    const secondGoal = db().insert(strategyGoals).values({ title: "Digital selvbetjening", focus: "new_service" }).returning().get().id;
    const secondEditor = editForm({ title: "Faldsensorer – anden redaktør" });
    updateProject(
      world.director,
      projectCode,
      editForm({ zoneId, goalIds: [secondGoal, world.goalId], closingLearning: "Sensorerne skal testes om natten.", tags: "Sensorer, IoT", approvedBudgetKr: "250.000" }),
      fixedNow,
    );

    const error = expectRefusedUnchanged(db(), ConflictError, () => updateProject(world.lead, projectCode, secondEditor, fixedNow));
    expect(error.message).toBe(staleProjectMessage);
    expect(error.current).toEqual({
      title: "Faldsensorer i plejeboliger",
      summary: "Sensorer, der varsler personalet ved fald.",
      purpose: "Kvalitet",
      priority: "Middel",
      departmentId: "Social og Sundhed",
      zoneId: "Velfærdsteknologi-rummet",
      ownerId: "Olga Ejer",
      leadId: "Lars Leder",
      baselineStart: formatDate("2026-01-05"),
      baselineEnd: formatDate("2026-12-18"),
      forecastEnd: formatDate("2026-12-18"),
      approvedBudgetKr: formatKr(250_000),
      spentKr: formatKr(0),
      goalIds: "Digital selvbetjening, Mere tid til borgeren",
      tags: "IoT, Sensorer",
      closingLearning: "Sensorerne skal testes om natten.",
      version: "2",
    });
    expect(error.current.approvedBudgetKr).toMatch(/^250\.000 kr\.$/);
  });

  it("shows an empty zone, no goals and blank dates in the newest values as such, not as ids or nulls", () => {
    const secondEditor = editForm({ title: "Faldsensorer – anden redaktør" });
    updateProject(world.director, projectCode, editForm({ forecastEnd: "" }), fixedNow);
    const error = expectRefusedUnchanged(db(), ConflictError, () => updateProject(world.lead, projectCode, secondEditor, fixedNow));
    expect(error.current).toMatchObject({ zoneId: "Intet udviklingsrum", goalIds: "", forecastEnd: "–", closingLearning: "", tags: "" });
  });

  it("refuses bad input and a form without version, and changes nothing", () => {
    const short = expectRefusedUnchanged(db(), ValidationError, () => updateProject(world.lead, projectCode, editForm({ title: "x" }), fixedNow));
    expect(short.fieldErrors.title).toEqual(["Titlen skal være mindst 3 tegn"]);
    const dates = expectRefusedUnchanged(db(), ValidationError, () =>
      updateProject(world.lead, projectCode, editForm({ baselineStart: "2026-06-01", baselineEnd: "2026-05-01" }), fixedNow),
    );
    expect(dates.fieldErrors.baselineEnd).toEqual(["Planlagt slut skal ligge efter planlagt start"]);
    const budget = expectRefusedUnchanged(db(), ValidationError, () => updateProject(world.lead, projectCode, editForm({ approvedBudgetKr: "abc" }), fixedNow));
    expect(budget.fieldErrors.approvedBudgetKr).toEqual(["Godkendt budget skal være et beløb i kr."]);
    const owner = expectRefusedUnchanged(db(), ValidationError, () => updateProject(world.lead, projectCode, editForm({ ownerId: 99_999 }), fixedNow));
    expect(owner.fieldErrors.ownerId).toEqual(["Vælg en aktiv projektejer"]);
    const noVersion = expectRefusedUnchanged(db(), ValidationError, () => updateProject(world.lead, projectCode, editForm({ version: "" }), fixedNow));
    expect(noVersion.fieldErrors.version).toBeDefined();
  });

  it("keeps the board's figures a form leaves out, so a lead's save after the board changed them meanwhile goes through", () => {
    const leadForm = () => {
      const fields = Object.fromEntries(editForm().entries());
      for (const key of ["departmentId", "ownerId", "baselineStart", "baselineEnd", "approvedBudgetKr"]) delete fields[key];
      return form(fields as Record<string, string>);
    };
    const opened = leadForm();
    updateProject(world.director, projectCode, editForm({ approvedBudgetKr: "4.000.000", baselineEnd: "2028-06-30" }), fixedNow);

    const stale = expectRefusedUnchanged(db(), ConflictError, () => updateProject(world.lead, projectCode, opened, fixedNow));
    opened.set("version", stale.current.version);
    opened.set("summary", "Skrevet af lederen, mens direktionen ændrede budgettet");
    updateProject(world.lead, projectCode, opened, fixedNow);
    expect(projectRow(db(), world.project.id)).toMatchObject({ summary: "Skrevet af lederen, mens direktionen ændrede budgettet", approvedBudgetKr: 4_000_000, baselineEnd: "2028-06-30" });

    // A blank date is a change (it clears the date), not a field left out.
    const cleared = leadForm();
    cleared.set("baselineEnd", "");
    const refusal = expectRefusedUnchanged(db(), ValidationError, () => updateProject(world.lead, projectCode, cleared, fixedNow));
    expect(refusal.fieldErrors.baselineEnd).toEqual(["Feltet ændres af direktionen; send en ændringsanmodning"]);
  });

  it("answers an unknown project with NotFoundError", () => {
    expect(caught(() => updateProject(world.director, "DIG-2026-999", editForm(), fixedNow))).toBeInstanceOf(NotFoundError);
  });

  for (const phase of ["closed", "stopped"] as const) {
    it(`keeps the board's figures of a ${phase} project, a director's and an admin's correction too, and saves the rest`, () => {
      db().update(projects).set({ phase }).where(eq(projects.id, world.project.id)).run();
      const boardFigures: Record<string, string | number>[] = [{ approvedBudgetKr: "2.000.000" }, { baselineEnd: "2028-12-31" }, { departmentId: world.deptB }, { ownerId: world.headA.id }];
      for (const change of boardFigures) {
        for (const actor of [world.director, world.admin]) {
          const error = expectRefusedUnchanged(db(), ValidationError, () => updateProject(actor, projectCode, editForm({ ...change, correctionReason: "Tastefejl i tallet" }), fixedNow));
          expect(Object.values(error.fieldErrors).flat()).toContain("Projektet er afsluttet eller stoppet; direktionens tal kan ikke længere ændres");
        }
      }
      updateProject(world.lead, projectCode, editForm({ spentKr: "750.000", closingLearning: "Start med brugerne" }), fixedNow);
      expect(projectRow(db(), world.project.id)).toMatchObject({ spentKr: 750_000, closingLearning: "Start med brugerne", phase });
    });
  }
});

describe("deactivated departments", () => {
  const deactivated = "Afdelingen er deaktiveret; vælg en aktiv afdeling";
  const deactivate = (id: number) => db().update(departments).set({ active: false }).where(eq(departments.id, id)).run();

  it("refuses a new project in a deactivated department and a move into one, and changes nothing", () => {
    deactivate(world.deptB);
    const created = expectRefusedUnchanged(db(), ValidationError, () => createProject(world.director, newProject({ departmentId: world.deptB }), fixedNow));
    expect(created.fieldErrors.departmentId).toEqual([deactivated]);
    const moved = expectRefusedUnchanged(db(), ValidationError, () => updateProject(world.director, projectCode, editForm({ departmentId: world.deptB }), fixedNow));
    expect(moved.fieldErrors.departmentId).toEqual([deactivated]);
  });

  it("lets a project in a deactivated department keep it when it is edited", () => {
    deactivate(world.deptA);
    updateProject(world.director, projectCode, editForm({ title: "Faldsensorer på alle plejecentre" }), fixedNow);
    expect(projectRow(db(), world.project.id)).toMatchObject({ title: "Faldsensorer på alle plejecentre", departmentId: world.deptA });
  });
});

