import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditEvents, experiments, projectGoals, projects, projectTags, technologyTags, zones } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { getExperimentDetail, getProjectOrigin } from "@/lib/queries/experiments";
import { listRadarEntries } from "@/lib/queries/radar";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/services/errors";
import {
  approveExperiment,
  createExperiment,
  finishExperiment,
  promoteExperiment,
  rejectExperiment,
  startExperiment,
} from "@/lib/services/experiments";
import type { ActingUser } from "@/lib/services/guard";
import { addZoneMember, createZone, updateZone } from "@/lib/services/zones";
import { experimentActor, type ExperimentPerson } from "./experiment-people";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

type Person = ExperimentPerson;
const actor = (person: Person): ActingUser => experimentActor(db(), person);

let slug = "";
let zoneId = 0;
const frameKr = 1_000_000;
/** A day inside the test card's period (March–May 2026), when starting it is allowed. */
const during = new Date("2026-04-01T10:00:00Z");

const experimentRow = (id: number) => db().select().from(experiments).where(eq(experiments.id, id)).get()!;
const allExperiments = () => db().select().from(experiments).orderBy(experiments.id).all();
const allProjects = () => db().select().from(projects).orderBy(projects.id).all();
const auditOf = (action: string) => db().select().from(auditEvents).where(eq(auditEvents.action, action)).all();

function testCard(overrides: Record<string, unknown> = {}) {
  return {
    zoneId: String(zoneId),
    title: "Faldsensorer på Egebo Plejecenter",
    hypothesis: "Vi tror at faldsensorer giver færre fald om natten.",
    test: "For at afprøve det vil vi sætte sensorer op i 20 boliger i tre måneder.",
    metric: "Antal fald om natten",
    successCriterion: "30 % færre fald",
    periodStart: "2026-03-01",
    periodEnd: "2026-05-31",
    moneyAtRiskKr: "400.000",
    technology: "Faldsensorer",
    radarRing: "trial",
    involvementPlanned: "Workshop med personalet og MED-udvalget.",
    ...overrides,
  };
}

const learningCard = {
  observation: "Faldene om natten faldt fra 14 til 8 i perioden.",
  learning: "Sensorerne virker, når personalet er med fra starten.",
  decision: "scale",
  evidenceStrength: "moderate",
  sharing: "network",
};

function newExperiment(person: Person = "member", overrides: Record<string, unknown> = {}): number {
  return createExperiment(actor(person), testCard(overrides)).id;
}

function runningExperiment(money = "400000"): number {
  const id = newExperiment("member", { moneyAtRiskKr: money });
  expect(startExperiment(actor("member"), id, during).state).toBe("running");
  return id;
}

function scaledExperiment(decision = "scale"): number {
  const id = runningExperiment();
  finishExperiment(actor("member"), id, { ...learningCard, decision });
  return id;
}

function expectDenied(action: string, person: Person) {
  expect(auditOf(action).filter((event) => event.outcome === "denied")).toEqual([
    expect.objectContaining({ actorId: actor(person).id, objectType: "zone", objectId: slug }),
  ]);
}

beforeEach(() => {
  const goalId = db().$client.prepare("select id from strategy_goals order by id limit 1").pluck().get() as number;
  slug = createZone(actor("admin"), {
    name: `Forsøgsrum ${Date.now()}`,
    sponsorId: String(actor("sponsor").id),
    leadId: String(actor("lead").id),
    strategyGoalId: String(goalId),
    riskFrameKr: String(frameKr),
  }).slug;
  zoneId = db().select({ id: zones.id }).from(zones).where(eq(zones.slug, slug)).get()!.id;
  for (const person of ["member", "otherMember", "memberHead"] as const) addZoneMember(actor("lead"), slug, { userId: String(actor(person).id) });
});

