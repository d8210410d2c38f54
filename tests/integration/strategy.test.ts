import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, projectGoals, projects, strategyGoals, users } from "@/db/schema";
import type { Role } from "@/lib/codes";
import { verifyAuditChain } from "@/lib/audit";
import { countProjectsWithoutGoal, getFocusBalance, listStrategyGoals } from "@/lib/queries/strategy";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/services/errors";
import type { ActingUser } from "@/lib/services/guard";
import { createStrategyGoal, updateStrategyGoal } from "@/lib/services/strategy";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

const demoEmails: Record<Role, string> = {
  director: "direktor@egeby.dk",
  department_head: "afdelingschef@egeby.dk",
  staff: "medarbejder@egeby.dk",
  admin: "admin@egeby.dk",
};

function actor(role: Role): ActingUser {
  const row = db().select({ id: users.id, role: users.role, departmentId: users.departmentId }).from(users).where(eq(users.email, demoEmails[role])).get();
  if (!row || row.role !== role) throw new Error(`no demo ${role}`);
  return row;
}

function form(values: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, String(value));
  return data;
}

const goalRows = () => db().select().from(strategyGoals).orderBy(strategyGoals.id).all();
const goalRow = (id: number) => db().select().from(strategyGoals).where(eq(strategyGoals.id, id)).get()!;
const auditOf = (action: string) => db().select().from(auditEvents).where(eq(auditEvents.action, action)).all();
const newGoal = { title: "Kunstig intelligens i sagsbehandlingen", description: "Ansvarlig brug af AI.", focus: "efficiency" };

/** A goal made by the director, for the update tests. */
function existingGoalId(): number {
  return createStrategyGoal(actor("director"), form(newGoal)).id;
}

