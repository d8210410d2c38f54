import { eq, inArray } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { benefitRebaselines, benefits, departments, users } from "@/db/schema";
import type { Phase } from "@/lib/codes";
import { verifyAuditChain } from "@/lib/audit";
import { applyRebaselineDecision, createBenefit, decideRebaseline, requestRebaseline, updateBenefit } from "@/lib/services/benefits";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/services/errors";
import {
  benefitEditForm,
  benefitRow,
  benefitSnapshot,
  daysAfter,
  expectDenied,
  expectUnchanged,
  insertRebaseline,
  lockedMessage,
  rebaselineForm,
  rebaselineRow,
  rebaselinesOf,
  setPhase,
} from "./benefit-fixtures";
import {
  auditCount,
  caught,
  editorPicks,
  fixedNow,
  form,
  insertBenefit,
  nonEditorPicks,
  projectCode,
  successAudit,
  type ActorPick,
  type World,
  seedWorld,
} from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
let world: World;
let benefitId: number;

beforeEach(() => {
  world = seedWorld(db());
  benefitId = insertBenefit(db(), world.project.id, { ownerId: world.headA.id, receivingDepartmentId: world.deptA, indicator: "Antal faldulykker pr. måned", unit: "antal" });
});

function newBenefit(overrides: Record<string, string | number | undefined> = {}) {
  return form({
    title: "  Frigjort tid i hjemmeplejen  ",
    type: "economic_time",
    ownerId: world.headA.id,
    receivingDepartmentId: world.deptA,
    indicator: "Timer frigjort pr. uge",
    unit: "timer",
    method: "Tidsregistrering i omsorgssystemet",
    direction: "up",
    baselineValue: "0",
    baselineDate: "2026-03-01",
    targetValue: "37,5",
    targetDate: "2027-12-31",
    annualValueKr: "1.200.000 kr.",
    budgetTakeoutKr: "300.000",
    budgetTakeoutYear: "2027",
    budgetTakeoutConfirmed: "on",
    status: "approved",
    measurementFrequencyMonths: "3",
    ...overrides,
  });
}

