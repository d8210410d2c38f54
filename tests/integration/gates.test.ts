import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditEvents, benefits, gateRequests, projects } from "@/db/schema";
import type { Phase } from "@/lib/codes";
import { getDb } from "@/db";
import { verifyAuditChain } from "@/lib/audit";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/services/errors";
import { applyGateDecision, changePhase, decideGate, requestGate } from "@/lib/services/gates";
import {
  auditCount,
  caught,
  editorPicks,
  expectForbidden,
  expectRefusedUnchanged,
  fixedNow,
  form,
  insertBenefit,
  insertInvolvement,
  insertRisk,
  meetAnalysisChecklist,
  nonEditorPicks,
  projectCode,
  projectRow,
  seedWorld,
  snapshot,
  successAudit,
  type ActorPick,
  type World,
} from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
let world: World;

beforeEach(() => {
  world = seedWorld(db());
});

const gateRow = (id: number) => db().select().from(gateRequests).where(eq(gateRequests.id, id)).get()!;
const setProject = (values: Partial<typeof projects.$inferInsert>) => db().update(projects).set(values).where(eq(projects.id, world.project.id)).run();
const phase = () => projectRow(db(), world.project.id).phase;

/** A pending request analysis → afprøvning by the lead, with the checklist met. */
function pendingRequest(): number {
  meetAnalysisChecklist(db(), world);
  return requestGate(world.lead, projectCode, form({ toPhase: "trial", comment: "Klar til pilot" }), fixedNow);
}

const gateRequesters: ActorPick[] = [
  ["director", (w) => w.director],
  ["department head of the project's department", (w) => w.headA],
  ["staff project owner", (w) => w.owner],
  ["staff project lead", (w) => w.lead],
];

const gateNonRequesters: ActorPick[] = [["admin", (w) => w.admin], ...nonEditorPicks];

