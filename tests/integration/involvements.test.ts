import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { involvements, projects } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/services/errors";
import { createInvolvement, deleteInvolvement, updateInvolvement } from "@/lib/services/involvements";
import {
  caught,
  editorPicks,
  expectForbidden,
  expectRefusedUnchanged,
  fixedNow,
  form,
  insertInvolvement,
  nonEditorPicks,
  projectCode,
  seedWorld,
  snapshot,
  successAudit,
  type World,
} from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
let world: World;

beforeEach(() => {
  world = seedWorld(db());
});

const futureDoneMessage = "En gennemført inddragelse kan ikke ligge i fremtiden";
const staleMessage = "Inddragelsen er ændret af en anden, siden du åbnede den. Dine ændringer er ikke gemt; se de nyeste værdier nedenfor.";

const involvementRow = (id: number) => db().select().from(involvements).where(eq(involvements.id, id)).get();

/** fixedNow is 27 Nov 2026; the planned entry is a workshop on 3 Dec. */
const plannedEntry = () =>
  createInvolvement(
    world.lead,
    projectCode,
    form({ date: "2026-12-03", group: "employees", form: "workshop", summary: "Workshop med natholdet om alarmerne", outcome: "", state: "planned" }),
    fixedNow,
  );

const edit = (overrides: Record<string, string | number> = {}) =>
  form({
    date: "2026-11-25",
    group: "employees",
    form: "workshop",
    summary: "Workshop med natholdet om alarmerne",
    outcome: "  Natholdet vil have færre, men tydeligere alarmer  ",
    state: "done",
    version: 1,
    ...overrides,
  });

const removal = (overrides: Record<string, string | number> = {}) => form({ version: 1, confirm: "on", ...overrides });

/** A second project, in department B, with an entry of its own. */
function otherProjectEntry(): { code: string; entryId: number } {
  const other = db()
    .insert(projects)
    .values({
      code: "DIG-2026-008",
      title: "Vejsensorer",
      summary: "Sensorer i vejbanen.",
      purpose: "quality",
      departmentId: world.deptB,
      ownerId: world.staffB.id,
      leadId: world.staffB.id,
      phase: "analysis",
      baselineStart: "2026-01-05",
      baselineEnd: "2026-12-18",
      forecastEnd: "2026-12-18",
      approvedBudgetKr: 0,
      spentKr: 0,
      priority: "medium",
    })
    .returning({ id: projects.id, code: projects.code })
    .get();
  return { code: other.code, entryId: insertInvolvement(db(), other.id, world.staffB.id) };
}

describe("the rule: a held entry cannot lie in the future", () => {
  it("refuses to register a held entry dated after today, with a field message, and changes nothing", () => {
    const error = expectRefusedUnchanged(db(), ValidationError, () =>
      createInvolvement(world.lead, projectCode, form({ date: "2026-11-28", group: "med", form: "briefing", summary: "Orientering i MED", state: "done" }), fixedNow),
    );
    expect(error.fieldErrors).toEqual({ date: [futureDoneMessage] });
    expect(db().select().from(involvements).all()).toEqual([]);
  });

  it("registers a held entry dated today and a planned one in the future", () => {
    const today = createInvolvement(world.lead, projectCode, form({ date: "2026-11-27", group: "med", form: "briefing", summary: "Orientering i MED", state: "done" }), fixedNow);
    const planned = plannedEntry();
    expect(involvementRow(today)).toMatchObject({ date: "2026-11-27", state: "done" });
    expect(involvementRow(planned)).toMatchObject({ date: "2026-12-03", state: "planned" });
  });

  it("refuses to mark a planned entry as held while its date is still ahead, and changes nothing", () => {
    const id = plannedEntry();
    const error = expectRefusedUnchanged(db(), ValidationError, () => updateInvolvement(world.lead, projectCode, id, edit({ date: "2026-12-03" }), fixedNow));
    expect(error.fieldErrors).toEqual({ date: [futureDoneMessage] });
    expect(involvementRow(id)).toMatchObject({ state: "planned", version: 1 });
  });

  it("judges 'today' by the moment the service is given", () => {
    const id = plannedEntry();
    updateInvolvement(world.lead, projectCode, id, edit({ date: "2026-12-03" }), new Date("2026-12-03T08:00:00Z"));
    expect(involvementRow(id)).toMatchObject({ date: "2026-12-03", state: "done", version: 2 });
  });
});