describe("createBenefit", () => {
  for (const [name, pick] of editorPicks) {
    it(`lets the ${name} create a benefit with every field and audits benefit.create`, () => {
      const actor = pick(world);
      const id = createBenefit(actor, projectCode, newBenefit());
      expect(benefitRow(db(), id)).toMatchObject({
        projectId: world.project.id,
        title: "Frigjort tid i hjemmeplejen",
        type: "economic_time",
        ownerId: world.headA.id,
        receivingDepartmentId: world.deptA,
        indicator: "Timer frigjort pr. uge",
        unit: "timer",
        method: "Tidsregistrering i omsorgssystemet",
        direction: "up",
        baselineValue: 0,
        baselineDate: "2026-03-01",
        targetValue: 37.5,
        targetDate: "2027-12-31",
        annualValueKr: 1_200_000,
        budgetTakeoutKr: 300_000,
        budgetTakeoutYear: 2027,
        budgetTakeoutConfirmed: true,
        status: "approved",
        measurementFrequencyMonths: 3,
        version: 1,
      });
      const events = successAudit(db(), "benefit.create");
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: actor.id, actorRole: actor.role, objectType: "project", objectId: projectCode });
      expect(JSON.parse(events[0].changes!)).toEqual({ benefitId: id, title: "Frigjort tid i hjemmeplejen" });
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  for (const [name, pick] of nonEditorPicks) {
    it(`refuses the ${name}, changes nothing and audits the refusal`, () => {
      const actor = pick(world);
      expectDenied(db(), actor, "benefit.create", () => createBenefit(actor, projectCode, newBenefit()), { type: "project", id: projectCode });
    });
  }

  it("refuses a target on the wrong side of the baseline for the direction, or equal to it", () => {
    for (const [direction, targetValue, message] of [
      ["up", "0", "Når tallet skal op, skal målet være større end baseline"],
      ["down", "37,5", "Når tallet skal ned, skal målet være mindre end baseline"],
    ]) {
      const error = expectUnchanged(db(), ValidationError, () => createBenefit(world.lead, projectCode, newBenefit({ direction, targetValue })));
      expect(error.fieldErrors).toEqual({ targetValue: [message] });
    }
  });

  it("fills the defaults for a minimal qualitative benefit", () => {
    const id = createBenefit(world.lead, projectCode, form({ title: "Bedre nattesøvn", type: "quality", direction: "down" }));
    expect(benefitRow(db(), id)).toMatchObject({
      ownerId: null,
      receivingDepartmentId: null,
      indicator: "",
      baselineValue: null,
      baselineDate: null,
      targetValue: null,
      targetDate: null,
      annualValueKr: null,
      budgetTakeoutKr: null,
      budgetTakeoutYear: null,
      budgetTakeoutConfirmed: false,
      status: "proposed",
      measurementFrequencyMonths: 3,
    });
  });

  it("still lets an editor add a benefit with a baseline after the project has left analysis", () => {
    setPhase(db(), world.project.id, "implementation");
    const id = createBenefit(world.owner, projectCode, newBenefit());
    expect(benefitRow(db(), id)).toMatchObject({ baselineValue: 0, targetValue: 37.5 });
  });

  describe("refuses bad input with Danish messages and changes nothing", () => {
    const cases: [string, Record<string, string | number | undefined>, string, string][] = [
      ["an economic benefit without annual kr.", { type: "economic_cash", annualValueKr: "" }, "annualValueKr", "Økonomiske gevinster skal have en årlig værdi i kr."],
      ["freed time without annual kr.", { annualValueKr: undefined }, "annualValueKr", "Økonomiske gevinster skal have en årlig værdi i kr."],
      ["a target date before the baseline date", { baselineDate: "2027-06-01", targetDate: "2027-05-31" }, "targetDate", "Måldatoen skal ligge efter baselinedatoen"],
      ["a baseline value without a date", { baselineDate: "" }, "baselineDate", "Baseline skal have både værdi og dato"],
      ["a baseline date without a value", { baselineValue: "" }, "baselineValue", "Baseline skal have både værdi og dato"],
      ["a target value without a date", { targetDate: "" }, "targetDate", "Målet skal have både værdi og dato"],
      ["a budget take-out without a year", { budgetTakeoutYear: "" }, "budgetTakeoutYear", "Angiv budgetåret for hjemtagningen"],
      ["a baseline that is not a number", { baselineValue: "mange" }, "baselineValue", "Baseline skal være et tal"],
      ["an annual value that is not whole kr.", { annualValueKr: "1.200,50" }, "annualValueKr", "Årlig værdi skal være et helt antal kr."],
      ["a too short title", { title: "AI" }, "title", "Titlen skal være mindst 3 tegn"],
      ["an unknown type", { type: "happiness" }, "type", "Vælg en type"],
      ["an unknown owner", { ownerId: 99_999 }, "ownerId", "Vælg en aktiv gevinstejer"],
      ["an unknown receiving department", { receivingDepartmentId: 99_999 }, "receivingDepartmentId", "Afdelingen findes ikke"],
    ];
    for (const [name, overrides, field, message] of cases) {
      it(name, () => {
        const error = expectUnchanged(db(), ValidationError, () => createBenefit(world.director, projectCode, newBenefit(overrides)));
        expect(error.fieldErrors[field]).toContain(message);
      });
    }

    it("an inactive owner", () => {
      db().update(users).set({ active: false }).where(eq(users.id, world.headA.id)).run();
      const error = expectUnchanged(db(), ValidationError, () => createBenefit(world.director, projectCode, newBenefit()));
      expect(error.fieldErrors.ownerId).toEqual(["Vælg en aktiv gevinstejer"]);
    });
  });

  it("answers an unknown project with NotFoundError and writes nothing", () => {
    expectUnchanged(db(), NotFoundError, () => createBenefit(world.director, "DIG-2026-999", newBenefit()));
  });
});

describe("updateBenefit", () => {
  for (const [name, pick] of editorPicks) {
    it(`lets the ${name} edit, bumps the version and audits benefit.update with the changed fields`, () => {
      const actor = pick(world);
      const before = benefitRow(db(), benefitId);
      updateBenefit(actor, benefitId, benefitEditForm(db(), benefitId, { title: "Færre faldskader om natten", status: "approved" }), fixedNow);
      expect(benefitRow(db(), benefitId)).toEqual({
        ...before,
        title: "Færre faldskader om natten",
        status: "approved",
        version: 2,
        updatedAt: fixedNow.toISOString(),
      });
      const events = successAudit(db(), "benefit.update");
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: actor.id, actorRole: actor.role, objectType: "project", objectId: projectCode });
      expect(JSON.parse(events[0].changes!)).toEqual({
        benefitId,
        title: { from: "Færre faldskader", to: "Færre faldskader om natten" },
        status: { from: "proposed", to: "approved" },
      });
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  for (const [name, pick] of nonEditorPicks) {
    it(`refuses the ${name}, changes nothing and audits the refusal`, () => {
      const actor = pick(world);
      expectDenied(db(), actor, "benefit.update", () => updateBenefit(actor, benefitId, benefitEditForm(db(), benefitId, { title: "Overtaget" }), fixedNow), {
        type: "project",
        id: projectCode,
      });
    });
  }

  it("does not let the benefit owner edit the benefit unless they may edit the project", () => {
    db().update(benefits).set({ ownerId: world.otherStaff.id }).where(eq(benefits.id, benefitId)).run();
    expectDenied(db(), world.otherStaff, "benefit.update", () => updateBenefit(world.otherStaff, benefitId, benefitEditForm(db(), benefitId, { title: "Overtaget" }), fixedNow));
  });

  it("refuses a stale edit and keeps the first editor's values", () => {
    const firstEditor = benefitEditForm(db(), benefitId, { title: "Første redaktørs titel", unit: "fald" });
    const secondEditor = benefitEditForm(db(), benefitId, { title: "Anden redaktørs titel", indicator: "Faldulykker" });
    updateBenefit(world.lead, benefitId, firstEditor, fixedNow);
    const afterFirst = benefitRow(db(), benefitId);
    expect(afterFirst).toMatchObject({ title: "Første redaktørs titel", unit: "fald", version: 2 });

    const error = expectUnchanged(db(), ConflictError, () => updateBenefit(world.owner, benefitId, secondEditor, fixedNow));
    expect(error.message).toBe("Gevinsten er ændret af en anden, siden du åbnede den. Dine ændringer er ikke gemt; se de nyeste værdier nedenfor.");
    expect(benefitRow(db(), benefitId)).toEqual(afterFirst);
    expect(successAudit(db(), "benefit.update")).toHaveLength(1);

    updateBenefit(world.owner, benefitId, benefitEditForm(db(), benefitId, { title: "Anden redaktørs titel" }), fixedNow);
    expect(benefitRow(db(), benefitId)).toMatchObject({ title: "Anden redaktørs titel", unit: "fald", version: 3 });
  });

  it("hands the refused editor the newer values, readable, and the version to save on; saving on that version overwrites knowingly", () => {
    const typed = benefitEditForm(db(), benefitId, { title: "Anden redaktørs titel" });
    updateBenefit(
      world.lead,
      benefitId,
      benefitEditForm(db(), benefitId, { title: "Første redaktørs titel", ownerId: String(world.owner.id), status: "approved", targetValue: "17,5", annualValueKr: "250000" }),
      fixedNow,
    );
    const afterFirst = benefitRow(db(), benefitId);

    const error = expectUnchanged(db(), ConflictError, () => updateBenefit(world.owner, benefitId, typed, fixedNow));
    expect(error.current).toEqual({
      title: "Første redaktørs titel",
      type: "Kvalitet",
      status: "Godkendt",
      ownerId: "Olga Ejer",
      receivingDepartmentId: "Social og Sundhed",
      indicator: "Antal faldulykker pr. måned",
      unit: "antal",
      method: "",
      direction: "Tallet skal ned",
      measurementFrequencyMonths: "Hvert kvartal",
      baselineValue: "40 antal",
      baselineDate: "1. jan. 2026",
      targetValue: "17,5 antal",
      targetDate: "31. dec. 2027",
      annualValueKr: "250.000 kr.",
      budgetTakeoutKr: "",
      budgetTakeoutYear: "",
      budgetTakeoutConfirmed: "Nej",
      version: "2",
    });
    expect(benefitRow(db(), benefitId)).toEqual(afterFirst);

    typed.set("version", error.current.version);
    updateBenefit(world.owner, benefitId, typed, fixedNow);
    expect(benefitRow(db(), benefitId)).toMatchObject({ title: "Anden redaktørs titel", ownerId: world.headA.id, status: "proposed", targetValue: 20, annualValueKr: null, version: 3 });
  });

  it("refuses bad input and a form without version, and changes nothing", () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ title: "x" }, "title", "Titlen skal være mindst 3 tegn"],
      [{ baselineDate: "2028-01-01" }, "targetDate", "Måldatoen skal ligge efter baselinedatoen"],
      [{ type: "economic_cash" }, "annualValueKr", "Økonomiske gevinster skal have en årlig værdi i kr."],
      [{ budgetTakeoutKr: "100.000" }, "budgetTakeoutYear", "Angiv budgetåret for hjemtagningen"],
      [{ ownerId: "99999" }, "ownerId", "Vælg en aktiv gevinstejer"],
    ];
    for (const [overrides, field, message] of cases) {
      const error = expectUnchanged(db(), ValidationError, () => updateBenefit(world.lead, benefitId, benefitEditForm(db(), benefitId, overrides), fixedNow));
      expect(error.fieldErrors[field]).toContain(message);
    }
    const noVersion = expectUnchanged(db(), ValidationError, () => updateBenefit(world.lead, benefitId, benefitEditForm(db(), benefitId, { version: "" }), fixedNow));
    expect(noVersion.fieldErrors.version).toBeDefined();
  });

  it("answers an unknown benefit with NotFoundError and writes nothing", () => {
    expectUnchanged(db(), NotFoundError, () => updateBenefit(world.director, 99_999, benefitEditForm(db(), benefitId), fixedNow));
  });
});