describe("requestGate", () => {
  it("is refused while the checklist for leaving analysis is unmet, naming what is missing", () => {
    const error = expectRefusedUnchanged(db(), ValidationError, () => requestGate(world.lead, projectCode, form({ toPhase: "trial" }), fixedNow));
    expect(error.message).toMatch(/^Tjeklisten er ikke opfyldt: /);
    expect(error.fieldErrors.toPhase).toEqual([error.message]);
    for (const missing of ["mindst én gevinst med baseline og mål", "risici er vurderet", "inddragelse af brugere", "budget er fastsat"]) {
      expect(error.message).toContain(missing);
    }
    expect(error.message).not.toContain("formål er valgt");
    expect(db().select().from(gateRequests).all()).toEqual([]);
  });

  it("stays refused until every item is met, and is accepted then", () => {
    const attempt = () => requestGate(world.lead, projectCode, form({ toPhase: "trial" }), fixedNow);
    insertBenefit(db(), world.project.id, { targetValue: null });
    insertInvolvement(db(), world.project.id, world.lead.id, "other_municipality");
    insertRisk(db(), world.project.id);
    setProject({ approvedBudgetKr: 500_000 });
    let error = expectRefusedUnchanged(db(), ValidationError, attempt);
    expect(error.message).toBe(
      "Tjeklisten er ikke opfyldt: mindst én gevinst med baseline og mål; inddragelse af brugere, medarbejdere eller MED er registreret eller planlagt.",
    );

    insertBenefit(db(), world.project.id);
    error = expectRefusedUnchanged(db(), ValidationError, attempt);
    expect(error.message).not.toContain("gevinst");
    expect(error.message).toContain("inddragelse");

    insertInvolvement(db(), world.project.id, world.lead.id, "med");
    const id = attempt();
    expect(gateRow(id).status).toBe("pending");
  });

  it("accepts 'ingen væsentlige risici' instead of a registered risk", () => {
    insertBenefit(db(), world.project.id);
    insertInvolvement(db(), world.project.id, world.lead.id, "citizens");
    setProject({ approvedBudgetKr: 1, noSignificantRisks: false });
    const error = expectRefusedUnchanged(db(), ValidationError, () => requestGate(world.lead, projectCode, form({ toPhase: "trial" }), fixedNow));
    expect(error.message).toContain("risici er vurderet");
    setProject({ noSignificantRisks: true });
    expect(gateRow(requestGate(world.lead, projectCode, form({ toPhase: "trial" }), fixedNow)).status).toBe("pending");
  });

  for (const [name, pick] of gateRequesters) {
    it(`lets the ${name} request a gate once the checklist is met, with a snapshot of the checklist, and audits it`, () => {
      const actor = pick(world);
      meetAnalysisChecklist(db(), world);
      const before = projectRow(db(), world.project.id);
      const id = requestGate(actor, projectCode, form({ toPhase: "trial", comment: "  Klar til pilot  " }), fixedNow);
      const row = gateRow(id);
      expect(row).toMatchObject({
        projectId: world.project.id,
        fromPhase: "analysis",
        toPhase: "trial",
        status: "pending",
        requestComment: "Klar til pilot",
        requestedById: actor.id,
        requestedAt: fixedNow.toISOString(),
        decidedById: null,
        decidedAt: null,
      });
      const checklist = JSON.parse(row.checklist) as { key: string; met: boolean }[];
      expect(checklist.map((item) => item.key)).toEqual(["purpose", "benefit", "risks", "involvement", "budget"]);
      expect(checklist.every((item) => item.met)).toBe(true);
      expect(projectRow(db(), world.project.id)).toEqual(before);

      const events = successAudit(db(), "gate.request");
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: actor.id, actorRole: actor.role, objectType: "project", objectId: projectCode });
      expect(JSON.parse(events[0].changes!)).toEqual({ gateRequestId: id, from: "analysis", to: "trial" });
      expect(verifyAuditChain(db()).ok).toBe(true);
    });
  }

  for (const [name, pick] of gateNonRequesters) {
    it(`refuses the ${name}, changes nothing and audits the refusal`, () => {
      const actor = pick(world);
      meetAnalysisChecklist(db(), world);
      expectForbidden(db(), actor, "gate.request", () => requestGate(actor, projectCode, form({ toPhase: "trial" }), fixedNow));
    });
  }

  it("lets a department head of another department request a gate for a project they lead", () => {
    meetAnalysisChecklist(db(), world);
    setProject({ leadId: world.headB.id });
    expect(gateRow(requestGate(world.headB, projectCode, form({ toPhase: "implementation" }), fixedNow))).toMatchObject({
      toPhase: "implementation",
      requestedById: world.headB.id,
    });
  });

  it("allows only one pending request per project", () => {
    const first = pendingRequest();
    const error = expectRefusedUnchanged(db(), ConflictError, () => requestGate(world.owner, projectCode, form({ toPhase: "implementation" }), fixedNow));
    expect(error.message).toBe("Projektet har allerede en fasegodkendelse, der venter på direktionen.");
    expect(db().select().from(gateRequests).all()).toEqual([gateRow(first)]);

    decideGate(world.director, first, form({ decision: "rejected", comment: "Gevinsten er for usikker" }), fixedNow);
    const second = requestGate(world.owner, projectCode, form({ toPhase: "trial" }), fixedNow);
    expect(gateRow(second).status).toBe("pending");
  });

  it("refuses a move that needs no gate or is not allowed", () => {
    meetAnalysisChecklist(db(), world);
    for (const toPhase of ["stopped", "realisation", "closed", "analysis", "idea"]) {
      const error = expectRefusedUnchanged(db(), ValidationError, () => requestGate(world.lead, projectCode, form({ toPhase }), fixedNow));
      expect(error.fieldErrors.toPhase?.[0]).toMatch(/^Analyse → .+ kræver ikke en fasegodkendelse$/);
    }
    const unknown = expectRefusedUnchanged(db(), ValidationError, () => requestGate(world.lead, projectCode, form({ toPhase: "moon" }), fixedNow));
    expect(unknown.fieldErrors.toPhase).toEqual(["Vælg den fase, projektet skal videre til"]);
  });

  it("refuses a gate out of idé (that move is direct)", () => {
    meetAnalysisChecklist(db(), world);
    setProject({ phase: "idea" });
    const error = expectRefusedUnchanged(db(), ValidationError, () => requestGate(world.lead, projectCode, form({ toPhase: "analysis" }), fixedNow));
    expect(error.fieldErrors.toPhase).toEqual(["Idé → Analyse kræver ikke en fasegodkendelse"]);
  });

  it("answers an unknown project with NotFoundError", () => {
    expect(caught(() => requestGate(world.director, "DIG-2026-999", form({ toPhase: "trial" }), fixedNow))).toBeInstanceOf(NotFoundError);
  });
});

