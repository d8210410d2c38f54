import { describe, expect, it } from "vitest";
import { type Role, roles } from "@/lib/codes";
import {
  can,
  canEver,
  canUsePicker,
  capabilities,
  capabilityTable,
  defaultDepartmentFor,
  experimentResource,
  isBoardMember,
  isEligibleSponsor,
  isEligibleZoneLead,
  type Actor,
  type Resource,
} from "@/lib/permissions";

const actor = (role: Role, id = 10, departmentId: number | null = 1): Actor => ({ id, role, departmentId });

// Project 1 of department 1, owned by user 20 and led by user 30.
const project: Resource = { kind: "project", departmentId: 1, ownerId: 20, leadId: 30 };
// Zone sponsored by director 1, led by 2, with member 3.
const zoneRef = { sponsorId: 1, leadId: 2, memberIds: [3] };
const zone: Resource = { kind: "zone", ...zoneRef };
// Experiment created by 4 in that zone.
const experiment = experimentResource(zoneRef, { createdById: 4 });

describe("the table is complete and consistent with its rules", () => {
  it("has a grant for every capability and role", () => {
    expect(Object.keys(capabilityTable).sort()).toEqual([...capabilities].sort());
    for (const capability of capabilities) expect(Object.keys(capabilityTable[capability]).sort()).toEqual([...roles].sort());
  });

  it("without a resource only an outright grant says yes", () => {
    expect(can(actor("director"), "gate.decide")).toBe(true);
    expect(can(actor("department_head"), "project.edit")).toBe(false);
    expect(can(actor("staff"), "idea.triage")).toBe(false);
    expect(canEver(actor("staff"), "idea.triage")).toBe(true);
  });

  it("a resource of the wrong kind is refused, never guessed", () => {
    expect(can(actor("department_head", 10, 1), "project.edit", { kind: "department", departmentId: 1 })).toBe(false);
    expect(can(actor("staff", 2), "zone.edit", project)).toBe(false);
    expect(can(actor("staff", 4), "experiment.manage", zone)).toBe(false);
  });
});

describe("projects", () => {
  it("a department head creates only in their own department; staff never; directors and admins anywhere", () => {
    expect(can(actor("department_head", 10, 1), "project.create", { kind: "department", departmentId: 1 })).toBe(true);
    expect(can(actor("department_head", 10, 1), "project.create", { kind: "department", departmentId: 2 })).toBe(false);
    expect(can(actor("department_head", 10, null), "project.create", { kind: "department", departmentId: 1 })).toBe(false);
    expect(can(actor("staff", 10, 1), "project.create", { kind: "department", departmentId: 1 })).toBe(false);
    expect(can(actor("director", 10, null), "project.create", { kind: "department", departmentId: 7 })).toBe(true);
    expect(can(actor("admin", 10, null), "project.create", { kind: "department", departmentId: 7 })).toBe(true);
  });

  it("the head of another department may not edit, unless they own or lead the project", () => {
    expect(can(actor("department_head", 10, 1), "project.edit", project)).toBe(true);
    expect(can(actor("department_head", 10, 2), "project.edit", project)).toBe(false);
    expect(can(actor("department_head", 20, 2), "project.edit", project)).toBe(true);
    expect(can(actor("department_head", 30, 2), "project.edit", project)).toBe(true);
  });

  it("staff edit as owner or lead, whatever their department; an outsider in the same department may not", () => {
    expect(can(actor("staff", 20, 5), "project.edit", project)).toBe(true);
    expect(can(actor("staff", 30, 5), "project.edit", project)).toBe(true);
    expect(can(actor("staff", 99, 1), "project.edit", project)).toBe(false);
  });

  it("admins edit every project but never request a gate, even as owner", () => {
    expect(can(actor("admin", 99), "project.edit", project)).toBe(true);
    expect(can(actor("admin", 20), "gate.request", { kind: "project", departmentId: 1, ownerId: 20, leadId: 30 })).toBe(false);
    expect(can(actor("staff", 30), "gate.request", project)).toBe(true);
    expect(can(actor("staff", 31), "gate.request", project)).toBe(false);
  });

  it("only directors decide gates and stop projects, even when they are the project's own lead", () => {
    expect(can(actor("director"), "gate.decide")).toBe(true);
    expect(can(actor("director"), "project.stop", project)).toBe(true);
    for (const role of ["department_head", "staff", "admin"] as Role[]) {
      expect(can(actor(role, 30, 1), "gate.decide", project)).toBe(false);
      expect(can(actor(role, 30, 1), "project.stop", project)).toBe(false);
    }
  });

  it("board-controlled figures: directors and admins; never the owner, lead or the department's head", () => {
    expect(can(actor("director"), "project.controlled_fields", project)).toBe(true);
    expect(can(actor("admin"), "project.controlled_fields", project)).toBe(true);
    expect(can(actor("staff", 30), "project.controlled_fields", project)).toBe(false);
    expect(can(actor("staff", 20), "project.controlled_fields", project)).toBe(false);
    expect(can(actor("department_head", 10, 1), "project.controlled_fields", project)).toBe(false);
  });
});

