import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { involvements, risks } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/services/errors";
import { createInvolvement } from "@/lib/services/involvements";
import { createRisk, setNoSignificantRisks, updateRisk } from "@/lib/services/risks";
import {
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
  successAudit,
  type World,
} from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
let world: World;

beforeEach(() => {
  world = seedWorld(db());
});

const riskRow = (id: number) => db().select().from(risks).where(eq(risks.id, id)).get()!;
const involvementRow = (id: number) => db().select().from(involvements).where(eq(involvements.id, id)).get()!;

const newRisk = (overrides: Record<string, string | number> = {}) =>
  form({
    title: "  Personalet stoler ikke på alarmerne  ",
    description: "Falske alarmer om natten.",
    category: "adoption",
    probability: 3,
    consequence: 4,
    action: "Pilotafprøvning på to afdelinger",
    ownerId: world.lead.id,
    residualProbability: "",
    residualConsequence: "",
    status: "open",
    ...overrides,
  });

/** A risk registered by the lead, for the update tests. */
const existingRisk = () => createRisk(world.lead, projectCode, newRisk());

const riskEdit = (overrides: Record<string, string | number> = {}) => newRisk({ version: 1, ...overrides });

describe("createRisk", () => {
  for (const [name, pick] of editorPicks) {
    it(`lets the ${name} register a risk and audits it`, () => {
      const actor = pick(world);
      const id = createRisk(actor, projectCode, newRisk({ residualProbability: 2, residualConsequence: "3" }));
      expect(riskRow(id)).toMatchObject({
        projectId: world.project.id,
        title: "Personalet stoler ikke på alarmerne",
        category: "adoption",
        probability: 3,
        consequence: 4,
        action: "Pilotafprøvning på to afdelinger",
        ownerId: world.lead.id,
        residualProbability: 2,
        residualConsequence: 3,
        status: "open",
        version: 1,
      });
      const events = successAudit(db(), "risk.create");
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: actor.id, actorRole: actor.role, objectType: "project", objectId: projectCode });
      expect(JSON.parse(events[0].changes!)).toMatchObject({ riskId: id, title: "Personalet stoler ikke på alarmerne", probability: 3 });
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  for (const [name, pick] of nonEditorPicks) {
    it(`refuses the ${name}, changes nothing and audits the refusal`, () => {
      const actor = pick(world);
      expectForbidden(db(), actor, "risk.create", () => createRisk(actor, projectCode, newRisk()));
    });
  }

  it("stores an empty owner and residual values as null", () => {
    const id = createRisk(world.lead, projectCode, newRisk({ ownerId: "", probability: 1, consequence: 1, action: "" }));
    expect(riskRow(id)).toMatchObject({ ownerId: null, residualProbability: null, residualConsequence: null, action: "" });
  });

  it("refuses a probability or consequence outside 1–5", () => {
    for (const probability of [6, 0, -1, 2.5]) {
      const error = expectRefusedUnchanged(db(), ValidationError, () => createRisk(world.lead, projectCode, newRisk({ probability })));
      expect(error.fieldErrors.probability).toHaveLength(1);
    }
    const six = expectRefusedUnchanged(db(), ValidationError, () => createRisk(world.lead, projectCode, newRisk({ probability: 6 })));
    expect(six.fieldErrors.probability).toEqual(["Sandsynlighed skal være mellem 1 og 5"]);
    const word = expectRefusedUnchanged(db(), ValidationError, () => createRisk(world.lead, projectCode, newRisk({ consequence: "høj" })));
    expect(word.fieldErrors.consequence).toEqual(["Vælg konsekvens fra 1 til 5"]);
    const residual = expectRefusedUnchanged(db(), ValidationError, () => createRisk(world.lead, projectCode, newRisk({ residualConsequence: 9 })));
    expect(residual.fieldErrors.residualConsequence).toEqual(["Rest-konsekvens skal være mellem 1 og 5"]);
    expect(db().select().from(risks).all()).toEqual([]);
  });

  it("refuses a high risk (4 or more) without an action", () => {
    for (const [probability, consequence] of [
      [4, 1],
      [1, 4],
      [5, 5],
    ]) {
      const error = expectRefusedUnchanged(db(), ValidationError, () =>
        createRisk(world.lead, projectCode, newRisk({ probability, consequence, action: "   " })),
      );
      expect(error.fieldErrors).toEqual({ action: ["En høj risiko skal have et tiltag"] });
    }
    const low = createRisk(world.lead, projectCode, newRisk({ probability: 3, consequence: 3, action: "" }));
    expect(riskRow(low).action).toBe("");
  });

  it("refuses a residual risk scored above the risk before its action, and takes one scored the same or below", () => {
    const error = expectRefusedUnchanged(db(), ValidationError, () =>
      createRisk(world.lead, projectCode, newRisk({ probability: 2, consequence: 2, residualProbability: 5, residualConsequence: 5 })),
    );
    expect(error.fieldErrors).toEqual({ residualProbability: ["Restrisikoen kan ikke være større end risikoen før tiltaget"] });
    const same = createRisk(world.lead, projectCode, newRisk({ probability: 2, consequence: 3, residualProbability: 3, residualConsequence: 2 }));
    expect(riskRow(same)).toMatchObject({ residualProbability: 3, residualConsequence: 2 });
  });

  it("refuses a short title, an unknown category and an unknown owner with Danish messages", () => {
    const title = expectRefusedUnchanged(db(), ValidationError, () => createRisk(world.lead, projectCode, newRisk({ title: "AI" })));
    expect(title.fieldErrors.title).toEqual(["Titlen skal være mindst 3 tegn"]);
    const category = expectRefusedUnchanged(db(), ValidationError, () => createRisk(world.lead, projectCode, newRisk({ category: "weather" })));
    expect(category.fieldErrors.category).toEqual(["Vælg en kategori"]);
    const owner = expectRefusedUnchanged(db(), ValidationError, () => createRisk(world.lead, projectCode, newRisk({ ownerId: 99_999 })));
    expect(owner.fieldErrors.ownerId).toEqual(["Vælg en aktiv risikoejer"]);
  });

  it("answers an unknown project with NotFoundError", () => {
    expect(caught(() => createRisk(world.director, "DIG-2026-999", newRisk()))).toBeInstanceOf(NotFoundError);
  });
});

describe("updateRisk", () => {
  for (const [name, pick] of editorPicks) {
    it(`lets the ${name} edit a risk, bumps its version and audits the changed fields`, () => {
      const actor = pick(world);
      const id = existingRisk();
      const before = riskRow(id);
      updateRisk(actor, id, riskEdit({ probability: 2, residualProbability: 1, residualConsequence: 2, status: "closed" }), fixedNow);
      expect(riskRow(id)).toEqual({
        ...before,
        probability: 2,
        residualProbability: 1,
        residualConsequence: 2,
        status: "closed",
        version: 2,
        updatedAt: fixedNow.toISOString(),
      });
      const events = successAudit(db(), "risk.update");
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: actor.id, actorRole: actor.role, objectType: "project", objectId: projectCode });
      expect(JSON.parse(events[0].changes!)).toEqual({
        riskId: id,
        probability: { from: 3, to: 2 },
        residualProbability: { from: null, to: 1 },
        residualConsequence: { from: null, to: 2 },
        status: { from: "open", to: "closed" },
      });
    });
  }

  for (const [name, pick] of nonEditorPicks) {
    it(`refuses the ${name}, changes nothing and audits the refusal`, () => {
      const actor = pick(world);
      const id = existingRisk();
      expectForbidden(db(), actor, "risk.update", () => updateRisk(actor, id, riskEdit({ status: "closed" }), fixedNow));
    });
  }

  it("refuses a stale edit and keeps the first save", () => {
    const id = existingRisk();
    updateRisk(world.director, id, riskEdit({ title: "Første redaktør", probability: 1 }), fixedNow);
    const afterFirst = riskRow(id);
    const error = expectRefusedUnchanged(db(), ConflictError, () => updateRisk(world.lead, id, riskEdit({ title: "Anden redaktør" }), fixedNow));
    expect(error.message).toBe("Risikoen er ændret af en anden, siden du åbnede den. Dine ændringer er ikke gemt; se de nyeste værdier nedenfor.");
    expect(riskRow(id)).toEqual(afterFirst);
    expect(afterFirst).toMatchObject({ title: "Første redaktør", probability: 1, version: 2 });

    updateRisk(world.lead, id, riskEdit({ title: "Anden redaktør", version: 2 }), fixedNow);
    expect(riskRow(id)).toMatchObject({ title: "Anden redaktør", version: 3 });
  });

  it("hands the refused editor the newer values by name and the version to save on; saving on that version overwrites knowingly", () => {
    const id = existingRisk();
    updateRisk(world.director, id, riskEdit({ title: "Første redaktør", category: "legal_gdpr", ownerId: world.owner.id, residualProbability: 2, residualConsequence: 1 }), fixedNow);
    const afterFirst = riskRow(id);
    const typed = riskEdit({ title: "Anden redaktør", action: "Ugentlig gennemgang af alarmerne" });
    const error = expectRefusedUnchanged(db(), ConflictError, () => updateRisk(world.lead, id, typed, fixedNow));
    expect(error.current).toEqual({
      title: "Første redaktør",
      description: "Falske alarmer om natten.",
      category: "Jura/GDPR",
      ownerId: "Olga Ejer",
      probability: "3",
      consequence: "4",
      action: "Pilotafprøvning på to afdelinger",
      residualProbability: "2",
      residualConsequence: "1",
      status: "Åben",
      version: "2",
    });
    expect(riskRow(id)).toEqual(afterFirst);

    typed.set("version", error.current.version);
    updateRisk(world.lead, id, typed, fixedNow);
    expect(riskRow(id)).toMatchObject({ title: "Anden redaktør", action: "Ugentlig gennemgang af alarmerne", category: "adoption", ownerId: world.lead.id, residualProbability: null, version: 3 });
  });

  it("refuses bad input and a missing version, and changes nothing", () => {
    const id = existingRisk();
    const six = expectRefusedUnchanged(db(), ValidationError, () => updateRisk(world.lead, id, riskEdit({ probability: 6 }), fixedNow));
    expect(six.fieldErrors.probability).toEqual(["Sandsynlighed skal være mellem 1 og 5"]);
    const high = expectRefusedUnchanged(db(), ValidationError, () => updateRisk(world.lead, id, riskEdit({ consequence: 5, action: "" }), fixedNow));
    expect(high.fieldErrors.action).toEqual(["En høj risiko skal have et tiltag"]);
    const noVersion = expectRefusedUnchanged(db(), ValidationError, () => updateRisk(world.lead, id, newRisk(), fixedNow));
    expect(noVersion.fieldErrors.version).toBeDefined();
    const owner = expectRefusedUnchanged(db(), ValidationError, () => updateRisk(world.lead, id, riskEdit({ ownerId: 99_999 }), fixedNow));
    expect(owner.fieldErrors.ownerId).toEqual(["Vælg en aktiv risikoejer"]);
  });

  it("answers an unknown risk with NotFoundError", () => {
    expect(caught(() => updateRisk(world.director, 99_999, riskEdit(), fixedNow))).toBeInstanceOf(NotFoundError);
  });
});

