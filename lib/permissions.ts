import type { Role } from "@/lib/codes";
import { canCorrectMeasurement } from "@/lib/domain/benefit-rules";

/**
 * Every permission decision of the portal. Services call `authorize()` (lib/services/guard.ts), which asks `can()`;
 * pages, menus and queries ask `can()`, `canEver()` and the person filters below. Nothing else looks at a role.
 */
export const capabilities = [
  "portfolio.read",
  "portfolio.import",
  "project.create",
  "project.edit",
  "project.stop",
  "project.controlled_fields",
  "project.change_request",
  "gate.request",
  "gate.decide",
  "benefit.measure",
  "benefit.correct_measurement",
  "strategy.manage",
  "zone.create",
  "zone.edit",
  "zone.frame",
  "experiment.create",
  "experiment.manage",
  "experiment.decide",
  "experiment.promote",
  "share.manage",
  "idea.participate",
  "idea.triage",
  "meeting.read",
  "meeting.manage",
  "board.decide",
  "minutes.approve",
  "admin.manage",
  "notification.read",
] as const;
export type Capability = (typeof capabilities)[number];

/** "always": the role has it; "own": only through the capability's resource rule; "never": not at all. */
export type Grant = "always" | "own" | "never";

export const capabilityTable: Record<Capability, Record<Role, Grant>> = {
  "portfolio.read": { director: "always", department_head: "always", staff: "always", admin: "always" },
  /** Importing projects and benefits from a spreadsheet, and rolling an import back: the board and the administrators. */
  "portfolio.import": { director: "always", department_head: "never", staff: "never", admin: "always" },
  "project.create": { director: "always", department_head: "own", staff: "never", admin: "always" },
  "project.edit": { director: "always", department_head: "own", staff: "own", admin: "always" },
  "project.stop": { director: "always", department_head: "never", staff: "never", admin: "never" },
  "project.controlled_fields": { director: "always", department_head: "never", staff: "never", admin: "always" },
  "project.change_request": { director: "always", department_head: "own", staff: "own", admin: "never" },
  "gate.request": { director: "always", department_head: "own", staff: "own", admin: "never" },
  "gate.decide": { director: "always", department_head: "never", staff: "never", admin: "never" },
  "benefit.measure": { director: "always", department_head: "own", staff: "own", admin: "never" },
  "benefit.correct_measurement": { director: "own", department_head: "own", staff: "own", admin: "never" },
  "strategy.manage": { director: "always", department_head: "never", staff: "never", admin: "always" },
  "zone.create": { director: "always", department_head: "never", staff: "never", admin: "always" },
  "zone.edit": { director: "own", department_head: "own", staff: "own", admin: "always" },
  "zone.frame": { director: "own", department_head: "never", staff: "never", admin: "always" },
  "experiment.create": { director: "always", department_head: "own", staff: "own", admin: "never" },
  "experiment.manage": { director: "own", department_head: "own", staff: "own", admin: "never" },
  "experiment.decide": { director: "own", department_head: "never", staff: "never", admin: "never" },
  "experiment.promote": { director: "always", department_head: "own", staff: "own", admin: "never" },
  "share.manage": { director: "always", department_head: "own", staff: "own", admin: "own" },
  "idea.participate": { director: "always", department_head: "always", staff: "always", admin: "always" },
  "idea.triage": { director: "always", department_head: "always", staff: "own", admin: "never" },
  "meeting.read": { director: "always", department_head: "own", staff: "never", admin: "own" },
  "meeting.manage": { director: "always", department_head: "never", staff: "never", admin: "never" },
  "board.decide": { director: "always", department_head: "never", staff: "never", admin: "never" },
  "minutes.approve": { director: "own", department_head: "never", staff: "never", admin: "never" },
  "admin.manage": { director: "never", department_head: "never", staff: "never", admin: "always" },
  "notification.read": { director: "own", department_head: "own", staff: "own", admin: "own" },
};

export type Actor = { id: number; role: Role; departmentId: number | null };

export type ProjectRef = { departmentId: number; ownerId: number; leadId: number };
export type ZoneRef = { sponsorId: number | null; leadId: number | null; memberIds: number[] };
export type BenefitRef = { ownerId: number | null; project: ProjectRef };
export type ExperimentRef = { createdById: number; zone: { sponsorId: number | null; leadId: number | null } };
export type MeetingRef = { agendaPublished: boolean; participantIds?: number[] };
export type MeasurementRef = { recordedById: number; createdAt: string; now: Date; correctionDays: number };