describe("createExperiment", () => {
  for (const person of ["member", "lead", "memberHead", "sponsor", "otherDirector"] as const) {
    it(`lets ${person} write a test card as a draft, audited on the zone`, () => {
      const id = newExperiment(person);
      expect(experimentRow(id)).toMatchObject({
        zoneId,
        state: "draft",
        moneyAtRiskKr: 400_000,
        technology: "Faldsensorer",
        radarRing: "trial",
        createdById: actor(person).id,
      });
      const [event] = auditOf("experiment.create");
      expect(event).toMatchObject({ actorId: actor(person).id, objectType: "zone", objectId: slug, outcome: "success" });
      expect(JSON.parse(event.changes!)).toMatchObject({ experimentId: id, title: "Faldsensorer på Egebo Plejecenter", moneyAtRiskKr: 400_000 });
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  for (const person of ["outsider", "otherHead", "admin"] as const) {
    it(`refuses ${person} (not a member of the zone), changes nothing and audits the refusal`, () => {
      const before = allExperiments();
      expect(() => newExperiment(person)).toThrow(ForbiddenError);
      expect(allExperiments()).toEqual(before);
      expectDenied("experiment.create", person);
    });
  }

  it("refuses bad input with Danish messages and changes nothing", () => {
    const before = allExperiments();
    const errors = (overrides: Record<string, unknown>) => {
      try {
        newExperiment("member", overrides);
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).fieldErrors;
      }
      throw new Error("expected a validation error");
    };
    expect(errors({ hypothesis: "" }).hypothesis?.[0]).toMatch(/^Skriv hypotesen: Vi tror at/);
    expect(errors({ test: "kort" }).test?.[0]).toMatch(/^Skriv, hvordan I afprøver det/);
    expect(errors({ periodEnd: "2026-02-01" }).periodEnd).toEqual(["Slutdatoen skal ligge efter startdatoen"]);
    expect(errors({ periodStart: "2026-02-30" }).periodStart).toEqual(["Startdatoen skal være en gyldig dato"]);
    expect(errors({ periodStart: "2026-02-30" }).periodEnd).toBeUndefined();
    expect(errors({ periodStart: "" })).toMatchObject({ periodStart: ["Vælg en startdato"] });
    const empty = errors({ periodStart: "", periodEnd: "" });
    expect(empty.periodStart).toEqual(["Vælg en startdato"]);
    expect(empty.periodEnd).toEqual(["Vælg en slutdato"]);
    expect(errors({ moneyAtRiskKr: "-1" }).moneyAtRiskKr).toEqual(["Beløbet på spil kan ikke være under 0 kr."]);
    expect(errors({ radarRing: "maybe" }).radarRing?.[0]).toMatch(/^Vælg en ring på radaren \(Klar, Afprøv, Hold øje, Afvent\)$/);
    expect(errors({ projectId: "999999" }).projectId).toEqual(["Vælg et projekt i dette udviklingsrum"]);
    expect(allExperiments()).toEqual(before);
    expect(auditOf("experiment.create")).toEqual([]);
  });

  it("refuses an unknown zone and a closed zone", () => {
    const before = allExperiments();
    expect(() => createExperiment(actor("member"), testCard({ zoneId: "999999" }))).toThrow(ValidationError);
    const zone = db().select().from(zones).where(eq(zones.id, zoneId)).get()!;
    updateZone(actor("sponsor"), slug, {
      name: zone.name,
      sponsorId: String(zone.sponsorId),
      leadId: String(zone.leadId),
      riskFrameKr: String(zone.riskFrameKr),
      status: "closed",
      version: String(zone.version),
    });
    expect(() => newExperiment("member")).toThrow(ValidationError);
    expect(allExperiments()).toEqual(before);
  });
});

describe("startExperiment and the risk frame", () => {
  it("inside the frame the experiment runs", () => {
    runningExperiment("600000");
    const id = newExperiment("member", { moneyAtRiskKr: "400000" });
    expect(startExperiment(actor("member"), id, during).state).toBe("running");
    const event = auditOf("experiment.start").at(-1)!;
    expect(JSON.parse(event.changes!)).toMatchObject({ experimentId: id, from: "draft", to: "running", runningKr: 600_000, frameKr });
  });

  it("over the frame it waits as awaiting_approval, and its money does not count until approved", () => {
    runningExperiment("700000");
    const id = newExperiment("member", { moneyAtRiskKr: "300001" });
    expect(startExperiment(actor("member"), id, during).state).toBe("awaiting_approval");
    expect(experimentRow(id).state).toBe("awaiting_approval");
    expect(JSON.parse(auditOf("experiment.start").at(-1)!.changes!)).toMatchObject({ to: "awaiting_approval", runningKr: 700_000, moneyAtRiskKr: 300_001 });
    expect(getExperimentDetail(id)).toMatchObject({ otherRunningKr: 700_000 });
  });

  for (const person of ["lead", "sponsor"] as const) {
    it(`lets the ${person} start someone else's experiment`, () => {
      const id = newExperiment("member");
      startExperiment(actor(person), id, during);
      expect(experimentRow(id).state).toBe("running");
    });
  }

  for (const person of ["otherMember", "otherDirector", "admin", "outsider"] as const) {
    it(`refuses ${person} (not creator, lead or sponsor) and changes nothing`, () => {
      const id = newExperiment("member");
      const before = experimentRow(id);
      expect(() => startExperiment(actor(person), id, during)).toThrow(ForbiddenError);
      expect(experimentRow(id)).toEqual(before);
      expectDenied("experiment.start", person);
    });
  }

  it("refuses starting a draft once its zone is closed, and changes nothing", () => {
    const id = newExperiment("member");
    db().update(zones).set({ status: "closed" }).where(eq(zones.id, zoneId)).run();
    const before = experimentRow(id);
    expect(() => startExperiment(actor("member"), id, during)).toThrow(/Udviklingsrummet er lukket/);
    expect(experimentRow(id)).toEqual(before);
    expect(auditOf("experiment.start").filter((event) => JSON.parse(event.changes ?? "{}").experimentId === id)).toEqual([]);
  });

  it("refuses starting a draft whose period ended before today, with what to do, and changes nothing", () => {
    const id = newExperiment("member");
    const before = experimentRow(id);
    const afterEnd = new Date("2026-06-01T08:00:00Z");
    let refusal: unknown;
    try {
      startExperiment(actor("member"), id, afterEnd);
    } catch (error) {
      refusal = error;
    }
    if (!(refusal instanceof ValidationError)) throw new Error("expected a ValidationError");
    expect(refusal.message).toBe("Forsøgets periode er slut; ret datoerne i testkortet, før du starter det");
    expect(refusal.fieldErrors).toEqual({ periodEnd: ["Forsøgets periode er slut; ret datoerne i testkortet, før du starter det"] });
    expect(experimentRow(id)).toEqual(before);
    expect(auditOf("experiment.start")).toEqual([]);
    // The last day of the period is still inside it.
    expect(startExperiment(actor("member"), id, new Date("2026-05-31T21:00:00Z")).state).toBe("running");
  });

  it("refuses starting twice", () => {
    const id = runningExperiment();
    const before = experimentRow(id);
    expect(() => startExperiment(actor("member"), id, during)).toThrow(ConflictError);
    expect(experimentRow(id)).toEqual(before);
  });
});

describe("approve and reject over the frame", () => {
  function awaiting(): number {
    runningExperiment("900000");
    const id = newExperiment("member", { moneyAtRiskKr: "200000" });
    expect(startExperiment(actor("member"), id, during).state).toBe("awaiting_approval");
    return id;
  }

  it("only the sponsor approves: the experiment runs and counts against the frame", () => {
    const id = awaiting();
    approveExperiment(actor("sponsor"), id);
    expect(experimentRow(id)).toMatchObject({ state: "running", approvedById: actor("sponsor").id });
    expect(experimentRow(id).approvedAt).toBeTruthy();
    expect(auditOf("experiment.approve")).toEqual([expect.objectContaining({ actorId: actor("sponsor").id, objectId: slug, outcome: "success" })]);
    expect(getExperimentDetail(id)).toMatchObject({ approverName: "Anne Søgaard Nielsen" });
  });

  for (const person of ["otherDirector", "lead", "member", "admin"] as const) {
    it(`refuses ${person} approving or rejecting, and nothing changes`, () => {
      const id = awaiting();
      const before = experimentRow(id);
      expect(() => approveExperiment(actor(person), id)).toThrow(ForbiddenError);
      expect(() => rejectExperiment(actor(person), id, { reason: "For dyrt lige nu" })).toThrow(ForbiddenError);
      expect(experimentRow(id)).toEqual(before);
      expectDenied("experiment.approve", person);
      expectDenied("experiment.reject", person);
    });
  }

  it("the sponsor rejects with a reason, which the experiment page shows", () => {
    const id = awaiting();
    const before = experimentRow(id);
    expect(() => rejectExperiment(actor("sponsor"), id, { reason: "" })).toThrow(ValidationError);
    expect(experimentRow(id)).toEqual(before);
    rejectExperiment(actor("sponsor"), id, { reason: "Rammen er brugt; prøv igen næste kvartal." });
    expect(experimentRow(id).state).toBe("rejected");
    expect(getExperimentDetail(id)?.rejection).toMatchObject({ reason: "Rammen er brugt; prøv igen næste kvartal.", actorName: "Anne Søgaard Nielsen" });
  });

  it("refuses approving what does not wait for approval", () => {
    const id = newExperiment("member");
    expect(() => approveExperiment(actor("sponsor"), id)).toThrow(ConflictError);
    expect(() => rejectExperiment(actor("sponsor"), id, { reason: "Ikke relevant" })).toThrow(ConflictError);
    expect(experimentRow(id).state).toBe("draft");
  });
});

describe("finishExperiment", () => {
  it("the creator finishes a running experiment with a learning card", () => {
    const id = runningExperiment();
    finishExperiment(actor("member"), id, learningCard);
    expect(experimentRow(id)).toMatchObject({ state: "finished", ...learningCard });
    expect(experimentRow(id).finishedAt).toBeTruthy();
    expect(JSON.parse(auditOf("experiment.finish")[0].changes!)).toMatchObject({ experimentId: id, decision: "scale", to: "finished" });
    const indexed = db().$client.prepare("select ref_id from search_documents where type = 'learning_experiment' and deleted = 0").pluck().all();
    expect(indexed).toContain(id);
  });

  it("requires every field of the learning card and changes nothing without them", () => {
    const id = runningExperiment();
    const before = experimentRow(id);
    for (const field of Object.keys(learningCard)) {
      expect(() => finishExperiment(actor("member"), id, { ...learningCard, [field]: "" })).toThrow(ValidationError);
    }
    expect(() => finishExperiment(actor("member"), id, { ...learningCard, decision: "celebrate" })).toThrow(ValidationError);
    expect(experimentRow(id)).toEqual(before);
    expect(auditOf("experiment.finish")).toEqual([]);
  });

  for (const person of ["otherMember", "otherDirector", "admin"] as const) {
    it(`refuses ${person} and changes nothing`, () => {
      const id = runningExperiment();
      const before = experimentRow(id);
      expect(() => finishExperiment(actor(person), id, learningCard)).toThrow(ForbiddenError);
      expect(experimentRow(id)).toEqual(before);
      expectDenied("experiment.finish", person);
    });
  }

  it("refuses finishing a draft", () => {
    const id = newExperiment("member");
    expect(() => finishExperiment(actor("member"), id, learningCard)).toThrow(ConflictError);
    expect(experimentRow(id).state).toBe("draft");
  });
});

describe("promoteExperiment (Skalér)", () => {
  const promoteInput = () => ({ departmentId: String(actor("lead").departmentId), purpose: "quality", approvedBudgetKr: "750.000", owner: "self" });

  for (const person of ["sponsor", "otherDirector"] as const) {
    it(`lets ${person} promote a scaled experiment to a new project in the zone, in analysis`, () => {
      const id = scaledExperiment();
      const { code } = promoteExperiment(actor(person), id, promoteInput(), new Date("2026-04-01T10:00:00Z"));
      expect(code).toMatch(/^DIG-2026-\d{3}$/);
      const project = db().select().from(projects).where(eq(projects.code, code)).get()!;
      expect(project).toMatchObject({
        title: "Faldsensorer på Egebo Plejecenter",
        phase: "analysis",
        zoneId,
        purpose: "quality",
        departmentId: actor("lead").departmentId,
        approvedBudgetKr: 750_000,
        ownerId: actor(person).id,
        leadId: actor("member").id,
      });
      expect(project.summary).toContain("Vi tror at faldsensorer giver færre fald om natten.");
      const zoneGoal = db().select({ goal: zones.strategyGoalId }).from(zones).where(eq(zones.id, zoneId)).get()!.goal;
      expect(db().select().from(projectGoals).where(eq(projectGoals.projectId, project.id)).all()).toEqual([{ projectId: project.id, goalId: zoneGoal }]);
      const tags = db()
        .select({ name: technologyTags.name })
        .from(projectTags)
        .innerJoin(technologyTags, eq(technologyTags.id, projectTags.tagId))
        .where(eq(projectTags.projectId, project.id))
        .all();
      expect(tags).toEqual([{ name: "Faldsensorer" }]);
      expect(experimentRow(id).promotedProjectId).toBe(project.id);
      expect(getProjectOrigin(project.id)).toEqual({ id, title: "Faldsensorer på Egebo Plejecenter" });
      expect(getExperimentDetail(id)).toMatchObject({ promotedProjectCode: code, promotedProjectPhase: "analysis" });
      expect(auditOf("experiment.promote")).toEqual([expect.objectContaining({ objectType: "zone", objectId: slug, outcome: "success" })]);
      expect(JSON.parse(auditOf("experiment.promote")[0].changes!)).toMatchObject({ experimentId: id, projectCode: code });
      expect(auditOf("project.create").at(-1)).toMatchObject({ objectType: "project", objectId: code, actorId: actor(person).id });
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  it("can make the sponsor the project owner", () => {
    const id = scaledExperiment();
    const { code } = promoteExperiment(actor("otherDirector"), id, { ...promoteInput(), owner: "sponsor" });
    expect(db().select().from(projects).where(eq(projects.code, code)).get()).toMatchObject({ ownerId: actor("sponsor").id });
  });

  for (const person of ["member", "memberHead", "admin"] as const) {
    it(`refuses ${person} (not the zone lead or a director) and creates no project`, () => {
      const id = scaledExperiment();
      const before = allProjects();
      expect(() => promoteExperiment(actor(person), id, promoteInput())).toThrow(ForbiddenError);
      expect(allProjects()).toEqual(before);
      expect(experimentRow(id).promotedProjectId).toBeNull();
      expectDenied("experiment.promote", person);
    });
  }

  it("only a finished experiment with the decision Skalér, and only once", () => {
    const before = allProjects();
    for (const decision of ["adjust", "stop", "continue"]) {
      const id = scaledExperiment(decision);
      expect(() => promoteExperiment(actor("otherDirector"), id, promoteInput())).toThrow(ConflictError);
    }
    const running = runningExperiment("1");
    expect(() => promoteExperiment(actor("otherDirector"), running, promoteInput())).toThrow(ConflictError);
    expect(allProjects()).toEqual(before);

    const id = scaledExperiment();
    promoteExperiment(actor("otherDirector"), id, promoteInput());
    const afterFirst = allProjects();
    expect(() => promoteExperiment(actor("sponsor"), id, promoteInput())).toThrow(ConflictError);
    expect(allProjects()).toEqual(afterFirst);
  });

  it("obeys the create-project rule: a staff zone lead is refused, a department head only in their own department", () => {
    const id = scaledExperiment();
    const before = allProjects();
    expect(() => promoteExperiment(actor("lead"), id, promoteInput())).toThrow(ForbiddenError);
    db().update(zones).set({ leadId: actor("memberHead").id }).where(eq(zones.id, zoneId)).run();
    const otherDepartment = actor("otherHead").departmentId!;
    expect(otherDepartment).not.toBe(actor("memberHead").departmentId);
    expect(() => promoteExperiment(actor("memberHead"), id, { ...promoteInput(), departmentId: String(otherDepartment) })).toThrow(ForbiddenError);
    expect(auditOf("experiment.promote").filter((event) => event.outcome === "denied")).toEqual([
      expect.objectContaining({ actorId: actor("lead").id, objectType: "department", objectId: String(actor("lead").departmentId) }),
      expect.objectContaining({ actorId: actor("memberHead").id, objectType: "department", objectId: String(otherDepartment) }),
    ]);
    expect(allProjects()).toEqual(before);
    expect(experimentRow(id).promotedProjectId).toBeNull();
    const { code } = promoteExperiment(actor("memberHead"), id, { ...promoteInput(), departmentId: String(actor("memberHead").departmentId) });
    expect(db().select().from(projects).where(eq(projects.code, code)).get()).toMatchObject({ departmentId: actor("memberHead").departmentId });
  });

  it("refuses a promotion that does not name the department, the purpose and the first budget", () => {
    const id = scaledExperiment();
    const before = allProjects();
    let missing: unknown;
    try {
      promoteExperiment(actor("sponsor"), id, { owner: "self", departmentId: "", purpose: "", approvedBudgetKr: "" });
    } catch (error) {
      missing = error;
    }
    if (!(missing instanceof ValidationError)) throw new Error("expected a ValidationError");
    expect(missing.fieldErrors).toMatchObject({
      departmentId: ["Vælg den afdeling, projektet skal høre til"],
      purpose: ["Vælg projektets formål"],
      approvedBudgetKr: ["Angiv projektets første budget i kr."],
    });
    expect(allProjects()).toEqual(before);
    expect(experimentRow(id).promotedProjectId).toBeNull();
  });

  it("refuses bad promotion input and changes nothing", () => {
    const id = scaledExperiment();
    const before = allProjects();
    expect(() => promoteExperiment(actor("otherDirector"), id, { ...promoteInput(), departmentId: "" })).toThrow(ValidationError);
    expect(() => promoteExperiment(actor("otherDirector"), id, { ...promoteInput(), departmentId: "999999" })).toThrow(ValidationError);
    expect(() => promoteExperiment(actor("otherDirector"), id, { ...promoteInput(), purpose: "fun" })).toThrow(ValidationError);
    expect(() => promoteExperiment(actor("otherDirector"), id, { ...promoteInput(), approvedBudgetKr: "-5" })).toThrow(ValidationError);
    expect(allProjects()).toEqual(before);
    expect(experimentRow(id).promotedProjectId).toBeNull();
  });
});

describe("technology radar", () => {
  it("places an experiment's technology in the ring of the newest experiment that names it", () => {
    newExperiment("member", { technology: "Lydsensor Ø7", radarRing: "hold" });
    const entries = listRadarEntries();
    expect(entries.find((entry) => entry.name === "Lydsensor Ø7")).toMatchObject({ ring: "hold", placedBy: "experiment" });
    const newer = newExperiment("member", { technology: "lydsensor ø7", radarRing: "adopt" });
    db().update(experiments).set({ updatedAt: "2999-01-01T00:00:00.000Z" }).where(eq(experiments.id, newer)).run();
    const again = listRadarEntries().filter((entry) => entry.name.toLocaleLowerCase("da") === "lydsensor ø7");
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ ring: "adopt" });
    expect(again[0].experiments).toHaveLength(2);

    const rejected = newExperiment("member", { technology: "Afvist teknologi Å" });
    db().update(experiments).set({ state: "rejected" }).where(eq(experiments.id, rejected)).run();
    expect(listRadarEntries().find((entry) => entry.name === "Afvist teknologi Å")).toBeUndefined();
  });

  it("places project technologies by the most mature phase and leaves out stopped projects and rejected experiments", () => {
    const rows = db()
      .$client.prepare(
        `select t.name as name, p.phase as phase from project_tags pt join projects p on p.id = pt.project_id
         join technology_tags t on t.id = pt.tag_id where p.phase != 'stopped'`,
      )
      .all() as { name: string; phase: string }[];
    const assessed = new Set(
      (db().$client.prepare("select technology from experiments where state != 'rejected'").pluck().all() as string[]).map((name) =>
        name.trim().toLocaleLowerCase("da"),
      ),
    );
    const maturity: Record<string, number> = { realisation: 0, closed: 0, implementation: 1, trial: 2, analysis: 2, idea: 3 };
    const rings = ["adopt", "trial", "assess", "hold"];
    const expected = new Map<string, string>();
    for (const row of rows) {
      if (assessed.has(row.name.toLocaleLowerCase("da"))) continue;
      const ring = rings[maturity[row.phase]];
      const current = expected.get(row.name);
      if (!current || rings.indexOf(ring) < rings.indexOf(current)) expected.set(row.name, ring);
    }
    const entries = listRadarEntries().filter((entry) => entry.placedBy === "projects");
    expect(new Map(entries.map((entry) => [entry.name, entry.ring]))).toEqual(expected);
    expect(entries.every((entry) => entry.projects.every((project) => (project.phase as string) !== "stopped"))).toBe(true);
  });
});