describe("setNoSignificantRisks", () => {
  for (const [name, pick] of editorPicks) {
    it(`lets the ${name} tick and untick "ingen væsentlige risici" with a version check, and audits it`, () => {
      const actor = pick(world);
      const before = projectRow(db(), world.project.id);
      setNoSignificantRisks(actor, projectCode, form({ noSignificantRisks: "on", version: 1 }), fixedNow);
      expect(projectRow(db(), world.project.id)).toEqual({ ...before, noSignificantRisks: true, version: 2, updatedAt: fixedNow.toISOString() });
      setNoSignificantRisks(actor, projectCode, form({ version: 2 }), fixedNow);
      expect(projectRow(db(), world.project.id)).toMatchObject({ noSignificantRisks: false, version: 3 });

      const events = successAudit(db(), "project.update");
      expect(events).toHaveLength(2);
      expect(events[0]).toMatchObject({ actorId: actor.id, actorRole: actor.role, objectType: "project", objectId: projectCode });
      expect(JSON.parse(events[0].changes!)).toEqual({ noSignificantRisks: { from: false, to: true } });
      expect(JSON.parse(events[1].changes!)).toEqual({ noSignificantRisks: { from: true, to: false } });
    });
  }

  for (const [name, pick] of nonEditorPicks) {
    it(`refuses the ${name}, changes nothing and audits the refusal`, () => {
      const actor = pick(world);
      expectForbidden(db(), actor, "project.no_significant_risks", () =>
        setNoSignificantRisks(actor, projectCode, form({ noSignificantRisks: "on", version: 1 }), fixedNow),
      );
    });
  }

  it("refuses a stale version, with the newer tick and version, and a missing version, and changes nothing", () => {
    setNoSignificantRisks(world.lead, projectCode, form({ noSignificantRisks: "on", version: 1 }), fixedNow);
    const stale = expectRefusedUnchanged(db(), ConflictError, () => setNoSignificantRisks(world.owner, projectCode, form({ version: 1 }), fixedNow));
    expect(stale.message).toContain("Projektet er ændret af en anden, siden du åbnede det");
    expect(stale.current).toEqual({ noSignificantRisks: "Ja", version: "2" });
    expect(projectRow(db(), world.project.id)).toMatchObject({ noSignificantRisks: true, version: 2 });
    setNoSignificantRisks(world.owner, projectCode, form({ version: stale.current.version }), fixedNow);
    expect(projectRow(db(), world.project.id)).toMatchObject({ noSignificantRisks: false, version: 3 });
    const missing = expectRefusedUnchanged(db(), ValidationError, () => setNoSignificantRisks(world.owner, projectCode, form({ noSignificantRisks: "on" }), fixedNow));
    expect(missing.fieldErrors.version).toEqual(["Formularen mangler sin version; genindlæs siden"]);
  });

  it("refuses the tick while a risk is open, saying how many, and allows it once they are closed", () => {
    const id = createRisk(world.lead, projectCode, newRisk());
    const version = projectRow(db(), world.project.id).version;
    const refused = expectRefusedUnchanged(db(), ValidationError, () =>
      setNoSignificantRisks(world.lead, projectCode, form({ noSignificantRisks: "on", version }), fixedNow),
    );
    expect(refused.fieldErrors.noSignificantRisks).toEqual(["Projektet har 1 åben risiko. Luk den, før du markerer, at der ingen væsentlige risici er."]);
    db().update(risks).set({ status: "closed" }).where(eq(risks.id, id)).run();
    setNoSignificantRisks(world.lead, projectCode, form({ noSignificantRisks: "on", version }), fixedNow);
    expect(projectRow(db(), world.project.id)).toMatchObject({ noSignificantRisks: true });
  });
});