/** What a permission is asked about; each capability's rule reads the kinds it knows and refuses the rest. */
export type Resource =
  | { kind: "department"; departmentId: number }
  | ({ kind: "project" } & ProjectRef)
  | ({ kind: "benefit" } & BenefitRef)
  | ({ kind: "measurement" } & MeasurementRef)
  | ({ kind: "zone" } & ZoneRef)
  | ({ kind: "experiment" } & ExperimentRef)
  | ({ kind: "meeting" } & MeetingRef)
  /** The idea box as a whole: may this person triage ideas at all? */
  | { kind: "idea_box"; leadsActiveZone: boolean }
  /** One notification, read (and marked read) by the person it was sent to alone. */
  | { kind: "notification"; userId: number };
export type ResourceKind = Resource["kind"];
/** A learning's source, of which its share links are asked. */
export type ShareableResource = Extract<Resource, { kind: "experiment" | "project" }>;

type Rule = (actor: Actor, resource: Resource) => boolean;

function ownsDepartment(actor: Actor, departmentId: number): boolean {
  return actor.role === "department_head" && actor.departmentId === departmentId;
}

function isInvolvedInProject(actor: Actor, project: ProjectRef): boolean {
  return project.ownerId === actor.id || project.leadId === actor.id;
}

/** Department head of the project's department, its owner or its lead. */
function projectRule(actor: Actor, resource: Resource): boolean {
  return resource.kind === "project" && (ownsDepartment(actor, resource.departmentId) || isInvolvedInProject(actor, resource));
}

function isZoneMemberOrLead(actor: Actor, zone: ZoneRef): boolean {
  return zone.memberIds.includes(actor.id) || zone.leadId === actor.id;
}

/** The resource rules behind every "own" grant. A capability without a rule has no "own" grant. */
const rules: Partial<Record<Capability, Rule>> = {
  "project.create": (actor, r) => r.kind === "department" && ownsDepartment(actor, r.departmentId),
  "project.edit": projectRule,
  "project.change_request": projectRule,
  "gate.request": projectRule,
  /** Department head of the project's department or the benefit owner; staff as benefit owner or project lead. */
  "benefit.measure": (actor, r) => {
    if (r.kind !== "benefit") return false;
    if (r.ownerId === actor.id) return true;
    if (actor.role === "department_head") return ownsDepartment(actor, r.project.departmentId);
    return r.project.leadId === actor.id;
  },
  /** One's own measurement, within the correction window. */
  "benefit.correct_measurement": (actor, r) => r.kind === "measurement" && canCorrectMeasurement(actor.id, r, r.now, r.correctionDays),
  /** Directors edit the zones they sponsor; everyone else the zones they lead. */
  "zone.edit": (actor, r) => r.kind === "zone" && (actor.role === "director" ? r.sponsorId === actor.id : r.leadId === actor.id),
  /** The risk frame and the sponsor are the board's commitment: the sponsor director moves them. */
  "zone.frame": (actor, r) => r.kind === "zone" && r.sponsorId === actor.id,
  "experiment.create": (actor, r) => r.kind === "zone" && isZoneMemberOrLead(actor, r),
  /** Start and finish: the experiment's creator, the zone lead or the zone sponsor. */
  "experiment.manage": (actor, r) =>
    r.kind === "experiment" && (r.createdById === actor.id || r.zone.leadId === actor.id || r.zone.sponsorId === actor.id),
  /** Only the zone's sponsor approves or rejects an experiment that would take the zone over its frame. */
  "experiment.decide": (actor, r) => r.kind === "experiment" && r.zone.sponsorId === actor.id,
  /** Skalér: the zone lead (any director always). */
  "experiment.promote": (actor, r) => r.kind === "experiment" && r.zone.leadId === actor.id,
  /** A finished experiment: its creator, zone lead or sponsor. A closed project: whoever may edit it. */
  "share.manage": (actor, r) => {
    if (r.kind === "project") return can(actor, "project.edit", r);
    return r.kind === "experiment" && [r.zone.leadId, r.zone.sponsorId, r.createdById].includes(actor.id);
  },
  /** Staff triage ideas while they lead an active zone, and send them only to zones where they may add experiments. */
  "idea.triage": (actor, r) => {
    if (r.kind === "idea_box") return r.leadsActiveZone;
    return r.kind === "zone" && can(actor, "experiment.create", r);
  },
  /** Department heads and admins see a meeting once its agenda is published. */
  "meeting.read": (_actor, r) => r.kind === "meeting" && r.agendaPublished,
  /** A director approves the minutes of a meeting they took part in. */
  "minutes.approve": (actor, r) => r.kind === "meeting" && (r.participantIds ?? []).includes(actor.id),
  /** Everyone reads their own notifications, nobody anyone else's (administrators included). */
  "notification.read": (actor, r) => r.kind === "notification" && r.userId === actor.id,
};

export function grantOf(role: Role, capability: Capability): Grant {
  return capabilityTable[capability][role];
}

