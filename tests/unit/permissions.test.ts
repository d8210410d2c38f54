import { describe, expect, it } from "vitest";
import { roles, type Role } from "@/db/schema";
import {
  canCreateExperiment,
  canCreateProject,
  canDecideGate,
  canEditProject,
  canEditZone,
  canEver,
  canRecordMeasurement,
  canRequestGate,
  canTriageIdea,
  capabilities,
  capabilityTable,
  grantOf,
  type Actor,
  type Capability,
  type Grant,
} from "@/lib/permissions";

// The matrix of DESIGN.md §1, written out independently of the implementation.
const expected: Record<Capability, [Grant, Grant, Grant, Grant]> = {
  //                     director  dept_head staff    admin
  "portfolio.read": ["always", "always", "always", "always"],
  "project.create": ["always", "own", "never", "always"],
  "project.edit": ["always", "own", "own", "always"],
  "gate.request": ["always", "own", "own", "never"],
  "gate.decide": ["always", "never", "never", "never"],
  "benefit.measure": ["always", "own", "own", "never"],
  "strategy.manage": ["always", "never", "never", "always"],
  "zone.create": ["always", "never", "never", "always"],
  "zone.edit": ["own", "own", "own", "always"],
  "experiment.create": ["always", "own", "own", "never"],
  "idea.participate": ["always", "always", "always", "always"],
  "idea.triage": ["always", "always", "own", "never"],
  "meeting.manage": ["always", "never", "never", "never"],
  "board.decide": ["always", "never", "never", "never"],
  "admin.manage": ["never", "never", "never", "always"],
};
const roleOrder: Role[] = ["director", "department_head", "staff", "admin"];

describe("capability table", () => {
  it("covers every capability and role", () => {
    expect(Object.keys(capabilityTable).sort()).toEqual([...capabilities].sort());
    for (const capability of capabilities) expect(Object.keys(capabilityTable[capability]).sort()).toEqual([...roles].sort());
  });

  for (const capability of capabilities) {
    for (const [index, role] of roleOrder.entries()) {
      it(`${capability} for ${role} is ${expected[capability][index]}`, () => {
        expect(grantOf(role, capability)).toBe(expected[capability][index]);
        expect(canEver({ id: 1, role, departmentId: 1 }, capability)).toBe(expected[capability][index] !== "never");
      });
    }
  }
});

const actor = (role: Role, id = 10, departmentId: number | null = 1): Actor => ({ id, role, departmentId });
const project = { departmentId: 1, ownerId: 20, leadId: 30 };

describe("project rules", () => {
  it("department heads create only in their own department; staff never", () => {
    expect(canCreateProject(actor("department_head"), 1)).toBe(true);
    expect(canCreateProject(actor("department_head"), 2)).toBe(false);
    expect(canCreateProject(actor("staff"), 1)).toBe(false);
    expect(canCreateProject(actor("director", 10, null), 7)).toBe(true);
    expect(canCreateProject(actor("admin", 10, null), 7)).toBe(true);
  });

  it("edit: directors and admins always; department heads in their department; owner and lead whatever their role", () => {
    expect(canEditProject(actor("director"), project)).toBe(true);
    expect(canEditProject(actor("admin"), project)).toBe(true);
    expect(canEditProject(actor("department_head", 10, 1), project)).toBe(true);
    expect(canEditProject(actor("department_head", 10, 2), project)).toBe(false);
    expect(canEditProject(actor("department_head", 20, 2), project)).toBe(true);
    expect(canEditProject(actor("staff", 30, 5), project)).toBe(true);
    expect(canEditProject(actor("staff", 20, 5), project)).toBe(true);
    expect(canEditProject(actor("staff", 99, 1), project)).toBe(false);
  });

  it("gate requests: never by admins; staff only as owner or lead", () => {
    expect(canRequestGate(actor("admin"), project)).toBe(false);
    expect(canRequestGate(actor("staff", 30), project)).toBe(true);
    expect(canRequestGate(actor("staff", 31), project)).toBe(false);
    expect(canRequestGate(actor("department_head", 10, 1), project)).toBe(true);
    expect(canRequestGate(actor("department_head", 10, 2), project)).toBe(false);
  });

  it("only directors decide gates", () => {
    expect(canDecideGate(actor("director"))).toBe(true);
    for (const role of ["department_head", "staff", "admin"] as Role[]) expect(canDecideGate(actor(role))).toBe(false);
  });
});

describe("benefit measurement", () => {
  const benefit = { ownerId: 40, project };
  it("the benefit owner, the department's head and the project lead may record; admins never", () => {
    expect(canRecordMeasurement(actor("staff", 40, 9), benefit)).toBe(true);
    expect(canRecordMeasurement(actor("staff", 30, 9), benefit)).toBe(true);
    expect(canRecordMeasurement(actor("staff", 20, 9), benefit)).toBe(false);
    expect(canRecordMeasurement(actor("department_head", 10, 1), benefit)).toBe(true);
    expect(canRecordMeasurement(actor("department_head", 10, 2), benefit)).toBe(false);
    expect(canRecordMeasurement(actor("director"), benefit)).toBe(true);
    expect(canRecordMeasurement(actor("admin", 40), benefit)).toBe(false);
  });
});

describe("zone rules", () => {
  const zone = { sponsorId: 1, leadId: 2, memberIds: [3] };
  it("the sponsor director, the zone lead and admins edit the zone", () => {
    expect(canEditZone(actor("director", 1), zone)).toBe(true);
    expect(canEditZone(actor("director", 5), zone)).toBe(false);
    expect(canEditZone(actor("staff", 2), zone)).toBe(true);
    expect(canEditZone(actor("department_head", 2), zone)).toBe(true);
    expect(canEditZone(actor("staff", 3), zone)).toBe(false);
    expect(canEditZone(actor("admin", 99), zone)).toBe(true);
  });

  it("members and the lead create experiments; directors always; admins never", () => {
    expect(canCreateExperiment(actor("staff", 3), zone)).toBe(true);
    expect(canCreateExperiment(actor("staff", 2), zone)).toBe(true);
    expect(canCreateExperiment(actor("staff", 4), zone)).toBe(false);
    expect(canCreateExperiment(actor("department_head", 4), zone)).toBe(false);
    expect(canCreateExperiment(actor("director", 9), zone)).toBe(true);
    expect(canCreateExperiment(actor("admin", 3), zone)).toBe(false);
  });

  it("staff triage ideas only as a zone lead", () => {
    expect(canTriageIdea(actor("staff"), true)).toBe(true);
    expect(canTriageIdea(actor("staff"), false)).toBe(false);
    expect(canTriageIdea(actor("department_head"), false)).toBe(true);
    expect(canTriageIdea(actor("admin"), true)).toBe(false);
  });
});