describe("baseline lock", () => {
  it("lets baseline and target be edited while the project is in analysis", () => {
    updateBenefit(
      world.lead,
      benefitId,
      benefitEditForm(db(), benefitId, { baselineValue: "42,5", baselineDate: "2026-02-01", targetValue: "18", targetDate: "2028-06-30" }),
      fixedNow,
    );
    expect(benefitRow(db(), benefitId)).toMatchObject({ baselineValue: 42.5, baselineDate: "2026-02-01", targetValue: 18, targetDate: "2028-06-30", version: 2 });
    expect(JSON.parse(successAudit(db(), "benefit.update")[0].changes!)).toMatchObject({
      baselineValue: { from: 40, to: 42.5 },
      targetDate: { from: "2027-12-31", to: "2028-06-30" },
    });
  });

  it("lets baseline and target be edited in phase idé", () => {
    setPhase(db(), world.project.id, "idea");
    updateBenefit(world.lead, benefitId, benefitEditForm(db(), benefitId, { baselineValue: "45" }), fixedNow);
    expect(benefitRow(db(), benefitId).baselineValue).toBe(45);
  });

  const lockedPhases: Phase[] = ["trial", "implementation", "realisation"];
  const lockedEdits: [string, Record<string, string>][] = [
    ["baselineValue", { baselineValue: "45" }],
    ["baselineDate", { baselineDate: "2026-02-01" }],
    ["targetValue", { targetValue: "15" }],
    ["targetDate", { targetDate: "2028-06-30" }],
  ];
  for (const phase of lockedPhases) {
    for (const [field, overrides] of lockedEdits) {
      it(`refuses a direct change of ${field} in phase ${phase} with a message about the lock and changes nothing`, () => {
        setPhase(db(), world.project.id, phase);
        const error = expectUnchanged(db(), ValidationError, () =>
          updateBenefit(world.director, benefitId, benefitEditForm(db(), benefitId, { ...overrides, title: "Samtidig ny titel" }), fixedNow),
        );
        expect(error.message).toContain("låst");
        expect(error.fieldErrors).toEqual({ [field]: [lockedMessage] });
        expect(benefitRow(db(), benefitId)).toMatchObject({ title: "Færre faldskader", baselineValue: 40, baselineDate: "2026-01-01", targetValue: 20, targetDate: "2027-12-31", version: 1 });
      });
    }
  }

  it("names every locked field that an edit would change", () => {
    setPhase(db(), world.project.id, "trial");
    const error = expectUnchanged(db(), ValidationError, () =>
      updateBenefit(world.director, benefitId, benefitEditForm(db(), benefitId, { baselineValue: "45", baselineDate: "2026-02-01", targetValue: "15", targetDate: "2028-06-30" }), fixedNow),
    );
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["baselineDate", "baselineValue", "targetDate", "targetValue"]);
  });

  it("locks the direction with the path, so a deviation cannot be turned into progress; a direction that contradicts its path may be corrected", () => {
    setPhase(db(), world.project.id, "implementation");
    const turned = expectUnchanged(db(), ValidationError, () => updateBenefit(world.lead, benefitId, benefitEditForm(db(), benefitId, { direction: "up" }), fixedNow));
    expect(turned.fieldErrors).toEqual({ targetValue: ["Når tallet skal op, skal målet være større end baseline"] });

    db().update(benefits).set({ targetValue: null, targetDate: null }).where(eq(benefits.id, benefitId)).run();
    const baselineOnly = expectUnchanged(db(), ValidationError, () => updateBenefit(world.lead, benefitId, benefitEditForm(db(), benefitId, { direction: "up" }), fixedNow));
    expect(baselineOnly.fieldErrors).toEqual({ direction: [lockedMessage] });

    db().update(benefits).set({ direction: "up", targetValue: 20, targetDate: "2027-12-31" }).where(eq(benefits.id, benefitId)).run();
    updateBenefit(world.lead, benefitId, benefitEditForm(db(), benefitId, { direction: "down" }), fixedNow);
    expect(benefitRow(db(), benefitId)).toMatchObject({ direction: "down", baselineValue: 40, targetValue: 20 });
  });

  it("refuses clearing a locked baseline and target", () => {
    setPhase(db(), world.project.id, "trial");
    const error = expectUnchanged(db(), ValidationError, () =>
      updateBenefit(world.lead, benefitId, benefitEditForm(db(), benefitId, { baselineValue: "", baselineDate: "", targetValue: "", targetDate: "" }), fixedNow),
    );
    expect(error.message).toContain("låst");
  });

  it("still saves the other fields after the project has left analysis", () => {
    setPhase(db(), world.project.id, "trial");
    updateBenefit(
      world.lead,
      benefitId,
      benefitEditForm(db(), benefitId, { title: "Færre faldskader om natten", status: "realising", indicator: "Fald med skade", measurementFrequencyMonths: "1" }),
      fixedNow,
    );
    expect(benefitRow(db(), benefitId)).toMatchObject({
      title: "Færre faldskader om natten",
      status: "realising",
      indicator: "Fald med skade",
      measurementFrequencyMonths: 1,
      baselineValue: 40,
      baselineDate: "2026-01-01",
      targetValue: 20,
      targetDate: "2027-12-31",
      version: 2,
    });
    expect(successAudit(db(), "benefit.update")).toHaveLength(1);
  });

  it("accepts the locked values written the Danish way (40,0) as no change", () => {
    setPhase(db(), world.project.id, "implementation");
    updateBenefit(world.lead, benefitId, benefitEditForm(db(), benefitId, { baselineValue: "40,0", targetValue: "20", title: "Uændret baseline" }), fixedNow);
    expect(benefitRow(db(), benefitId)).toMatchObject({ title: "Uændret baseline", baselineValue: 40, version: 2 });
  });

  it("allows setting a baseline and target that were missing", () => {
    const blankId = insertBenefit(db(), world.project.id, { baselineValue: null, baselineDate: null, targetValue: null, targetDate: null });
    setPhase(db(), world.project.id, "trial");
    updateBenefit(world.owner, blankId, benefitEditForm(db(), blankId, { baselineValue: "12,5", baselineDate: "2026-09-01", targetValue: "6", targetDate: "2027-09-01" }), fixedNow);
    expect(benefitRow(db(), blankId)).toMatchObject({ baselineValue: 12.5, baselineDate: "2026-09-01", targetValue: 6, targetDate: "2027-09-01", version: 2 });

    const error = expectUnchanged(db(), ValidationError, () => updateBenefit(world.owner, blankId, benefitEditForm(db(), blankId, { baselineValue: "13" }), fixedNow));
    expect(error.fieldErrors.baselineValue).toEqual([lockedMessage]);
  });

  it("allows setting a missing target while the baseline stays locked", () => {
    const noTarget = insertBenefit(db(), world.project.id, { targetValue: null, targetDate: null });
    setPhase(db(), world.project.id, "trial");
    updateBenefit(world.lead, noTarget, benefitEditForm(db(), noTarget, { targetValue: "25", targetDate: "2027-12-31" }), fixedNow);
    expect(benefitRow(db(), noTarget)).toMatchObject({ baselineValue: 40, targetValue: 25, targetDate: "2027-12-31" });
  });

  it("keeps a locked path the form leaves out, so an edit opened before a re-baseline was approved can be saved after its refusal", () => {
    setPhase(db(), world.project.id, "trial");
    const lockedForm = () => {
      const data = benefitEditForm(db(), benefitId);
      for (const key of ["baselineValue", "baselineDate", "targetValue", "targetDate"]) data.delete(key);
      return data;
    };
    const opened = lockedForm();
    const requestId = requestRebaseline(world.lead, benefitId, rebaselineForm(), fixedNow);
    decideRebaseline(world.director, requestId, form({ decision: "approved", comment: "" }), fixedNow);

    const stale = expectUnchanged(db(), ConflictError, () => updateBenefit(world.lead, benefitId, opened, fixedNow));
    opened.set("version", stale.current.version);
    opened.set("title", "Skrevet mens baselinen blev godkendt");
    updateBenefit(world.lead, benefitId, opened, fixedNow);
    expect(benefitRow(db(), benefitId)).toMatchObject({ title: "Skrevet mens baselinen blev godkendt", baselineValue: 36, targetValue: 24.5 });
  });

  it("checks the lock against the values of an approved re-baseline", () => {
    setPhase(db(), world.project.id, "trial");
    const requestId = requestRebaseline(world.lead, benefitId, rebaselineForm(), fixedNow);
    decideRebaseline(world.director, requestId, form({ decision: "approved", comment: "" }), fixedNow);
    updateBenefit(world.lead, benefitId, benefitEditForm(db(), benefitId, { title: "Efter ny baseline" }), fixedNow);
    expect(benefitRow(db(), benefitId)).toMatchObject({ title: "Efter ny baseline", baselineValue: 36, targetValue: 24.5, version: 3 });
    const error = expectUnchanged(db(), ValidationError, () => updateBenefit(world.lead, benefitId, benefitEditForm(db(), benefitId, { baselineValue: "40" }), fixedNow));
    expect(error.message).toContain("låst");
  });
});