/**
 * The one question: may this actor do this (to this resource)? Without a resource only an "always" grant answers
 * yes; with one, an "own" grant asks the capability's resource rule.
 */
export function can(actor: Actor, capability: Capability, resource?: Resource): boolean {
  const grant = grantOf(actor.role, capability);
  if (grant === "always") return true;
  if (grant === "never" || !resource) return false;
  return rules[capability]?.(actor, resource) ?? false;
}

/** True when the role holds the capability outright or through some resource rule (menus, page entry). */
export function canEver(actor: Pick<Actor, "role">, capability: Capability): boolean {
  return grantOf(actor.role, capability) !== "never";
}

/** The resource of an experiment in its zone. */
export function experimentResource(
  zone: { sponsorId: number | null; leadId: number | null },
  experiment: { createdById: number },
): Extract<Resource, { kind: "experiment" }> {
  return { kind: "experiment", createdById: experiment.createdById, zone: { sponsorId: zone.sponsorId, leadId: zone.leadId } };
}

type Person = { role: Role };

/** A zone's sponsor (forankret hos) is a director. */
export function isEligibleSponsor(person: Person): boolean {
  return person.role === "director";
}

/** Anyone but an administrator can lead a zone. */
export function isEligibleZoneLead(person: Person): boolean {
  return person.role !== "admin";
}

/**
 * The search pickers (people, projects) serve the forms that offer their lists: people to the project and zone
 * forms, projects to the outlook form. A role that may use none of those forms is refused the list.
 */
const pickerCapabilities = {
  people: ["project.create", "project.edit", "zone.create", "zone.edit"],
  projects: ["idea.participate"],
  /** Everyone who ever had an account, deactivated people too: the audit log's person filter. */
  "all-people": ["admin.manage"],
} as const satisfies Record<string, readonly Capability[]>;
export type Picker = keyof typeof pickerCapabilities;

export function canUsePicker(actor: Pick<Actor, "role">, picker: Picker): boolean {
  return pickerCapabilities[picker].some((capability) => canEver(actor, capability));
}

/** The members of the board (direktion): the default participants of a meeting and the approvers of its minutes. */
export function isBoardMember(person: Person): boolean {
  return person.role === "director";
}

/** The department this person can be named head of: their own, when they are a department head; otherwise none. */
export function headableDepartment(person: { role: Role; departmentId: number | null }): number | null {
  return person.role === "department_head" ? person.departmentId : null;
}

/** The department a new project starts in: a department head's own, otherwise none chosen. */
export function defaultDepartmentFor(actor: Actor): number | null {
  return actor.role === "department_head" ? actor.departmentId : null;
}

// --- Board-controlled figures (approved budget, baseline dates, department, owner, phase) ---

/** Changes a project's board-controlled fields directly, without a change request. */
export function canChangeControlledFields(actor: Actor): boolean {
  return can(actor, "project.controlled_fields");
}

/** A direct change by someone outside the board (an administrator) is a correction and needs a reason. */
export function needsCorrectionReason(actor: Actor): boolean {
  return can(actor, "project.controlled_fields") && !can(actor, "board.decide");
}

/** Stops a project directly: a director's decision. */
export function canStopProject(actor: Actor): boolean {
  return can(actor, "project.stop");
}

/** Files a change request: the project's owner, lead or the head of its department (administrators correct instead). */
export function canRequestProjectChange(actor: Actor, project: ProjectRef): boolean {
  return can(actor, "project.change_request", { kind: "project", ...project });
}

/** Approves or rejects a change request: directors only. */
export function canDecideProjectChange(actor: Actor): boolean {
  return can(actor, "board.decide");
}

/** An administrator: runs the portal (users, departments, settings, sessions), never the board's decisions. */
export function isAdministrator(person: { role: string }): boolean {
  return person.role === "admin";
}

/** An administrator who can sign in: the portal must always keep at least one. */
export function isActiveAdministrator(person: { role: string; active: boolean }): boolean {
  return person.active && isAdministrator(person);
}

/** Imports projects and benefits from a spreadsheet (and rolls an import back): directors and administrators. */
export function canImportPortfolio(actor: Pick<Actor, "role">): boolean {
  return grantOf(actor.role, "portfolio.import") === "always";
}

/** An import that names a department not in the portal may create it: administrators only (they manage departments). */
export function canCreateDepartmentsOnImport(actor: Actor): boolean {
  return can(actor, "portfolio.import") && can(actor, "admin.manage");
}

/** A director's import sets board-controlled figures directly; anyone else's becomes a change request. */
export function importSetsControlledFieldsDirectly(actor: Actor): boolean {
  return can(actor, "portfolio.import") && can(actor, "board.decide");
}
