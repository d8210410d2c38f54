import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { agendaItems, auditEvents, experiments, ideas, meetings, projects, zones } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/services/errors";
import { createExperiment, deleteExperiment, finishExperiment, startExperiment, updateExperiment } from "@/lib/services/experiments";
import type { ActingUser } from "@/lib/services/guard";
import { addZoneMember, createZone } from "@/lib/services/zones";
import { experimentActor, type ExperimentPerson } from "./experiment-people";
import { withDemoDatabase } from "./temp-database";

/** Editing and deleting a draft's test card: who, when, on which version, and what the audit trail keeps. */

const db = withDemoDatabase();

type Person = ExperimentPerson;
const actor = (person: Person): ActingUser => experimentActor(db(), person);

/** The creator (member), the zone lead and the zone sponsor may start a draft, and so edit and delete it. */
const allowed = ["member", "lead", "sponsor"] as const;
/** A fellow member, a member department head, another director, a department head outside, the administrator, an outsider. */
const refused = ["otherMember", "memberHead", "otherDirector", "otherHead", "admin", "outsider"] as const;

let slug = "";
let zoneId = 0;
/** A day inside the card's period (March–May 2026). */
const during = new Date("2026-04-01T10:00:00Z");

const experimentRow = (id: number) => db().select().from(experiments).where(eq(experiments.id, id)).get();
const allExperiments = () => db().select().from(experiments).orderBy(experiments.id).all();
const auditOf = (action: string) => db().select().from(auditEvents).where(eq(auditEvents.action, action)).all();
const zoneRow = () => db().select().from(zones).where(eq(zones.id, zoneId)).get()!;