describe("requestRebaseline", () => {
  beforeEach(() => setPhase(db(), world.project.id, "trial"));

  for (const [name, pick] of editorPicks) {
    it(`lets the ${name} ask for a new baseline, keeps the old values and audits benefit.rebaseline_request`, () => {
      const actor = pick(world);
      const before = benefitRow(db(), benefitId);
      const id = requestRebaseline(actor, benefitId, rebaselineForm(), fixedNow);
      expect(rebaselineRow(db(), id)).toEqual({
        id,
        benefitId,
        oldBaselineValue: 40,
        oldBaselineDate: "2026-01-01",
        oldTargetValue: 20,
        oldTargetDate: "2027-12-31",
        newBaselineValue: 36,
        newBaselineDate: "2026-06-01",
        newTargetValue: 24.5,
        newTargetDate: "2028-06-30",
        reason: "Baselinen var målt før omlægningen af nattevagterne.",
        status: "pending",
        requestedById: actor.id,
        requestedAt: fixedNow.toISOString(),
        decidedById: null,
        decidedAt: null,
        decisionComment: null,
      });
      expect(benefitRow(db(), benefitId)).toEqual(before);
      const events = successAudit(db(), "benefit.rebaseline_request");
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: actor.id, actorRole: actor.role, objectType: "project", objectId: projectCode });
      expect(JSON.parse(events[0].changes!)).toEqual({ benefitId, rebaselineId: id, reason: "Baselinen var målt før omlægningen af nattevagterne." });
    });
  }

  for (const [name, pick] of nonEditorPicks) {
    it(`refuses the ${name}, changes nothing and audits the refusal`, () => {
      const actor = pick(world);
      expectDenied(db(), actor, "benefit.rebaseline_request", () => requestRebaseline(actor, benefitId, rebaselineForm(), fixedNow), { type: "project", id: projectCode });
    });
  }

  it("refuses a new baseline and target that contradict the benefit's direction", () => {
    const error = expectUnchanged(db(), ValidationError, () =>
      requestRebaseline(world.lead, benefitId, rebaselineForm({ newBaselineValue: "20", newTargetValue: "30" }), fixedNow),
    );
    expect(error.fieldErrors).toEqual({ newTargetValue: ["Når tallet skal ned, skal målet være mindre end baseline"] });
  });

  it("allows only one pending request per benefit", () => {
    const first = requestRebaseline(world.lead, benefitId, rebaselineForm(), fixedNow);
    const error = expectUnchanged(db(), ConflictError, () => requestRebaseline(world.owner, benefitId, rebaselineForm({ newTargetValue: "10" }), fixedNow));
    expect(error.message).toBe("Gevinsten har allerede en ændringsanmodning, der venter på en direktør.");
    expect(rebaselinesOf(db(), benefitId).map((row) => row.id)).toEqual([first]);

    const otherBenefit = insertBenefit(db(), world.project.id, { title: "Færre indlæggelser" });
    expect(requestRebaseline(world.lead, otherBenefit, rebaselineForm(), fixedNow)).toBeGreaterThan(first);

    decideRebaseline(world.director, first, form({ decision: "rejected", comment: "Brug den gamle opgørelse." }), fixedNow);
    const second = requestRebaseline(world.owner, benefitId, rebaselineForm({ newTargetValue: "10" }), fixedNow);
    expect(rebaselineRow(db(), second)).toMatchObject({ status: "pending", newTargetValue: 10 });
  });

  it("refuses bad input with Danish messages and changes nothing", () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ reason: "Fordi" }, "reason", "Begrund ændringen (mindst 10 tegn)"],
      [{ newBaselineDate: "2028-07-01" }, "newTargetDate", "Måldatoen skal ligge efter baselinedatoen"],
      [{ newTargetValue: "" }, "newTargetValue", "Nyt mål skal være et tal"],
      [{ newBaselineValue: "tja" }, "newBaselineValue", "Ny baseline skal være et tal"],
      [{ newBaselineDate: "2026-02-30" }, "newBaselineDate", "Ny baselinedato skal være en gyldig dato"],
    ];
    for (const [overrides, field, message] of cases) {
      const error = expectUnchanged(db(), ValidationError, () => requestRebaseline(world.lead, benefitId, rebaselineForm(overrides), fixedNow));
      expect(error.fieldErrors[field]).toContain(message);
    }
  });

  it("answers an unknown benefit with NotFoundError", () => {
    expectUnchanged(db(), NotFoundError, () => requestRebaseline(world.lead, 99_999, rebaselineForm(), fixedNow));
  });
});