describe("benefit measurements", () => {
  const benefit: Resource = { kind: "benefit", ownerId: 40, project: { departmentId: 1, ownerId: 20, leadId: 30 } };

  it("the benefit owner records whatever their role (but an admin never); staff also as project lead, not as owner", () => {
    expect(can(actor("staff", 40, 9), "benefit.measure", benefit)).toBe(true);
    expect(can(actor("department_head", 40, 9), "benefit.measure", benefit)).toBe(true);
    expect(can(actor("staff", 30, 9), "benefit.measure", benefit)).toBe(true);
    expect(can(actor("staff", 20, 9), "benefit.measure", benefit)).toBe(false);
    expect(can(actor("admin", 40), "benefit.measure", benefit)).toBe(false);
  });

  it("a department head records in their own department only, and not merely as project lead", () => {
    expect(can(actor("department_head", 10, 1), "benefit.measure", benefit)).toBe(true);
    expect(can(actor("department_head", 10, 2), "benefit.measure", benefit)).toBe(false);
    expect(can(actor("department_head", 30, 2), "benefit.measure", benefit)).toBe(false);
  });

  it("a measurement is corrected by the one who recorded it, up to 7 days later; not even a director corrects another's", () => {
    const recordedAt = "2026-11-01T12:00:00.000Z";
    const measurement = (now: string): Resource => ({ kind: "measurement", recordedById: 40, createdAt: recordedAt, now: new Date(now), correctionDays: 7 });
    expect(can(actor("staff", 40), "benefit.correct_measurement", measurement("2026-11-08T12:00:00.000Z"))).toBe(true);
    expect(can(actor("staff", 40), "benefit.correct_measurement", measurement("2026-11-08T12:00:00.001Z"))).toBe(false);
    expect(can(actor("director", 41), "benefit.correct_measurement", measurement("2026-11-02T12:00:00.000Z"))).toBe(false);
    expect(can(actor("admin", 40), "benefit.correct_measurement", measurement("2026-11-02T12:00:00.000Z"))).toBe(false);
  });
});