describe("decideGate", () => {
  it("lets a director approve: the project moves phase, the request is closed, and gate.approve is audited", () => {
    const id = pendingRequest();
    const before = projectRow(db(), world.project.id);
    decideGate(world.director, id, form({ decision: "approved", comment: "God analyse" }), fixedNow);
    expect(projectRow(db(), world.project.id)).toEqual({ ...before, phase: "trial", version: before.version + 1, updatedAt: fixedNow.toISOString() });
    expect(gateRow(id)).toMatchObject({
      status: "approved",
      decidedById: world.director.id,
      decidedAt: fixedNow.toISOString(),
      decisionComment: "God analyse",
    });
    const events = successAudit(db(), "gate.approve");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: world.director.id, actorRole: "director", objectType: "project", objectId: projectCode });
    expect(JSON.parse(events[0].changes!)).toEqual({ gateRequestId: id, from: "analysis", to: "trial", comment: "God analyse" });
    expect(verifyAuditChain(db()).ok).toBe(true);
  });

  it("lets a director approve without a comment", () => {
    const id = pendingRequest();
    decideGate(world.director, id, form({ decision: "approved" }), fixedNow);
    expect(gateRow(id)).toMatchObject({ status: "approved", decisionComment: "" });
    expect(phase()).toBe("trial");
  });

  const nonDeciders: ActorPick[] = [
    ["admin", (w) => w.admin],
    ["department head of the project's department", (w) => w.headA],
    ["department head of another department", (w) => w.headB],
    ["staff project owner", (w) => w.owner],
    ["staff project lead", (w) => w.lead],
    ["staff who is neither owner nor lead", (w) => w.otherStaff],
  ];
  for (const [name, pick] of nonDeciders) {
    it(`refuses the ${name}, changes nothing and audits the refusal`, () => {
      const actor = pick(world);
      const id = pendingRequest();
      for (const decision of ["approved", "rejected"]) {
        expectForbidden(db(), actor, "gate.decide", () => decideGate(actor, id, form({ decision, comment: "Det mener jeg" }), fixedNow));
      }
      const denial = db().select().from(auditEvents).where(eq(auditEvents.action, "gate.decide")).all().at(-1)!;
      expect(denial).toMatchObject({ objectType: "gate_request", objectId: String(id) });
      expect(gateRow(id).status).toBe("pending");
      expect(phase()).toBe("analysis");
    });
  }

  it("requires a comment to reject, and changes nothing without one", () => {
    const id = pendingRequest();
    for (const comment of ["", "  ", "ok"]) {
      const error = expectRefusedUnchanged(db(), ValidationError, () => decideGate(world.director, id, form({ decision: "rejected", comment }), fixedNow));
      expect(error.fieldErrors.comment).toEqual(["Skriv hvorfor porten afvises"]);
    }
    const bad = expectRefusedUnchanged(db(), ValidationError, () => decideGate(world.director, id, form({ decision: "maybe" }), fixedNow));
    expect(bad.fieldErrors.decision).toEqual(["Vælg godkend eller afvis"]);
  });

  it("rejects with a comment: the phase stays and gate.reject is audited", () => {
    const id = pendingRequest();
    const before = projectRow(db(), world.project.id);
    decideGate(world.director, id, form({ decision: "rejected", comment: "Gevinsten er ikke godtgjort" }), fixedNow);
    expect(projectRow(db(), world.project.id)).toEqual(before);
    expect(gateRow(id)).toMatchObject({ status: "rejected", decidedById: world.director.id, decisionComment: "Gevinsten er ikke godtgjort" });
    expect(successAudit(db(), "gate.reject")).toEqual([
      expect.objectContaining({ actorId: world.director.id, objectId: projectCode }),
    ]);
    expect(successAudit(db(), "gate.approve")).toEqual([]);
  });

  it("refuses to decide a request twice and changes nothing", () => {
    const id = pendingRequest();
    decideGate(world.director, id, form({ decision: "approved" }), fixedNow);
    for (const decision of [{ decision: "approved" }, { decision: "rejected", comment: "For sent, men nej" }]) {
      const error = expectRefusedUnchanged(db(), ConflictError, () => decideGate(world.director, id, form(decision), new Date("2026-12-01T08:00:00Z")));
      expect(error.message).toBe("Fasegodkendelsen er allerede afgjort.");
    }
    expect(phase()).toBe("trial");
    expect(gateRow(id)).toMatchObject({ status: "approved", decidedAt: fixedNow.toISOString() });
  });

  it("refuses to decide a withdrawn request", () => {
    const id = pendingRequest();
    changePhase(world.director, projectCode, form({ toPhase: "stopped", reason: "Leverandøren er gået konkurs" }), fixedNow);
    expect(gateRow(id).status).toBe("withdrawn");
    expectRefusedUnchanged(db(), ConflictError, () => decideGate(world.director, id, form({ decision: "approved" }), fixedNow));
    expect(phase()).toBe("stopped");
  });

  it("answers an unknown request with NotFoundError and changes nothing", () => {
    const before = snapshot(db());
    expect(caught(() => decideGate(world.director, 99_999, form({ decision: "approved" }), fixedNow))).toBeInstanceOf(NotFoundError);
    expect(snapshot(db())).toEqual(before);
  });
});