describe("decideRebaseline", () => {
  let requestId: number;
  const decidedAt = new Date("2026-12-03T10:00:00Z");

  beforeEach(() => {
    setPhase(db(), world.project.id, "trial");
    requestId = requestRebaseline(world.lead, benefitId, rebaselineForm(), fixedNow);
  });

  it("lets a director approve: the baseline and target change, the version increments and the request is kept", () => {
    const before = benefitRow(db(), benefitId);
    decideRebaseline(world.director, requestId, form({ decision: "approved", comment: "Godkendt i direktionen." }), decidedAt);
    expect(benefitRow(db(), benefitId)).toEqual({
      ...before,
      baselineValue: 36,
      baselineDate: "2026-06-01",
      targetValue: 24.5,
      targetDate: "2028-06-30",
      // Unmeasured, the next measurement falls due three months after the new baseline date: 1 September 2026.
      measurementDueKey: (2026 * 12 + 9) * 100 + 1,
      version: before.version + 1,
      updatedAt: decidedAt.toISOString(),
    });
    expect(rebaselineRow(db(), requestId)).toMatchObject({
      status: "approved",
      decidedById: world.director.id,
      decidedAt: decidedAt.toISOString(),
      decisionComment: "Godkendt i direktionen.",
      oldBaselineValue: 40,
      oldTargetValue: 20,
      newBaselineValue: 36,
      newTargetValue: 24.5,
    });
    const events = successAudit(db(), "benefit.rebaseline_approve");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: world.director.id, actorRole: "director", objectType: "project", objectId: projectCode });
    expect(JSON.parse(events[0].changes!)).toEqual({ benefitId, rebaselineId: requestId, comment: "Godkendt i direktionen." });
    expect(successAudit(db(), "benefit.rebaseline_reject")).toEqual([]);
    expect(verifyAuditChain(db()).ok).toBe(true);
  });

  it("approves without a comment", () => {
    decideRebaseline(world.director, requestId, form({ decision: "approved" }), decidedAt);
    expect(rebaselineRow(db(), requestId)).toMatchObject({ status: "approved", decisionComment: "" });
  });

  it("makes an edit form opened before the approval stale", () => {
    const openedBefore = benefitEditForm(db(), benefitId, { title: "Gammel formular" });
    decideRebaseline(world.director, requestId, form({ decision: "approved" }), decidedAt);
    expectUnchanged(db(), ConflictError, () => updateBenefit(world.lead, benefitId, openedBefore, decidedAt));
  });

  it("refuses a rejection without a comment and changes nothing", () => {
    const error = expectUnchanged(db(), ValidationError, () => decideRebaseline(world.director, requestId, form({ decision: "rejected", comment: " " }), decidedAt));
    expect(error.fieldErrors.comment).toEqual(["Skriv hvorfor ændringen afvises"]);
    expect(rebaselineRow(db(), requestId).status).toBe("pending");
  });

  it("refuses a missing or unknown decision", () => {
    for (const decision of [undefined, "postponed"]) {
      const error = expectUnchanged(db(), ValidationError, () => decideRebaseline(world.director, requestId, form({ decision, comment: "Hmm" }), decidedAt));
      expect(error.fieldErrors.decision).toEqual(["Vælg godkend eller afvis"]);
    }
  });

  it("lets a director reject with a comment: the benefit stays as it was, the request is kept", () => {
    const before = benefitRow(db(), benefitId);
    decideRebaseline(world.director, requestId, form({ decision: "rejected", comment: "Målet må ikke sænkes." }), decidedAt);
    expect(benefitRow(db(), benefitId)).toEqual(before);
    expect(rebaselineRow(db(), requestId)).toMatchObject({
      status: "rejected",
      decidedById: world.director.id,
      decidedAt: decidedAt.toISOString(),
      decisionComment: "Målet må ikke sænkes.",
    });
    const events = successAudit(db(), "benefit.rebaseline_reject");
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0].changes!)).toEqual({ benefitId, rebaselineId: requestId, comment: "Målet må ikke sænkes." });
    expect(successAudit(db(), "benefit.rebaseline_approve")).toEqual([]);
  });

  const nonDirectors: ActorPick[] = [
    ["admin", (w) => w.admin],
    ["department head of the project's department", (w) => w.headA],
    ["department head of another department", (w) => w.headB],
    ["staff project owner", (w) => w.owner],
    ["staff project lead who asked for it", (w) => w.lead],
    ["staff benefit owner", (w) => w.otherStaff],
  ];
  for (const [name, pick] of nonDirectors) {
    for (const decision of ["approved", "rejected"]) {
      it(`refuses the ${name} deciding (${decision}), changes nothing and audits the refusal`, () => {
        const actor = pick(world);
        db().update(benefits).set({ ownerId: world.otherStaff.id }).where(eq(benefits.id, benefitId)).run();
        expectDenied(db(), actor, "benefit.rebaseline_decide", () => decideRebaseline(actor, requestId, form({ decision, comment: "Jeg bestemmer." }), decidedAt), {
          type: "benefit_rebaseline",
          id: requestId,
        });
        expect(rebaselineRow(db(), requestId).status).toBe("pending");
      });
    }
  }

  const twice: [string, string][] = [
    ["approved", "approved"],
    ["approved", "rejected"],
    ["rejected", "approved"],
    ["rejected", "rejected"],
  ];
  for (const [first, second] of twice) {
    it(`refuses deciding twice (${first}, then ${second}) with ConflictError and keeps the first decision`, () => {
      decideRebaseline(world.director, requestId, form({ decision: first, comment: "Første afgørelse." }), decidedAt);
      const afterFirst = benefitSnapshot(db());
      const error = expectUnchanged(db(), ConflictError, () =>
        decideRebaseline(world.director, requestId, form({ decision: second, comment: "Anden afgørelse." }), daysAfter(decidedAt, 1)),
      );
      expect(error.message).toBe("Ændringsanmodningen er allerede afgjort.");
      expect(benefitSnapshot(db())).toEqual(afterFirst);
      expect(rebaselineRow(db(), requestId)).toMatchObject({ status: first, decisionComment: "Første afgørelse." });
    });
  }

  it("answers an unknown request with NotFoundError and writes nothing", () => {
    expectUnchanged(db(), NotFoundError, () => decideRebaseline(world.director, 99_999, form({ decision: "approved" }), decidedAt));
  });

  it("keeps every re-baseline for good: the count never decreases and the history chains old to new values", () => {
    const counts = [rebaselinesOf(db(), benefitId).length];
    decideRebaseline(world.director, requestId, form({ decision: "approved" }), decidedAt);
    counts.push(rebaselinesOf(db(), benefitId).length);
    const second = requestRebaseline(world.owner, benefitId, rebaselineForm({ newBaselineValue: "35", newTargetValue: "22", reason: "Ny opgørelse fra Sundhedsplatformen." }), decidedAt);
    counts.push(rebaselinesOf(db(), benefitId).length);
    decideRebaseline(world.director, second, form({ decision: "rejected", comment: "Ikke dokumenteret." }), decidedAt);
    counts.push(rebaselinesOf(db(), benefitId).length);
    const third = requestRebaseline(world.owner, benefitId, rebaselineForm({ newBaselineValue: "35", newTargetValue: "21", reason: "Dokumentation vedlagt fra Sundhedsplatformen." }), decidedAt);
    decideRebaseline(world.director, third, form({ decision: "approved" }), decidedAt);
    counts.push(rebaselinesOf(db(), benefitId).length);

    expect(counts).toEqual([1, 1, 2, 2, 3]);
    expect(
      rebaselinesOf(db(), benefitId).map((row) => [row.status, row.oldBaselineValue, row.oldTargetValue, row.newBaselineValue, row.newTargetValue, row.requestedById, row.decidedById]),
    ).toEqual([
      ["approved", 40, 20, 36, 24.5, world.lead.id, world.director.id],
      ["rejected", 36, 24.5, 35, 22, world.owner.id, world.director.id],
      ["approved", 36, 24.5, 35, 21, world.owner.id, world.director.id],
    ]);
    expect(benefitRow(db(), benefitId)).toMatchObject({ baselineValue: 35, targetValue: 21, version: 3 });
  });
});