function testCard(overrides: Record<string, unknown> = {}) {
  return {
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

const draft = (person: Person = "member") => createExperiment(actor(person), { zoneId: String(zoneId), ...testCard() }).id;
const edit = (id: number, overrides: Record<string, unknown> = {}) => ({ ...testCard(overrides), version: String(experimentRow(id)!.version) });

function expectDenied(action: string, person: Person) {
  expect(auditOf(action).filter((event) => event.outcome === "denied")).toEqual([
    expect.objectContaining({ actorId: actor(person).id, objectType: "zone", objectId: slug }),
  ]);
}

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to be refused");
}

beforeEach(() => {
  const goalId = db().$client.prepare("select id from strategy_goals order by id limit 1").pluck().get() as number;
  slug = createZone(actor("admin"), {
    name: `Kladderum ${Date.now()}`,
    sponsorId: String(actor("sponsor").id),
    leadId: String(actor("lead").id),
    strategyGoalId: String(goalId),
    riskFrameKr: "1000000",
  }).slug;
  zoneId = db().select({ id: zones.id }).from(zones).where(eq(zones.slug, slug)).get()!.id;
  for (const person of ["member", "otherMember", "memberHead"] as const) addZoneMember(actor("lead"), slug, { userId: String(actor(person).id) });
});

describe("updateExperiment (Ret testkortet)", () => {
  for (const person of allowed) {
    it(`lets ${person} fix a draft's money at risk; only the changed fields are audited as from → to`, () => {
      const id = draft();
      const before = experimentRow(id)!;
      updateExperiment(actor(person), id, edit(id, { moneyAtRiskKr: "40.000", periodEnd: "2026-06-30" }), during);
      expect(experimentRow(id)).toMatchObject({ state: "draft", moneyAtRiskKr: 40_000, periodEnd: "2026-06-30", title: before.title, version: before.version + 1 });
      const events = auditOf("experiment.update");
      expect(events).toEqual([expect.objectContaining({ actorId: actor(person).id, objectType: "zone", objectId: slug, outcome: "success" })]);
      expect(JSON.parse(events[0].changes!)).toEqual({
        experimentId: id,
        moneyAtRiskKr: { from: 400_000, to: 40_000 },
        periodEnd: { from: "2026-05-31", to: "2026-06-30" },
      });
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  it("saves every field of the test card, and a project of the zone", () => {
    const id = draft();
    const project = db().select({ id: projects.id }).from(projects).limit(1).get()!;
    db().update(projects).set({ zoneId }).where(eq(projects.id, project.id)).run();
    const changed = {
      title: "Faldsensorer i Egebo og Lindehuset",
      hypothesis: "Vi tror at faldsensorer halverer faldene om natten.",
      test: "For at afprøve det vil vi sætte sensorer op i 40 boliger.",
      metric: "Fald pr. 1.000 nætter",
      successCriterion: "50 % færre fald",
      periodStart: "2026-04-01",
      periodEnd: "2026-08-31",
      moneyAtRiskKr: "1 250 000 kr.",
      technology: "Sensorer",
      radarRing: "assess",
      involvementPlanned: "Pårørendemøde.",
      projectId: String(project.id),
    };
    updateExperiment(actor("member"), id, edit(id, changed), during);
    expect(experimentRow(id)).toMatchObject({ ...changed, moneyAtRiskKr: 1_250_000, projectId: project.id });
    expect(Object.keys(JSON.parse(auditOf("experiment.update")[0].changes!)).sort()).toEqual(["experimentId", ...Object.keys(changed)].sort());
  });

  for (const person of refused) {
    it(`refuses ${person} (not the creator, the zone lead or the sponsor), changes nothing and audits the refusal`, () => {
      const id = draft();
      const before = allExperiments();
      expect(() => updateExperiment(actor(person), id, edit(id, { moneyAtRiskKr: "1" }), during)).toThrow(ForbiddenError);
      expect(allExperiments()).toEqual(before);
      expectDenied("experiment.update", person);
    });
  }

  it("refuses a card that is no longer a draft: once started, the card is the agreement", () => {
    const running = draft();
    startExperiment(actor("member"), running, during);
    const finished = draft();
    startExperiment(actor("member"), finished, during);
    finishExperiment(actor("member"), finished, {
      observation: "Faldene om natten faldt fra 14 til 8.",
      learning: "Sensorerne virker, når personalet er med.",
      decision: "stop",
      evidenceStrength: "moderate",
      sharing: "internal",
    });
    const waiting = createExperiment(actor("member"), { zoneId: String(zoneId), ...testCard({ moneyAtRiskKr: "900000" }) }).id;
    expect(startExperiment(actor("member"), waiting, during).state).toBe("awaiting_approval");
    const before = allExperiments();
    for (const id of [running, finished, waiting]) {
      const error = thrown(() => updateExperiment(actor("member"), id, edit(id, { moneyAtRiskKr: "1" }), during));
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as Error).message).toBe("Testkortet kan kun rettes eller slettes, mens forsøget er en kladde. Når forsøget er startet, er testkortet aftalen.");
    }
    expect(allExperiments()).toEqual(before);
    expect(auditOf("experiment.update")).toEqual([]);
  });

  it("refuses editing once the zone is closed", () => {
    const id = draft();
    db().update(zones).set({ status: "closed" }).where(eq(zones.id, zoneId)).run();
    const before = allExperiments();
    expect(() => updateExperiment(actor("member"), id, edit(id, { moneyAtRiskKr: "1" }), during)).toThrow(
      "Udviklingsrummet er lukket, så testkortet kan ikke rettes eller slettes.",
    );
    expect(allExperiments()).toEqual(before);
  });

  it("refuses a stale edit with the newest saved values, keeps the other person's change, and saves knowingly on the new version", () => {
    const id = draft();
    const opened = edit(id, { title: "Mit retkort" });
    updateExperiment(actor("lead"), id, edit(id, { moneyAtRiskKr: "45.000", radarRing: "hold" }), during);
    const afterLead = allExperiments();
    const error = thrown(() => updateExperiment(actor("member"), id, opened, during));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).message).toBe(
      "Testkortet er ændret af en anden, siden du åbnede det. Dine ændringer er ikke gemt; se de nyeste værdier nedenfor.",
    );
    expect((error as ConflictError).current).toMatchObject({
      title: "Faldsensorer på Egebo Plejecenter",
      moneyAtRiskKr: "45.000 kr.",
      radarRing: "Afvent",
      projectId: "Intet projekt",
      version: String(experimentRow(id)!.version),
    });
    expect((error as ConflictError).current.periodEnd).toMatch(/2026/);
    expect(allExperiments()).toEqual(afterLead);
    expect(auditOf("experiment.update")).toHaveLength(1);
    updateExperiment(actor("member"), id, { ...opened, version: (error as ConflictError).current.version }, during);
    expect(experimentRow(id)).toMatchObject({ title: "Mit retkort", moneyAtRiskKr: 400_000 });
  });

  it("refuses bad input with Danish field messages and changes nothing", () => {
    const id = draft();
    const before = allExperiments();
    const errors = (overrides: Record<string, unknown>) => {
      const error = thrown(() => updateExperiment(actor("member"), id, edit(id, overrides), during));
      expect(error).toBeInstanceOf(ValidationError);
      return (error as ValidationError).fieldErrors;
    };
    expect(errors({ moneyAtRiskKr: "-1" }).moneyAtRiskKr).toEqual(["Beløbet på spil kan ikke være under 0 kr."]);
    expect(errors({ moneyAtRiskKr: "mange" }).moneyAtRiskKr).toEqual(["Beløbet på spil skal være et beløb i kr."]);
    expect(errors({ periodEnd: "2026-02-01" }).periodEnd).toEqual(["Slutdatoen skal ligge efter startdatoen"]);
    expect(errors({ periodStart: "" })).toEqual({ periodStart: ["Vælg en startdato"] });
    expect(errors({ projectId: "999999" }).projectId).toEqual(["Vælg et projekt i dette udviklingsrum"]);
    const withoutVersion = thrown(() => updateExperiment(actor("member"), id, { ...edit(id), version: "" }, during));
    expect((withoutVersion as ValidationError).fieldErrors).toEqual({ version: ["Formularen mangler sin version; genindlæs siden"] });
    expect(allExperiments()).toEqual(before);
    expect(auditOf("experiment.update")).toEqual([]);
  });

  it("an unknown experiment is not found", () => {
    expect(() => updateExperiment(actor("member"), 999_999, testCard({ version: "1" }), during)).toThrow(NotFoundError);
    expect(() => updateExperiment(actor("member"), Number.NaN, testCard({ version: "1" }), during)).toThrow(NotFoundError);
  });

  it("fixing the dates lets a draft whose period ended be started", () => {
    const id = draft();
    const afterEnd = new Date("2026-07-01T09:00:00Z");
    expect(() => startExperiment(actor("member"), id, afterEnd)).toThrow("Forsøgets periode er slut; ret datoerne i testkortet, før du starter det");
    updateExperiment(actor("member"), id, edit(id, { periodStart: "2026-07-01", periodEnd: "2026-09-30" }), afterEnd);
    expect(startExperiment(actor("member"), id, afterEnd).state).toBe("running");
  });
});