describe("applyGateDecision", () => {
  it("rolls back the request when the project has left the phase it was requested from", () => {
    const id = pendingRequest();
    setProject({ phase: "trial" });
    const error = expectRefusedUnchanged(db(), ConflictError, () => decideGate(world.director, id, form({ decision: "approved" }), fixedNow));
    expect(error.message).toBe("Projektet har skiftet fase, siden porten blev anmodet.");
    expect(gateRow(id)).toMatchObject({ status: "pending", decidedById: null, decidedAt: null, decisionComment: null });
  });

  it("is undone with the transaction it runs in when something fails afterwards", () => {
    const id = pendingRequest();
    const before = snapshot(db());
    const events = auditCount(db());
    const error = caught(() =>
      getDb().transaction((tx) => {
        applyGateDecision(tx, world.director, id, "approved", "Godkendt på mødet", fixedNow, { meetingId: 1 });
        expect(tx.select().from(projects).where(eq(projects.id, world.project.id)).get()!.phase).toBe("trial");
        throw new Error("the meeting decision could not be saved");
      }),
    );
    expect((error as Error).message).toBe("the meeting decision could not be saved");
    expect(snapshot(db())).toEqual(before);
    expect(phase()).toBe("analysis");
    expect(gateRow(id).status).toBe("pending");
    expect(auditCount(db())).toBe(events);
    expect(verifyAuditChain(db()).ok).toBe(true);
  });

  it("adds its context to the audit event when it succeeds inside a larger transaction", () => {
    const id = pendingRequest();
    getDb().transaction((tx) => applyGateDecision(tx, world.director, id, "approved", "Godkendt på mødet", fixedNow, { meetingId: 7 }));
    expect(phase()).toBe("trial");
    expect(JSON.parse(successAudit(db(), "gate.approve")[0].changes!)).toMatchObject({ gateRequestId: id, meetingId: 7 });
  });
});