describe("applyRebaselineDecision", () => {
  it("rolls back both the request and the benefit when the surrounding transaction fails afterwards", () => {
    setPhase(db(), world.project.id, "trial");
    const requestId = insertRebaseline(db(), benefitId, world.lead.id);
    const before = benefitSnapshot(db());
    const events = auditCount(db());
    const error = caught(() =>
      db().transaction((tx) => {
        applyRebaselineDecision(tx, world.director, requestId, "approved", "På mødet", fixedNow, { meetingId: 7 });
        expect(tx.select().from(benefitRebaselines).where(eq(benefitRebaselines.id, requestId)).get()!.status).toBe("approved");
        expect(tx.select().from(benefits).where(eq(benefits.id, benefitId)).get()!.baselineValue).toBe(36);
        throw new Error("the meeting decision could not be saved");
      }),
    );
    expect((error as Error).message).toBe("the meeting decision could not be saved");
    expect(benefitSnapshot(db())).toEqual(before);
    expect(rebaselineRow(db(), requestId).status).toBe("pending");
    expect(auditCount(db())).toBe(events);
  });

  it("records the caller's context with the decision inside the caller's transaction", () => {
    const requestId = insertRebaseline(db(), benefitId, world.lead.id);
    db().transaction((tx) => applyRebaselineDecision(tx, world.director, requestId, "rejected", "Udsat til næste år", fixedNow, { meetingId: 7, agendaItemId: 3 }));
    expect(rebaselineRow(db(), requestId)).toMatchObject({ status: "rejected", decisionComment: "Udsat til næste år", decidedAt: fixedNow.toISOString() });
    expect(JSON.parse(successAudit(db(), "benefit.rebaseline_reject")[0].changes!)).toEqual({
      benefitId,
      rebaselineId: requestId,
      comment: "Udsat til næste år",
      meetingId: 7,
      agendaItemId: 3,
    });
  });

  it("refuses a request that is already decided or unknown", () => {
    const requestId = insertRebaseline(db(), benefitId, world.lead.id, { status: "rejected", decidedById: world.director.id, decidedAt: "2026-11-02T08:00:00.000Z" });
    expectUnchanged(db(), ConflictError, () => db().transaction((tx) => applyRebaselineDecision(tx, world.director, requestId, "approved", "", fixedNow)));
    expectUnchanged(db(), NotFoundError, () => db().transaction((tx) => applyRebaselineDecision(tx, world.director, 99_999, "approved", "", fixedNow)));
  });
});

describe("a deactivated receiving department", () => {
  it("is refused for a new benefit, and kept by a benefit that already has it", () => {
    db().update(departments).set({ active: false }).where(inArray(departments.id, [world.deptA, world.deptB])).run();
    const error = caught(() => createBenefit(world.lead, projectCode, newBenefit({ receivingDepartmentId: world.deptB })));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.receivingDepartmentId).toEqual(["Afdelingen er deaktiveret; vælg en aktiv afdeling"]);
    updateBenefit(world.lead, benefitId, benefitEditForm(db(), benefitId, { title: "Færre faldulykker" }));
    expect(benefitRow(db(), benefitId)).toMatchObject({ title: "Færre faldulykker", receivingDepartmentId: world.deptA });
  });
});

