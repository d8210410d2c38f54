import { describe, expect, it } from "vitest";
import {
  changedControlledFields,
  controlledEditVerdict,
  endedProjectFieldMessage,
  isControlledField,
  isRequestablePhase,
  parseFieldChanges,
} from "@/lib/domain/controlled-fields";
import {
  canChangeControlledFields,
  canDecideProjectChange,
  canRequestProjectChange,
  canStopProject,
  needsCorrectionReason,
  type Actor,
} from "@/lib/permissions";

const before = { approvedBudgetKr: 1_000_000, baselineStart: "2026-01-01", baselineEnd: "2026-12-31", departmentId: 2, ownerId: 7, phase: "analysis" };

describe("changedControlledFields", () => {
  it("finds only the controlled fields whose values differ", () => {
    const changes = changedControlledFields(before, { ...before, approvedBudgetKr: 10_000_000, ownerId: 8 });
    expect(changes).toEqual([
      { field: "approvedBudgetKr", oldValue: 1_000_000, newValue: 10_000_000 },
      { field: "ownerId", oldValue: 7, newValue: 8 },
    ]);
  });

  it("treats fields left out as unchanged and blank as null", () => {
    expect(changedControlledFields(before, { approvedBudgetKr: 1_000_000 })).toEqual([]);
    expect(changedControlledFields({ baselineStart: null }, { baselineStart: "" })).toEqual([]);
    expect(changedControlledFields(before, { baselineEnd: "" })).toEqual([{ field: "baselineEnd", oldValue: "2026-12-31", newValue: null }]);
  });

  it("compares a form's string id with a stored number by value", () => {
    expect(changedControlledFields(before, { departmentId: "2" })).toEqual([]);
  });
});

describe("controlledEditVerdict", () => {
  const changes = changedControlledFields(before, { approvedBudgetKr: 2, phase: "stopped" });

  it("lets anyone save an edit that changes no controlled field", () => {
    expect(controlledEditVerdict([], "request", "")).toEqual({ ok: true });
  });

  it("lets a director change them directly", () => {
    expect(controlledEditVerdict(changes, "direct", "")).toEqual({ ok: true });
  });

  it("needs a reason of at least 5 characters for an admin correction", () => {
    expect(controlledEditVerdict(changes, "correction", "fejl")).toMatchObject({ ok: false, fieldErrors: { correctionReason: [expect.any(String)] } });
    expect(controlledEditVerdict(changes, "correction", "Tastefejl i budgettet")).toEqual({ ok: true });
  });

  it("refuses everyone else with a message on each changed field", () => {
    const verdict = controlledEditVerdict(changes, "request", "a long reason");
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(Object.keys(verdict.fieldErrors).sort()).toEqual(["approvedBudgetKr", "phase"]);
  });

  it("refuses every authority, a director's too, once the project is closed or stopped, and still lets other fields be saved", () => {
    for (const authority of ["direct", "correction", "request"] as const) {
      expect(controlledEditVerdict(changes, authority, "Tastefejl i budgettet", true)).toEqual({
        ok: false,
        fieldErrors: { approvedBudgetKr: [endedProjectFieldMessage], phase: [endedProjectFieldMessage] },
      });
      expect(controlledEditVerdict([], authority, "", true)).toEqual({ ok: true });
    }
  });
});

describe("change request helpers", () => {
  it("knows the controlled fields", () => {
    expect(isControlledField("approvedBudgetKr")).toBe(true);
    expect(isControlledField("spentKr")).toBe(false);
  });

  it("allows only a stop to be requested as a phase", () => {
    expect(isRequestablePhase("stopped")).toBe(true);
    expect(isRequestablePhase("closed")).toBe(false);
  });

  it("parses stored changes and ignores garbage", () => {
    expect(parseFieldChanges('[{"field":"ownerId","oldValue":1,"newValue":2},{"field":"title"}]')).toEqual([{ field: "ownerId", oldValue: 1, newValue: 2 }]);
    expect(parseFieldChanges("not json")).toEqual([]);
  });
});

describe("board-controlled permissions", () => {
  const director: Actor = { id: 1, role: "director", departmentId: null };
  const admin: Actor = { id: 2, role: "admin", departmentId: null };
  const head: Actor = { id: 3, role: "department_head", departmentId: 5 };
  const otherHead: Actor = { id: 4, role: "department_head", departmentId: 6 };
  const lead: Actor = { id: 5, role: "staff", departmentId: 5 };
  const stranger: Actor = { id: 6, role: "staff", departmentId: 5 };
  const project = { departmentId: 5, ownerId: 3, leadId: 5 };

  it("gives direct change to directors and admins (admins with a reason), the stop to directors only", () => {
    expect([director, admin, head, lead].map(canChangeControlledFields)).toEqual([true, true, false, false]);
    expect([director, admin].map(needsCorrectionReason)).toEqual([false, true]);
    expect([director, admin, head, lead].map(canStopProject)).toEqual([true, false, false, false]);
  });

  it("lets the owner, lead and own department head request a change, and only directors decide it", () => {
    expect(canRequestProjectChange(lead, project)).toBe(true);
    expect(canRequestProjectChange(head, project)).toBe(true);
    expect(canRequestProjectChange(otherHead, project)).toBe(false);
    expect(canRequestProjectChange(stranger, project)).toBe(false);
    expect(canRequestProjectChange(admin, project)).toBe(false);
    expect([director, admin, head, lead].map(canDecideProjectChange)).toEqual([true, false, false, false]);
  });
});