describe("zones", () => {
  it("the sponsor director edits the zone, another director does not; the lead edits whatever their role", () => {
    expect(can(actor("director", 1), "zone.edit", zone)).toBe(true);
    expect(can(actor("director", 5), "zone.edit", zone)).toBe(false);
    expect(can(actor("staff", 2), "zone.edit", zone)).toBe(true);
    expect(can(actor("department_head", 2), "zone.edit", zone)).toBe(true);
    expect(can(actor("staff", 3), "zone.edit", zone)).toBe(false);
    expect(can(actor("admin", 99), "zone.edit", zone)).toBe(true);
  });

  it("the frame and sponsor move only by the sponsor director or an admin, never by the zone lead", () => {
    expect(can(actor("director", 1), "zone.frame", zone)).toBe(true);
    expect(can(actor("director", 5), "zone.frame", zone)).toBe(false);
    expect(can(actor("staff", 2), "zone.frame", zone)).toBe(false);
    expect(can(actor("department_head", 1), "zone.frame", zone)).toBe(false);
    expect(can(actor("admin", 99), "zone.frame", zone)).toBe(true);
  });

  it("members and the lead create experiments; a non-member department head does not; admins never, even as members", () => {
    expect(can(actor("staff", 3), "experiment.create", zone)).toBe(true);
    expect(can(actor("staff", 2), "experiment.create", zone)).toBe(true);
    expect(can(actor("staff", 4), "experiment.create", zone)).toBe(false);
    expect(can(actor("department_head", 4), "experiment.create", zone)).toBe(false);
    expect(can(actor("director", 9), "experiment.create", zone)).toBe(true);
    expect(can(actor("admin", 3), "experiment.create", zone)).toBe(false);
  });
});

describe("experiments", () => {
  it("its creator, the zone lead and the sponsor start and finish it; another director and admins do not", () => {
    expect(can(actor("staff", 4), "experiment.manage", experiment)).toBe(true);
    expect(can(actor("staff", 2), "experiment.manage", experiment)).toBe(true);
    expect(can(actor("director", 1), "experiment.manage", experiment)).toBe(true);
    expect(can(actor("director", 5), "experiment.manage", experiment)).toBe(false);
    expect(can(actor("staff", 3), "experiment.manage", experiment)).toBe(false);
    expect(can(actor("admin", 4), "experiment.manage", experiment)).toBe(false);
  });

  it("an over-frame experiment is decided by the zone's sponsor only, not another director nor the zone lead", () => {
    expect(can(actor("director", 1), "experiment.decide", experiment)).toBe(true);
    expect(can(actor("director", 5), "experiment.decide", experiment)).toBe(false);
    expect(can(actor("staff", 2), "experiment.decide", experiment)).toBe(false);
    expect(can(actor("admin", 1), "experiment.decide", experiment)).toBe(false);
  });

  it("any director or the zone lead promotes it; its creator alone does not; admins never", () => {
    expect(can(actor("director", 5), "experiment.promote", experiment)).toBe(true);
    expect(can(actor("department_head", 2), "experiment.promote", experiment)).toBe(true);
    expect(can(actor("staff", 4), "experiment.promote", experiment)).toBe(false);
    expect(can(actor("admin", 2), "experiment.promote", experiment)).toBe(false);
  });
});

describe("share links", () => {
  it("a finished experiment's learning: its creator, zone lead, sponsor and any director; not a zone member", () => {
    expect(can(actor("staff", 4), "share.manage", experiment)).toBe(true);
    expect(can(actor("staff", 2), "share.manage", experiment)).toBe(true);
    expect(can(actor("director", 5), "share.manage", experiment)).toBe(true);
    expect(can(actor("staff", 3), "share.manage", experiment)).toBe(false);
    expect(can(actor("department_head", 99), "share.manage", experiment)).toBe(false);
    expect(can(actor("admin", 99), "share.manage", experiment)).toBe(false);
  });

  it("a closed project's learning: whoever may edit the project, admins included", () => {
    expect(can(actor("staff", 30), "share.manage", project)).toBe(true);
    expect(can(actor("department_head", 10, 2), "share.manage", project)).toBe(false);
    expect(can(actor("admin", 99), "share.manage", project)).toBe(true);
  });
});