describe("changePhase", () => {
  for (const [name, pick] of editorPicks) {
    it(`lets the ${name} move a project from idé to analyse and audits it`, () => {
      const actor = pick(world);
      setProject({ phase: "idea" });
      const before = projectRow(db(), world.project.id);
      expect(changePhase(actor, projectCode, form({ toPhase: "analysis" }), fixedNow)).toBe("analysis");
      expect(projectRow(db(), world.project.id)).toEqual({ ...before, phase: "analysis", version: before.version + 1, updatedAt: fixedNow.toISOString() });
      const events = successAudit(db(), "project.phase");
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: actor.id, actorRole: actor.role, objectId: projectCode });
      expect(JSON.parse(events[0].changes!)).toEqual({ from: "idea", to: "analysis" });
    });
  }

  for (const [name, pick] of nonEditorPicks) {
    it(`refuses the ${name}, changes nothing and audits the refusal`, () => {
      const actor = pick(world);
      setProject({ phase: "idea" });
      expectForbidden(db(), actor, "project.phase", () => changePhase(actor, projectCode, form({ toPhase: "analysis" }), fixedNow));
      expectForbidden(db(), actor, "project.phase", () => changePhase(actor, projectCode, form({ toPhase: "stopped", reason: "Det vil jeg ikke" }), fixedNow));
    });
  }

  it("refuses leaving analysis without a gate, even with the checklist met", () => {
    meetAnalysisChecklist(db(), world);
    for (const toPhase of ["trial", "implementation"]) {
      const error = expectRefusedUnchanged(db(), ValidationError, () => changePhase(world.director, projectCode, form({ toPhase }), fixedNow));
      expect(error.fieldErrors.toPhase).toEqual(["Denne faseovergang kræver direktionens godkendelse; anmod om en fasegodkendelse"]);
    }
    setProject({ phase: "trial" });
    expectRefusedUnchanged(db(), ValidationError, () => changePhase(world.director, projectCode, form({ toPhase: "implementation" }), fixedNow));
  });

  it("refuses moves that do not exist", () => {
    const cases: [Phase, string][] = [
      ["analysis", "realisation"],
      ["analysis", "idea"],
      ["idea", "trial"],
      ["implementation", "closed"],
      ["closed", "stopped"],
      ["stopped", "analysis"],
    ];
    for (const [from, toPhase] of cases) {
      setProject({ phase: from });
      const error = expectRefusedUnchanged(db(), ValidationError, () =>
        changePhase(world.director, projectCode, form({ toPhase, reason: "Fordi direktionen siger det" }), fixedNow),
      );
      expect(error.fieldErrors.toPhase?.[0]).toMatch(/^Et projekt i .+ kan ikke gå til .+$/);
    }
  });

  it("requires a reason to stop, stores it and withdraws a pending gate", () => {
    const gateId = pendingRequest();
    for (const reason of ["", "nej"]) {
      const error = expectRefusedUnchanged(db(), ValidationError, () => changePhase(world.director, projectCode, form({ toPhase: "stopped", reason }), fixedNow));
      expect(error.fieldErrors.reason).toEqual(["Skriv hvorfor projektet stoppes"]);
    }
    changePhase(world.director, projectCode, form({ toPhase: "stopped", reason: "  Teknologien er ikke moden  " }), fixedNow);
    expect(projectRow(db(), world.project.id)).toMatchObject({ phase: "stopped", stopReason: "Teknologien er ikke moden", version: 2 });
    expect(gateRow(gateId)).toMatchObject({ status: "withdrawn", decidedAt: fixedNow.toISOString() });
    expect(JSON.parse(successAudit(db(), "project.phase")[0].changes!)).toEqual({ from: "analysis", to: "stopped", reason: "Teknologien er ikke moden" });
  });

  it("leaves the stop to directors: the lead, owner, department head and admin are refused and nothing changes", () => {
    const gateId = pendingRequest();
    for (const actor of [world.lead, world.owner, world.headA, world.admin]) {
      expectForbidden(db(), actor, "project.stop", () =>
        changePhase(actor, projectCode, form({ toPhase: "stopped", reason: "Vi vil gerne stoppe" }), fixedNow),
      );
    }
    expect(projectRow(db(), world.project.id)).toMatchObject({ phase: "analysis", stopReason: null });
    expect(gateRow(gateId).status).toBe("pending");
  });

  it("stops from any open phase", () => {
    for (const from of ["idea", "analysis", "trial", "implementation", "realisation"] as const) {
      setProject({ phase: from, stopReason: null });
      changePhase(world.director, projectCode, form({ toPhase: "stopped", reason: `Stoppet i fasen ${from}` }), fixedNow);
      expect(projectRow(db(), world.project.id)).toMatchObject({ phase: "stopped", stopReason: `Stoppet i fasen ${from}` });
    }
  });

  it("needs a closing learning note to close", () => {
    setProject({ phase: "realisation", closingLearning: null });
    const attempt = () => changePhase(world.lead, projectCode, form({ toPhase: "closed" }), fixedNow);
    const error = expectRefusedUnchanged(db(), ValidationError, attempt);
    expect(error.message).toBe("Tjeklisten er ikke opfyldt: afsluttende erfaringsnotat er skrevet.");
    setProject({ closingLearning: "   " });
    expectRefusedUnchanged(db(), ValidationError, attempt);
    setProject({ closingLearning: "Involver nattevagterne fra dag ét." });
    expect(attempt()).toBe("closed");
    expect(phase()).toBe("closed");
  });

  it("needs an owner on every benefit to enter gevinstrealisering", () => {
    setProject({ phase: "implementation" });
    const attempt = () => changePhase(world.lead, projectCode, form({ toPhase: "realisation" }), fixedNow);
    expect(expectRefusedUnchanged(db(), ValidationError, attempt).message).toContain("mindst én gevinst");
    const benefitId = insertBenefit(db(), world.project.id, { ownerId: null });
    expect(expectRefusedUnchanged(db(), ValidationError, attempt).message).toBe("Tjeklisten er ikke opfyldt: alle gevinster har en gevinstejer.");
    db().update(benefits).set({ ownerId: world.headA.id }).where(eq(benefits.id, benefitId)).run();
    expect(attempt()).toBe("realisation");
  });

  it("answers an unknown project with NotFoundError", () => {
    expect(caught(() => changePhase(world.director, "DIG-2026-999", form({ toPhase: "analysis" }), fixedNow))).toBeInstanceOf(NotFoundError);
  });
});