describe("updateInvolvement", () => {
  for (const [name, pick] of editorPicks) {
    it(`lets the ${name} mark a planned entry as held, bumps its version and audits the changed fields`, () => {
      const actor = pick(world);
      const id = plannedEntry();
      const before = involvementRow(id)!;
      updateInvolvement(actor, projectCode, id, edit(), fixedNow);
      expect(involvementRow(id)).toEqual({
        ...before,
        date: "2026-11-25",
        state: "done",
        outcome: "Natholdet vil have færre, men tydeligere alarmer",
        version: 2,
        updatedAt: fixedNow.toISOString(),
      });
      const events = successAudit(db(), "involvement.update");
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: actor.id, actorRole: actor.role, objectType: "project", objectId: projectCode });
      expect(JSON.parse(events[0].changes!)).toEqual({
        involvementId: id,
        date: { from: "2026-12-03", to: "2026-11-25" },
        outcome: { from: "", to: "Natholdet vil have færre, men tydeligere alarmer" },
        state: { from: "planned", to: "done" },
      });
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  for (const [name, pick] of nonEditorPicks) {
    it(`refuses the ${name}, changes nothing and audits the refusal`, () => {
      const actor = pick(world);
      const id = plannedEntry();
      expectForbidden(db(), actor, "involvement.update", () => updateInvolvement(actor, projectCode, id, edit(), fixedNow));
    });
  }

  it("fixes every field of a mistake", () => {
    const id = plannedEntry();
    updateInvolvement(world.owner, projectCode, id, edit({ group: "citizens", form: "interview", summary: "Interview med pårørende", outcome: "", state: "planned", date: "2027-02-01" }), fixedNow);
    expect(involvementRow(id)).toMatchObject({ group: "citizens", form: "interview", summary: "Interview med pårørende", outcome: "", state: "planned", date: "2027-02-01", version: 2 });
  });

  for (const phase of ["closed", "stopped"] as const) {
    it(`edits an entry of a ${phase === "closed" ? "closed" : "stopped"} project, as registering one there is allowed`, () => {
      db().update(projects).set({ phase }).where(eq(projects.id, world.project.id)).run();
      const id = plannedEntry();
      updateInvolvement(world.lead, projectCode, id, edit(), fixedNow);
      expect(involvementRow(id)).toMatchObject({ state: "done", version: 2 });
      expectForbidden(db(), world.otherStaff, "involvement.update", () => updateInvolvement(world.otherStaff, projectCode, id, edit({ version: 2 }), fixedNow));
    });
  }

  it("refuses a stale edit with the newer values by name, keeps the first save, and saves knowingly on the version it hands back", () => {
    const id = plannedEntry();
    updateInvolvement(world.director, projectCode, id, edit({ outcome: "Første redaktør", group: "med", form: "briefing" }), fixedNow);
    const afterFirst = involvementRow(id);
    const typed = edit({ outcome: "Anden redaktør" });
    const error = expectRefusedUnchanged(db(), ConflictError, () => updateInvolvement(world.lead, projectCode, id, typed, fixedNow));
    expect(error.message).toBe(staleMessage);
    expect(error.current).toEqual({
      date: "25. nov. 2026",
      state: "Gennemført",
      group: "MED-udvalg",
      form: "Orientering",
      summary: "Workshop med natholdet om alarmerne",
      outcome: "Første redaktør",
      version: "2",
    });
    expect(involvementRow(id)).toEqual(afterFirst);

    typed.set("version", error.current.version);
    updateInvolvement(world.lead, projectCode, id, typed, fixedNow);
    expect(involvementRow(id)).toMatchObject({ outcome: "Anden redaktør", group: "employees", form: "workshop", version: 3 });
  });

  it("refuses bad input and a missing version with Danish messages, and changes nothing", () => {
    const id = plannedEntry();
    const cases: [Record<string, string | number>, string, string][] = [
      [{ date: "næste uge" }, "date", "Datoen skal være en gyldig dato"],
      [{ group: "press" }, "group", "Vælg en gruppe"],
      [{ form: "party" }, "form", "Vælg en form"],
      [{ summary: " x " }, "summary", "Skriv kort, hvad der skete eller skal ske"],
      [{ state: "maybe" }, "state", "Vælg planlagt eller gennemført"],
      [{ version: "" }, "version", "Formularen mangler sin version; genindlæs siden"],
    ];
    for (const [overrides, field, message] of cases) {
      const error = expectRefusedUnchanged(db(), ValidationError, () => updateInvolvement(world.lead, projectCode, id, edit(overrides), fixedNow));
      expect(error.fieldErrors[field]?.[0]).toBe(message);
    }
  });

  it("refuses an entry of another project (NotFoundError) and changes nothing, even for someone who may edit both", () => {
    plannedEntry();
    const other = otherProjectEntry();
    const before = snapshot(db());
    expect(caught(() => updateInvolvement(world.director, projectCode, other.entryId, edit(), fixedNow))).toBeInstanceOf(NotFoundError);
    expect(caught(() => updateInvolvement(world.lead, projectCode, other.entryId, edit(), fixedNow))).toBeInstanceOf(NotFoundError);
    expect(snapshot(db())).toEqual(before);
    expect(successAudit(db(), "involvement.update")).toEqual([]);
  });

  it("answers an unknown entry and an unknown project with NotFoundError", () => {
    const id = plannedEntry();
    expect(caught(() => updateInvolvement(world.director, projectCode, 99_999, edit(), fixedNow))).toBeInstanceOf(NotFoundError);
    expect(caught(() => updateInvolvement(world.director, "DIG-2026-999", id, edit(), fixedNow))).toBeInstanceOf(NotFoundError);
  });
});

describe("deleteInvolvement", () => {
  for (const [name, pick] of editorPicks) {
    it(`lets the ${name} delete an entry and audits what was deleted`, () => {
      const actor = pick(world);
      const id = plannedEntry();
      deleteInvolvement(actor, projectCode, id, removal());
      expect(involvementRow(id)).toBeUndefined();
      const events = successAudit(db(), "involvement.delete");
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: actor.id, actorRole: actor.role, objectType: "project", objectId: projectCode });
      expect(JSON.parse(events[0].changes!)).toEqual({
        involvementId: id,
        date: "2026-12-03",
        state: "planned",
        group: "employees",
        form: "workshop",
        summary: "Workshop med natholdet om alarmerne",
        outcome: "",
        createdById: world.lead.id,
        version: 1,
      });
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  for (const [name, pick] of nonEditorPicks) {
    it(`refuses the ${name}, changes nothing and audits the refusal`, () => {
      const actor = pick(world);
      const id = plannedEntry();
      expectForbidden(db(), actor, "involvement.delete", () => deleteInvolvement(actor, projectCode, id, removal()));
    });
  }

  it("deletes an entry of a stopped project, as registering one there is allowed", () => {
    db().update(projects).set({ phase: "stopped" }).where(eq(projects.id, world.project.id)).run();
    const id = plannedEntry();
    deleteInvolvement(world.headA, projectCode, id, removal());
    expect(involvementRow(id)).toBeUndefined();
  });

  it("keeps an entry changed since it was shown, hands back its newer values, and deletes it on the version it hands back", () => {
    const id = plannedEntry();
    updateInvolvement(world.director, projectCode, id, edit(), fixedNow);
    const afterEdit = involvementRow(id);
    const error = expectRefusedUnchanged(db(), ConflictError, () => deleteInvolvement(world.lead, projectCode, id, removal()));
    expect(error.message).toContain("Inddragelsen er ændret af en anden, siden du åbnede den, og er ikke slettet.");
    expect(error.current).toMatchObject({ state: "Gennemført", outcome: "Natholdet vil have færre, men tydeligere alarmer", version: "2" });
    expect(involvementRow(id)).toEqual(afterEdit);

    deleteInvolvement(world.lead, projectCode, id, removal({ version: error.current.version }));
    expect(involvementRow(id)).toBeUndefined();
  });

  it("refuses a delete without the tick or the version, with Danish messages, and changes nothing", () => {
    const id = plannedEntry();
    const unticked = expectRefusedUnchanged(db(), ValidationError, () => deleteInvolvement(world.lead, projectCode, id, form({ version: 1 })));
    expect(unticked.fieldErrors).toEqual({ confirm: ["Bekræft, at inddragelsen skal slettes"] });
    const noVersion = expectRefusedUnchanged(db(), ValidationError, () => deleteInvolvement(world.lead, projectCode, id, form({ confirm: "on" })));
    expect(noVersion.fieldErrors).toEqual({ version: ["Formularen mangler sin version; genindlæs siden"] });
    expect(involvementRow(id)).toMatchObject({ version: 1 });
  });

  it("refuses an entry of another project (NotFoundError) and deletes nothing", () => {
    plannedEntry();
    const other = otherProjectEntry();
    const before = snapshot(db());
    expect(caught(() => deleteInvolvement(world.director, projectCode, other.entryId, removal()))).toBeInstanceOf(NotFoundError);
    expect(caught(() => deleteInvolvement(world.lead, projectCode, other.entryId, removal()))).toBeInstanceOf(NotFoundError);
    expect(snapshot(db())).toEqual(before);
    expect(involvementRow(other.entryId)).toBeDefined();
    expect(successAudit(db(), "involvement.delete")).toEqual([]);
  });

  it("answers an entry deleted already with NotFoundError", () => {
    const id = plannedEntry();
    deleteInvolvement(world.lead, projectCode, id, removal());
    expect(caught(() => deleteInvolvement(world.lead, projectCode, id, removal()))).toBeInstanceOf(NotFoundError);
  });
});
