import { describe, expect, it } from "vitest";
import { type Phase, phases } from "@/lib/codes";
import { checklistMet, gateChecklist, type GateFacts } from "@/lib/domain/gate-checklist";
import { allowedTransitions, findTransition, needsGate } from "@/lib/domain/phases";

describe("phase transitions", () => {
  it("follow the order idé → analyse → afprøvning → implementering → gevinstrealisering → afsluttet", () => {
    expect(allowedTransitions("idea").map((t) => t.to)).toEqual(["analysis", "stopped"]);
    expect(allowedTransitions("analysis").map((t) => t.to)).toEqual(["trial", "implementation", "stopped"]);
    expect(allowedTransitions("trial").map((t) => t.to)).toEqual(["implementation", "stopped"]);
    expect(allowedTransitions("implementation").map((t) => t.to)).toEqual(["realisation", "stopped"]);
    expect(allowedTransitions("realisation").map((t) => t.to)).toEqual(["closed", "stopped"]);
  });

  it("allow stopping from every open phase and nothing from closed or stopped", () => {
    for (const phase of phases.filter((p) => p !== "closed" && p !== "stopped")) expect(findTransition(phase, "stopped")).toBeTruthy();
    expect(allowedTransitions("closed")).toEqual([]);
    expect(allowedTransitions("stopped")).toEqual([]);
  });

  it("need a gate exactly when leaving analysis or trial forward", () => {
    const gated: [Phase, Phase][] = [
      ["analysis", "trial"],
      ["analysis", "implementation"],
      ["trial", "implementation"],
    ];
    for (const [from, to] of gated) expect(needsGate(from, to)).toBe(true);
    expect(needsGate("idea", "analysis")).toBe(false);
    expect(needsGate("analysis", "stopped")).toBe(false);
    expect(needsGate("implementation", "realisation")).toBe(false);
  });

  it("refuse skipping phases", () => {
    expect(findTransition("idea", "implementation")).toBeUndefined();
    expect(findTransition("analysis", "closed")).toBeUndefined();
    expect(findTransition("implementation", "analysis")).toBeUndefined();
  });
});

const ready: GateFacts = {
  purposeSet: true,
  benefitsTotal: 1,
  benefitsWithBaselineAndTarget: 1,
  benefitsWithoutOwner: 0,
  risksTotal: 1,
  noSignificantRisks: false,
  userOrMedInvolvements: 1,
  approvedBudgetKr: 500_000,
  closingLearning: null,
};

describe("gate checklist", () => {
  it("to leave analysis checks purpose, benefit, risks, involvement and budget", () => {
    const items = gateChecklist("analysis", "trial", ready);
    expect(items.map((item) => item.key)).toEqual(["purpose", "benefit", "risks", "involvement", "budget"]);
    expect(checklistMet(items)).toBe(true);
  });

  it.each([
    ["purpose", { purposeSet: false }],
    ["benefit", { benefitsWithBaselineAndTarget: 0 }],
    ["risks", { risksTotal: 0, noSignificantRisks: false }],
    ["involvement", { userOrMedInvolvements: 0 }],
    ["budget", { approvedBudgetKr: 0 }],
  ] as const)("flags %s when missing", (key, change) => {
    const items = gateChecklist("analysis", "implementation", { ...ready, ...change });
    expect(items.find((item) => item.key === key)?.met).toBe(false);
    expect(items.filter((item) => !item.met)).toHaveLength(1);
    expect(checklistMet(items)).toBe(false);
  });

  it("accepts 'ingen væsentlige risici' instead of a risk", () => {
    const items = gateChecklist("analysis", "trial", { ...ready, risksTotal: 0, noSignificantRisks: true });
    expect(items.find((item) => item.key === "risks")?.met).toBe(true);
  });

  it("leaving trial uses the same checklist", () => {
    expect(gateChecklist("trial", "implementation", ready).map((item) => item.key)).toEqual(
      gateChecklist("analysis", "trial", ready).map((item) => item.key),
    );
  });

  it("entering realisation needs an owner on every benefit", () => {
    expect(checklistMet(gateChecklist("implementation", "realisation", ready))).toBe(true);
    expect(checklistMet(gateChecklist("implementation", "realisation", { ...ready, benefitsWithoutOwner: 1 }))).toBe(false);
    expect(checklistMet(gateChecklist("implementation", "realisation", { ...ready, benefitsTotal: 0 }))).toBe(false);
  });

  it("closing needs a closing learning note", () => {
    expect(checklistMet(gateChecklist("realisation", "closed", ready))).toBe(false);
    expect(checklistMet(gateChecklist("realisation", "closed", { ...ready, closingLearning: "  " }))).toBe(false);
    expect(checklistMet(gateChecklist("realisation", "closed", { ...ready, closingLearning: "Vi lærte at…" }))).toBe(true);
  });

  it("stopping needs no checklist", () => {
    expect(gateChecklist("analysis", "stopped", { ...ready, purposeSet: false })).toEqual([]);
  });
});