describe("createStrategyGoal", () => {
  for (const role of ["director", "admin"] as const) {
    it(`lets a ${role} create a goal and audits it in the same transaction`, () => {
      const before = goalRows().length;
      const { id } = createStrategyGoal(actor(role), form({ ...newGoal, title: "  Kunstig intelligens i sagsbehandlingen  " }));
      expect(goalRows()).toHaveLength(before + 1);
      expect(goalRow(id)).toMatchObject({ title: newGoal.title, description: newGoal.description, focus: "efficiency", version: 1 });
      const [event] = auditOf("strategy_goal.create");
      expect(event).toMatchObject({ actorId: actor(role).id, actorRole: role, objectType: "strategy_goal", objectId: String(id), outcome: "success" });
      expect(JSON.parse(event.changes!)).toEqual({ title: newGoal.title, description: newGoal.description, focus: "efficiency" });
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  for (const role of ["department_head", "staff"] as const) {
    it(`refuses a ${role}, changes nothing and audits the refusal`, () => {
      const before = goalRows();
      expect(() => createStrategyGoal(actor(role), form(newGoal))).toThrow(ForbiddenError);
      expect(goalRows()).toEqual(before);
      expect(auditOf("strategy_goal.create")).toEqual([
        expect.objectContaining({ actorId: actor(role).id, actorRole: role, outcome: "denied", objectType: "strategy_goal" }),
      ]);
    });
  }

  it("refuses bad input with Danish messages per field and changes nothing", () => {
    const before = goalRows();
    const attempt = () => createStrategyGoal(actor("director"), form({ title: "AI", description: "x".repeat(2001), focus: "compliance" }));
    expect(attempt).toThrow(ValidationError);
    try {
      attempt();
    } catch (error) {
      const { fieldErrors } = error as ValidationError;
      expect(fieldErrors.title).toEqual(["Titlen skal være mindst 3 tegn"]);
      expect(fieldErrors.description).toEqual(["Beskrivelsen må højst være 2000 tegn"]);
      expect(fieldErrors.focus?.[0]).toMatch(/^Vælg et fokusområde \(Effektivisering, Ny service, Kvalitet, Kommunikation\)$/);
    }
    expect(() => createStrategyGoal(actor("director"), form({ title: "x".repeat(161), focus: "quality" }))).toThrow(ValidationError);
    expect(goalRows()).toEqual(before);
    expect(auditOf("strategy_goal.create")).toEqual([]);
  });

  it("accepts a goal without description and with each focus area", () => {
    for (const focus of ["efficiency", "new_service", "quality", "communication"]) {
      const { id } = createStrategyGoal(actor("admin"), { title: `Mål for ${focus}`, focus });
      expect(goalRow(id)).toMatchObject({ focus, description: "" });
    }
  });
});

describe("updateStrategyGoal", () => {
  for (const role of ["director", "admin"] as const) {
    it(`lets a ${role} edit a goal, bumps the version and audits only the changed fields`, () => {
      const id = existingGoalId();
      updateStrategyGoal(actor(role), id, form({ ...newGoal, title: "AI i sagsbehandlingen", focus: "quality", version: 1 }));
      expect(goalRow(id)).toMatchObject({ title: "AI i sagsbehandlingen", description: newGoal.description, focus: "quality", version: 2 });
      const [event] = auditOf("strategy_goal.update");
      expect(event).toMatchObject({ actorId: actor(role).id, actorRole: role, objectId: String(id), outcome: "success" });
      expect(JSON.parse(event.changes!)).toEqual({
        title: { from: newGoal.title, to: "AI i sagsbehandlingen" },
        focus: { from: "efficiency", to: "quality" },
      });
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  for (const role of ["department_head", "staff"] as const) {
    it(`refuses a ${role}, changes nothing and audits the refusal`, () => {
      const id = existingGoalId();
      const before = goalRows();
      expect(() => updateStrategyGoal(actor(role), id, form({ ...newGoal, title: "Overtaget", version: 1 }))).toThrow(ForbiddenError);
      expect(goalRows()).toEqual(before);
      expect(auditOf("strategy_goal.update")).toEqual([
        expect.objectContaining({ actorId: actor(role).id, actorRole: role, outcome: "denied", objectId: String(id) }),
      ]);
    });
  }

  it("refuses bad input and changes nothing", () => {
    const id = existingGoalId();
    const before = goalRow(id);
    expect(() => updateStrategyGoal(actor("director"), id, form({ title: "", focus: "efficiency", version: 1 }))).toThrow(ValidationError);
    expect(() => updateStrategyGoal(actor("director"), id, form({ ...newGoal, focus: "nonsense", version: 1 }))).toThrow(ValidationError);
    expect(() => updateStrategyGoal(actor("director"), id, form({ ...newGoal }))).toThrow(ValidationError);
    expect(goalRow(id)).toEqual(before);
    expect(auditOf("strategy_goal.update")).toEqual([]);
  });

  it("refuses a stale edit with the newer values and saves nothing", () => {
    const id = existingGoalId();
    updateStrategyGoal(actor("admin"), id, form({ ...newGoal, title: "Først gemt", version: 1 }));
    const afterFirst = goalRow(id);

    let refusal: unknown;
    try {
      updateStrategyGoal(actor("director"), id, form({ ...newGoal, title: "Gemt oven i", focus: "communication", version: 1 }));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ConflictError);
    const conflict = refusal as ConflictError;
    expect(conflict.message).toMatch(/^Målet er ændret af en anden, siden du åbnede det/);
    expect(conflict.current).toEqual({ title: "Først gemt", description: newGoal.description, focus: "efficiency", version: "2" });
    expect(goalRow(id)).toEqual(afterFirst);
    expect(auditOf("strategy_goal.update")).toHaveLength(1);

    updateStrategyGoal(actor("director"), id, form({ ...newGoal, title: "Gemt oven i", version: conflict.current.version }));
    expect(goalRow(id)).toMatchObject({ title: "Gemt oven i", version: 3 });
  });

  it("answers an unknown goal with 'findes ikke'", () => {
    expect(() => updateStrategyGoal(actor("director"), 99_999, form({ ...newGoal, version: 1 }))).toThrow(NotFoundError);
    expect(() => updateStrategyGoal(actor("director"), Number.NaN, form({ ...newGoal, version: 1 }))).toThrow(NotFoundError);
  });
});

describe("strategy queries on the demo data", () => {
  type LinkRow = { projectId: number; phase: string; budget: number; focus: string };

  /** The balance counted directly from the rows, independently of the query. */
  function directBalance() {
    const rows = db()
      .$client.prepare(
        `select p.id as projectId, p.phase as phase, p.approved_budget_kr as budget, g.focus as focus
         from projects p join project_goals pg on pg.project_id = p.id join strategy_goals g on g.id = pg.goal_id`,
      )
      .all() as LinkRow[];
    const result = new Map<string, { projects: Set<number>; budget: number }>();
    for (const row of rows) {
      if (row.phase === "stopped") continue;
      const entry = result.get(row.focus) ?? { projects: new Set<number>(), budget: 0 };
      if (!entry.projects.has(row.projectId)) {
        entry.projects.add(row.projectId);
        entry.budget += row.budget;
      }
      result.set(row.focus, entry);
    }
    return ["efficiency", "new_service", "quality", "communication"].map((focus) => ({
      focus,
      projectCount: result.get(focus)?.projects.size ?? 0,
      approvedBudgetKr: result.get(focus)?.budget ?? 0,
    }));
  }

  it("the balance per focus area matches a direct count", () => {
    const balance = getFocusBalance();
    expect(balance).toEqual(directBalance());
    expect(balance.every((row) => row.projectCount > 0 && row.approvedBudgetKr > 0)).toBe(true);
  });

  it("counts a project once per focus area, in every focus area it serves, and never when stopped", () => {
    const before = getFocusBalance();
    const project = db().select().from(projects).where(eq(projects.phase, "implementation")).get()!;
    const focusGoal = (focus: "efficiency" | "communication") => db().select().from(strategyGoals).where(eq(strategyGoals.focus, focus)).all();
    const hadFocus = new Set(
      db()
        .select({ focus: strategyGoals.focus })
        .from(projectGoals)
        .innerJoin(strategyGoals, eq(strategyGoals.id, projectGoals.goalId))
        .where(eq(projectGoals.projectId, project.id))
        .all()
        .map((link) => link.focus),
    );
    db().delete(projectGoals).where(eq(projectGoals.projectId, project.id)).run();
    for (const goal of [...focusGoal("efficiency"), ...focusGoal("communication")]) {
      db().insert(projectGoals).values({ projectId: project.id, goalId: goal.id }).run();
    }
    const linked = getFocusBalance();
    expect(linked).toEqual(directBalance());
    const row = (rows: typeof linked, focus: string) => rows.find((candidate) => candidate.focus === focus)!;
    for (const focus of ["efficiency", "communication"] as const) {
      expect(row(linked, focus).projectCount).toBe(row(before, focus).projectCount + (hadFocus.has(focus) ? 0 : 1));
    }

    db().update(projects).set({ phase: "stopped" }).where(eq(projects.id, project.id)).run();
    const stopped = getFocusBalance();
    expect(row(stopped, "efficiency").projectCount).toBe(row(linked, "efficiency").projectCount - 1);
    expect(row(stopped, "communication").projectCount).toBe(row(linked, "communication").projectCount - 1);
    expect(row(stopped, "communication").approvedBudgetKr).toBe(row(linked, "communication").approvedBudgetKr - project.approvedBudgetKr);
    expect(stopped).toEqual(directBalance());
  });

  it("counts projects without any goal, stopped ones excepted", () => {
    const direct = db()
      .$client.prepare("select count(*) as n from projects p where p.phase != 'stopped' and not exists (select 1 from project_goals pg where pg.project_id = p.id)")
      .get() as { n: number };
    expect(countProjectsWithoutGoal()).toBe(direct.n);
    const project = db().select().from(projects).where(eq(projects.phase, "analysis")).get()!;
    db().delete(projectGoals).where(eq(projectGoals.projectId, project.id)).run();
    expect(countProjectsWithoutGoal()).toBe(direct.n + 1);
  });

  it("lists every goal with its number of linked projects", () => {
    const goals = listStrategyGoals();
    expect(goals).toHaveLength(db().select({ n: count() }).from(strategyGoals).get()!.n);
    for (const goal of goals) {
      const linked = db().select({ n: count() }).from(projectGoals).where(eq(projectGoals.goalId, goal.id)).get()!.n;
      expect(goal.projectCount).toBe(linked);
    }
  });
});
