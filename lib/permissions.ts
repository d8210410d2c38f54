import type { Role } from "@/db/schema";

/** Every capability of DESIGN.md §1. */
export const capabilities = [
  "portfolio.read",
  "project.create",
  "project.edit",
  "gate.request",
  "gate.decide",
  "benefit.measure",
  "strategy.manage",
  "zone.create",
  "zone.edit",
  "experiment.create",
  "idea.participate",
  "idea.triage",
  "meeting.manage",
  "board.decide",
  "admin.manage",
] as const;
export type Capability = (typeof capabilities)[number];

/** "always": the role has it; "own": only through a resource rule; "never": not at all. */
export type Grant = "always" | "own" | "never";

export const capabilityTable: Record<Capability, Record<Role, Grant>> = {
  "portfolio.read": { director: "always", department_head: "always", staff: "always", admin: "always" },
  "project.create": { director: "always", department_head: "own", staff: "never", admin: "always" },
  "project.edit": { director: "always", department_head: "own", staff: "own", admin: "always" },
  "gate.request": { director: "always", department_head: "own", staff: "own", admin: "never" },
  "gate.decide": { director: "always", department_head: "never", staff: "never", admin: "never" },
  "benefit.measure": { director: "always", department_head: "own", staff: "own", admin: "never" },
  "strategy.manage": { director: "always", department_head: "never", staff: "never", admin: "always" },
  "zone.create": { director: "always", department_head: "never", staff: "never", admin: "always" },
  "zone.edit": { director: "own", department_head: "own", staff: "own", admin: "always" },
  "experiment.create": { director: "always", department_head: "own", staff: "own", admin: "never" },
  "idea.participate": { director: "always", department_head: "always", staff: "always", admin: "always" },
  "idea.triage": { director: "always", department_head: "always", staff: "own", admin: "never" },
  "meeting.manage": { director: "always", department_head: "never", staff: "never", admin: "never" },
  "board.decide": { director: "always", department_head: "never", staff: "never", admin: "never" },
  "admin.manage": { director: "never", department_head: "never", staff: "never", admin: "always" },
};

export type Actor = { id: number; role: Role; departmentId: number | null };

export type ProjectRef = { departmentId: number; ownerId: number; leadId: number };
export type ZoneRef = { sponsorId: number | null; leadId: number | null; memberIds: number[] };
export type BenefitRef = { ownerId: number | null; project: ProjectRef };

export function grantOf(role: Role, capability: Capability): Grant {
  return capabilityTable[capability][role];
}

/** True when the role holds the capability outright or through some resource rule. */
export function canEver(actor: Actor, capability: Capability): boolean {
  return grantOf(actor.role, capability) !== "never";
}

export function hasAlways(actor: Actor, capability: Capability): boolean {
  return grantOf(actor.role, capability) === "always";
}

function isInvolvedInProject(actor: Actor, project: ProjectRef): boolean {
  return project.ownerId === actor.id || project.leadId === actor.id;
}

function ownsDepartment(actor: Actor, departmentId: number): boolean {
  return actor.role === "department_head" && actor.departmentId === departmentId;
}

/** Create a project in a department: department heads only in their own. */
export function canCreateProject(actor: Actor, departmentId: number): boolean {
  const grant = grantOf(actor.role, "project.create");
  if (grant === "always") return true;
  return grant === "own" && ownsDepartment(actor, departmentId);
}

/** Edit a project and what hangs on it (status, risks, involvement, benefits). */
export function canEditProject(actor: Actor, project: ProjectRef): boolean {
  const grant = grantOf(actor.role, "project.edit");
  if (grant === "always") return true;
  if (grant === "never") return false;
  return ownsDepartment(actor, project.departmentId) || isInvolvedInProject(actor, project);
}

export function canRequestGate(actor: Actor, project: ProjectRef): boolean {
  const grant = grantOf(actor.role, "gate.request");
  if (grant === "always") return true;
  if (grant === "never") return false;
  return ownsDepartment(actor, project.departmentId) || isInvolvedInProject(actor, project);
}

export function canDecideGate(actor: Actor): boolean {
  return hasAlways(actor, "gate.decide");
}

/** Record a measurement: department head of the project's department, the benefit owner, or (staff) the project lead. */
export function canRecordMeasurement(actor: Actor, benefit: BenefitRef): boolean {
  const grant = grantOf(actor.role, "benefit.measure");
  if (grant === "always") return true;
  if (grant === "never") return false;
  if (benefit.ownerId === actor.id) return true;
  if (actor.role === "department_head") return ownsDepartment(actor, benefit.project.departmentId);
  return benefit.project.leadId === actor.id;
}

export function canEditZone(actor: Actor, zone: ZoneRef): boolean {
  const grant = grantOf(actor.role, "zone.edit");
  if (grant === "always") return true;
  if (grant === "never") return false;
  if (actor.role === "director") return zone.sponsorId === actor.id;
  return zone.leadId === actor.id;
}

export function canCreateExperiment(actor: Actor, zone: ZoneRef): boolean {
  const grant = grantOf(actor.role, "experiment.create");
  if (grant === "always") return true;
  if (grant === "never") return false;
  return zone.memberIds.includes(actor.id) || zone.leadId === actor.id;
}

/** Staff triage ideas only as lead of some zone. */
export function canTriageIdea(actor: Actor, leadsAnyZone: boolean): boolean {
  const grant = grantOf(actor.role, "idea.triage");
  if (grant === "always") return true;
  return grant === "own" && leadsAnyZone;
}

// --- Board-controlled figures (approved budget, baseline dates, department, owner, phase) ---

export type BoardCapability = "project.controlled_fields" | "project.stop";

/** Who changes board-controlled figures directly (admins only as an audited correction) and who stops a project. */
export const boardCapabilityTable: Record<BoardCapability, Record<Role, Grant>> = {
  "project.controlled_fields": { director: "always", department_head: "never", staff: "never", admin: "always" },
  "project.stop": { director: "always", department_head: "never", staff: "never", admin: "never" },
};

/** Changes a project's board-controlled fields directly, without a change request. */
export function canChangeControlledFields(actor: Actor): boolean {
  return boardCapabilityTable["project.controlled_fields"][actor.role] === "always";
}

/** A direct change by an administrator is a correction and needs a reason. */
export function needsCorrectionReason(actor: Actor): boolean {
  return actor.role === "admin";
}

/** Stops a project directly: a director's decision. */
export function canStopProject(actor: Actor): boolean {
  return boardCapabilityTable["project.stop"][actor.role] === "always";
}

/** Files a change request: the project's owner, lead or the head of its department (as for editing, admins excluded). */
export function canRequestProjectChange(actor: Actor, project: ProjectRef): boolean {
  if (actor.role === "admin") return false;
  return ownsDepartment(actor, project.departmentId) || isInvolvedInProject(actor, project);
}

/** Approves or rejects a change request: directors only. */
export function canDecideProjectChange(actor: Actor): boolean {
  return hasAlways(actor, "board.decide");
}