describe("createInvolvement", () => {
  const newInvolvement = (overrides: Record<string, string> = {}) =>
    form({
      date: "2026-12-03",
      group: "med",
      form: "briefing",
      summary: "  Orientering i MED-udvalget om sensorerne  ",
      outcome: "",
      state: "planned",
      ...overrides,
    });

  for (const [name, pick] of editorPicks) {
    it(`lets the ${name} register involvement and audits it`, () => {
      const actor = pick(world);
      const id = createInvolvement(actor, projectCode, newInvolvement());
      expect(involvementRow(id)).toMatchObject({
        projectId: world.project.id,
        date: "2026-12-03",
        group: "med",
        form: "briefing",
        summary: "Orientering i MED-udvalget om sensorerne",
        outcome: "",
        state: "planned",
        createdById: actor.id,
        version: 1,
      });
      const events = successAudit(db(), "involvement.create");
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: actor.id, actorRole: actor.role, objectType: "project", objectId: projectCode });
      expect(JSON.parse(events[0].changes!)).toMatchObject({ involvementId: id, group: "med", state: "planned" });
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  for (const [name, pick] of nonEditorPicks) {
    it(`refuses the ${name}, changes nothing and audits the refusal`, () => {
      const actor = pick(world);
      expectForbidden(db(), actor, "involvement.create", () => createInvolvement(actor, projectCode, newInvolvement()));
    });
  }

  it("records done involvement with its outcome", () => {
    const id = createInvolvement(
      world.lead,
      projectCode,
      newInvolvement({ date: "2026-11-20", group: "citizens", form: "test", state: "done", outcome: "Borgerne ville have færre alarmer" }),
      fixedNow,
    );
    expect(involvementRow(id)).toMatchObject({ group: "citizens", form: "test", state: "done", outcome: "Borgerne ville have færre alarmer" });
  });

  it("refuses bad input with Danish messages and changes nothing", () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ date: "næste uge" }, "date", "Datoen skal være en gyldig dato"],
      [{ group: "press" }, "group", "Vælg en gruppe"],
      [{ form: "party" }, "form", "Vælg en form"],
      [{ summary: " x " }, "summary", "Skriv kort, hvad der skete eller skal ske"],
      [{ state: "" }, "state", "Vælg planlagt eller gennemført"],
    ];
    for (const [overrides, field, message] of cases) {
      const error = expectRefusedUnchanged(db(), ValidationError, () => createInvolvement(world.lead, projectCode, newInvolvement(overrides)));
      expect(error.fieldErrors[field]?.[0]).toBe(message);
    }
    expect(db().select().from(involvements).all()).toEqual([]);
  });

  it("answers an unknown project with NotFoundError", () => {
    expect(caught(() => createInvolvement(world.director, "DIG-2026-999", newInvolvement()))).toBeInstanceOf(NotFoundError);
  });
});