describe("ideas", () => {
  it("staff triage only while they lead an active zone; department heads always; admins never", () => {
    expect(can(actor("staff"), "idea.triage", { kind: "idea_box", leadsActiveZone: true })).toBe(true);
    expect(can(actor("staff"), "idea.triage", { kind: "idea_box", leadsActiveZone: false })).toBe(false);
    expect(can(actor("department_head"), "idea.triage", { kind: "idea_box", leadsActiveZone: false })).toBe(true);
    expect(can(actor("admin"), "idea.triage", { kind: "idea_box", leadsActiveZone: true })).toBe(false);
  });

  it("a staff zone lead sends an idea to experiment only in a zone they lead or belong to", () => {
    expect(can(actor("staff", 2), "idea.triage", zone)).toBe(true);
    expect(can(actor("staff", 3), "idea.triage", zone)).toBe(true);
    expect(can(actor("staff", 2), "idea.triage", { kind: "zone", sponsorId: 1, leadId: 8, memberIds: [9] })).toBe(false);
    expect(can(actor("department_head", 77), "idea.triage", zone)).toBe(true);
  });
});

describe("meetings", () => {
  const draft: Resource = { kind: "meeting", agendaPublished: false };
  const published: Resource = { kind: "meeting", agendaPublished: true };

  it("directors see drafts; department heads and admins only published agendas; staff never", () => {
    expect(can(actor("director"), "meeting.read", draft)).toBe(true);
    for (const role of ["department_head", "admin"] as Role[]) {
      expect(can(actor(role), "meeting.read", draft)).toBe(false);
      expect(can(actor(role), "meeting.read", published)).toBe(true);
    }
    expect(can(actor("staff"), "meeting.read", published)).toBe(false);
    expect(canEver(actor("staff"), "meeting.read")).toBe(false);
  });

  it("only a participating director approves the minutes", () => {
    const meeting: Resource = { kind: "meeting", agendaPublished: true, participantIds: [1, 2] };
    expect(can(actor("director", 1), "minutes.approve", meeting)).toBe(true);
    expect(can(actor("director", 5), "minutes.approve", meeting)).toBe(false);
    expect(can(actor("admin", 1), "minutes.approve", meeting)).toBe(false);
    expect(can(actor("director", 1), "minutes.approve", { kind: "meeting", agendaPublished: true })).toBe(false);
  });

  it("admins read everything but never take business decisions", () => {
    for (const capability of ["gate.decide", "board.decide", "meeting.manage", "experiment.decide", "project.stop"] as const) {
      expect(canEver(actor("admin"), capability)).toBe(false);
    }
    expect(can(actor("admin"), "portfolio.read")).toBe(true);
  });
});

describe("people filters", () => {
  it("sponsors and board members are directors; anyone but an admin leads a zone", () => {
    expect(roles.filter((role) => isEligibleSponsor({ role }))).toEqual(["director"]);
    expect(roles.filter((role) => isBoardMember({ role }))).toEqual(["director"]);
    expect(roles.filter((role) => isEligibleZoneLead({ role })).sort()).toEqual(["department_head", "director", "staff"]);
  });

  it("a new project starts in a department head's own department, for others in none", () => {
    expect(defaultDepartmentFor(actor("department_head", 10, 4))).toBe(4);
    expect(defaultDepartmentFor(actor("staff", 10, 4))).toBeNull();
    expect(defaultDepartmentFor(actor("director", 10, 4))).toBeNull();
  });
});

describe("search pickers", () => {
  it("every role uses some form that lists people (its own projects or zones) and the outlook form that lists projects", () => {
    for (const role of roles) {
      expect(canUsePicker({ role }, "people")).toBe(true);
      expect(canUsePicker({ role }, "projects")).toBe(true);
    }
  });

  it("the picker follows the forms' capabilities: without them, no list", () => {
    const withoutForms = Object.fromEntries(roles.map((role) => [role, "never"])) as Record<Role, "never">;
    const saved = { ...capabilityTable };
    try {
      for (const capability of ["project.create", "project.edit", "zone.create", "zone.edit", "idea.participate"] as const) capabilityTable[capability] = withoutForms;
      expect(canUsePicker({ role: "staff" }, "people")).toBe(false);
      expect(canUsePicker({ role: "staff" }, "projects")).toBe(false);
    } finally {
      Object.assign(capabilityTable, saved);
    }
  });
});