describe("startExperiment on an incomplete test card", () => {
  it("refuses a draft made from an idea until its card is complete, changes nothing, and starts once it is filled in", () => {
    const id = db()
      .insert(experiments)
      .values({ zoneId, title: "Sensorer mod fald", hypothesis: "Vi tror at sensorer kan forebygge fald.", state: "draft", createdById: actor("member").id })
      .returning({ id: experiments.id })
      .get().id;
    const before = experimentRow(id);
    expect(() => startExperiment(actor("member"), id, during)).toThrow(
      "Udfyld testkortet, før forsøget startes. Det mangler: test, målepunkt, succeskriterium, startdato, slutdato, teknologi",
    );
    expect(experimentRow(id)).toEqual(before);
    expect(auditOf("experiment.start")).toEqual([]);

    updateExperiment(actor("member"), id, edit(id, { title: "Sensorer mod fald" }), during);
    expect(startExperiment(actor("member"), id, during).state).toBe("running");
  });
});

describe("deleteExperiment (Slet kladden)", () => {
  for (const person of allowed) {
    it(`lets ${person} delete a draft; the audit trail keeps the card`, () => {
      const id = draft();
      const version = String(experimentRow(id)!.version);
      expect(deleteExperiment(actor(person), id, { version })).toEqual({ zoneSlug: slug });
      expect(experimentRow(id)).toBeUndefined();
      const events = auditOf("experiment.delete");
      expect(events).toEqual([expect.objectContaining({ actorId: actor(person).id, objectType: "zone", objectId: slug, outcome: "success" })]);
      expect(JSON.parse(events[0].changes!)).toMatchObject({
        experimentId: id,
        title: "Faldsensorer på Egebo Plejecenter",
        moneyAtRiskKr: 400_000,
        periodEnd: "2026-05-31",
        createdById: actor("member").id,
      });
      const indexed = db().$client.prepare("select count(*) from search_documents where type = 'experiment' and ref_id = ? and deleted = 0").pluck().get(id);
      expect(indexed).toBe(0);
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  for (const person of refused) {
    it(`refuses ${person}, keeps the draft and audits the refusal`, () => {
      const id = draft();
      const before = allExperiments();
      expect(() => deleteExperiment(actor(person), id, { version: String(experimentRow(id)!.version) })).toThrow(ForbiddenError);
      expect(allExperiments()).toEqual(before);
      expectDenied("experiment.delete", person);
    });
  }

  it("refuses a stale delete: the card changed after the button was shown", () => {
    const id = draft();
    const shown = String(experimentRow(id)!.version);
    updateExperiment(actor("lead"), id, edit(id, { moneyAtRiskKr: "45.000" }), during);
    const before = allExperiments();
    expect(() => deleteExperiment(actor("member"), id, { version: shown })).toThrow(ConflictError);
    expect(() => deleteExperiment(actor("member"), id, {})).toThrow(ValidationError);
    expect(allExperiments()).toEqual(before);
    expect(auditOf("experiment.delete")).toEqual([]);
  });

  it("refuses deleting a started experiment or a draft in a closed zone", () => {
    const running = draft();
    startExperiment(actor("member"), running, during);
    const closedDraft = draft();
    const before = allExperiments();
    expect(() => deleteExperiment(actor("member"), running, { version: String(experimentRow(running)!.version) })).toThrow(
      /^Testkortet kan kun rettes eller slettes, mens forsøget er en kladde/,
    );
    db().update(zones).set({ status: "closed" }).where(eq(zones.id, zoneId)).run();
    expect(() => deleteExperiment(actor("member"), closedDraft, { version: String(experimentRow(closedDraft)!.version) })).toThrow(
      "Udviklingsrummet er lukket, så testkortet kan ikke rettes eller slettes.",
    );
    expect(allExperiments()).toEqual(before);
    expect(zoneRow().status).toBe("closed");
  });

  it("sends an idea that became this draft back to Vurderes, so it can be sent to an experiment again", () => {
    const id = draft();
    const author = actor("otherMember").id;
    const idea = db()
      .insert(ideas)
      .values({ title: "Sensorer mod fald", description: "Kan sensorer hjælpe?", authorId: author, status: "to_experiment", zoneId, experimentId: id })
      .returning({ id: ideas.id, version: ideas.version })
      .get();
    deleteExperiment(actor("member"), id, { version: String(experimentRow(id)!.version) });
    expect(db().select().from(ideas).where(eq(ideas.id, idea.id)).get()).toMatchObject({ experimentId: null, status: "reviewing", version: idea.version + 1 });
    const ideaEvent = auditOf("experiment.delete").find((event) => event.objectType === "idea")!;
    expect(ideaEvent).toMatchObject({ objectId: String(idea.id), outcome: "success" });
    expect(JSON.parse(ideaEvent.changes!)).toEqual({ experimentId: { from: id, to: null }, status: { from: "to_experiment", to: "reviewing" } });
  });

  it("refuses deleting a draft on the board's agenda", () => {
    const id = draft();
    const meeting = db().insert(meetings).values({ title: "Direktionsmøde", date: "2026-04-10", createdById: actor("sponsor").id }).returning({ id: meetings.id }).get();
    db().insert(agendaItems).values({ meetingId: meeting.id, position: 1, kind: "decision", queueKind: "experiment_approval", title: "Faldsensorer", experimentId: id }).run();
    const before = allExperiments();
    expect(() => deleteExperiment(actor("member"), id, { version: String(experimentRow(id)!.version) })).toThrow(
      "Forsøget står på en dagsorden for direktionen og kan ikke slettes.",
    );
    expect(allExperiments()).toEqual(before);
  });

  it("an unknown experiment is not found", () => {
    expect(() => deleteExperiment(actor("member"), 999_999, { version: "1" })).toThrow(NotFoundError);
  });
});
