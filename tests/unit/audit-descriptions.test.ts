import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  auditChanges,
  auditEntityHref,
  auditEntityLabel,
  describeAuditAction,
  describedAuditActions,
  parseAuditChanges,
} from "@/lib/domain/audit-descriptions";

/** Every `action: "…"` code written in the application's source. */
function actionCodesInSource(): string[] {
  const codes = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name)) {
        const text = fs.readFileSync(file, "utf8");
        for (const match of text.matchAll(/\baction: "([a-z_]+\.[a-z_]+)"/g)) codes.add(match[1]);
        for (const match of text.matchAll(/\? "([a-z_]+\.[a-z_]+)" : "([a-z_]+\.[a-z_]+)"/g)) codes.add(match[1]).add(match[2]);
        for (const match of text.matchAll(/\baudit\(\w+, \w+, "([a-z_]+\.[a-z_]+)"/g)) codes.add(match[1]);
      }
    }
  };
  for (const dir of ["app", "lib", "db", "scripts"]) walk(path.resolve(dir));
  return [...codes].sort();
}

describe("describeAuditAction", () => {
  it("has a Danish description for every action code the application records", () => {
    const codes = actionCodesInSource();
    expect(codes.length).toBeGreaterThan(50);
    expect(codes.filter((code) => !describedAuditActions.includes(code))).toEqual([]);
  });

  it("says how the attempt ended", () => {
    expect(describeAuditAction("project.update")).toBe("Ændrede et projekt");
    expect(describeAuditAction("account.password_change", "failure")).toBe("Skiftede sin adgangskode (mislykkedes)");
    expect(describeAuditAction("login.failure", "failure")).toBe("Mislykket login");
    expect(describeAuditAction("login.lockout", "denied")).toBe("Kontoen blev midlertidigt låst efter for mange forsøg");
    expect(describeAuditAction("admin.session_end", "denied")).toBe("Afsluttede en session (afvist: manglende rettighed)");
  });

  it("reads a refusal recorded under a capability as what was attempted, and never hides an unknown code", () => {
    expect(describeAuditAction("admin.manage", "denied")).toBe("Forsøgte at administrere Styrerum (afvist: manglende rettighed)");
    expect(describeAuditAction("something.new")).toBe("Handling: something.new");
  });
});

describe("auditChanges", () => {
  it("lists each field stored as old → new with its Danish label", () => {
    expect(auditChanges({ title: { from: "Gammel", to: "Ny" }, spentKr: { from: 10, to: 20 }, benefitId: 4 })).toEqual([
      { field: "title", label: "Titel", from: "Gammel", to: "Ny" },
      { field: "spentKr", label: "Forbrugt", from: "10", to: "20" },
    ]);
  });

  it("reads a phase change as Danish phase names and shows empty values as a dash", () => {
    expect(auditChanges({ from: "analysis", to: "implementation", reason: "x" })).toEqual([{ field: "state", label: "Fra → til", from: "Analyse", to: "Implementering" }]);
    expect(auditChanges({ role: { from: "staff", to: "department_head" }, title: { from: "", to: null } })).toEqual([
      { field: "role", label: "Rolle", from: "Medarbejder", to: "Afdelingschef" },
      { field: "title", label: "Titel", from: "–", to: "–" },
    ]);
  });

  it("shows the details of an event that changed nothing in place, such as a creation or a merge", () => {
    expect(auditChanges({ name: "Ida Holm", role: "staff", departmentId: 3, linkExpiresAt: "2026-12-05T09:00:00.000Z" }, "user.create")).toEqual([
      { field: "name", label: "Navn", from: null, to: "Ida Holm" },
      { field: "role", label: "Rolle", from: null, to: "Medarbejder" },
      { field: "linkExpiresAt", label: "Link gælder til", from: null, to: "2026-12-05T09:00:00.000Z" },
    ]);
    expect(auditChanges({ from: { id: 11, name: "Testafdeling" }, into: { id: 7, name: "Borgerservice" }, moved: { users: 4, projects: 0 } }, "department.merge")).toEqual([
      { field: "from", label: "Fra", from: null, to: "Testafdeling" },
      { field: "into", label: "Lagt sammen med", from: null, to: "Borgerservice" },
      { field: "moved", label: "Flyttet", from: null, to: "brugere 4, projekter 0" },
    ]);
  });

  it("shows withdrawn minutes approvals and a lost headship in Danish", () => {
    expect(auditChanges({ agendaItemId: 3, minutesApprovals: { from: 2, to: 0 }, headOf: { from: "Social og Sundhed", to: null } })).toEqual([
      { field: "minutesApprovals", label: "Godkendelser af referatet", from: "2", to: "0" },
      { field: "headOf", label: "Afdelingschef for", from: "Social og Sundhed", to: "–" },
    ]);
  });

  it("reads an edited test card and a deleted draft in Danish", () => {
    expect(describeAuditAction("experiment.update")).toBe("Rettede testkortet for et forsøg");
    expect(describeAuditAction("experiment.delete", "denied")).toBe("Slettede en kladde til et forsøg (afvist: manglende rettighed)");
    expect(auditChanges({ experimentId: 7, moneyAtRiskKr: { from: 400000, to: 40000 }, periodEnd: { from: "2026-05-31", to: "2026-06-30" } })).toEqual([
      { field: "moneyAtRiskKr", label: "Beløb på spil", from: "400000", to: "40000" },
      { field: "periodEnd", label: "Slutdato", from: "2026-05-31", to: "2026-06-30" },
    ]);
  });

  it("has nothing to show for events without details", () => {
    expect(auditChanges(null)).toEqual([]);
    expect(auditChanges({})).toEqual([]);
    expect(auditChanges({ benefitId: 4, value: 12 }, "benefit.measure")).toEqual([]);
    expect(auditChanges({ sessions: 2 }, "user.deactivate")).toEqual([{ field: "sessions", label: "Afsluttede sessioner", from: null, to: "2" }]);
  });
});

describe("parseAuditChanges", () => {
  it("parses a JSON object and treats anything else as no details", () => {
    expect(parseAuditChanges('{"a":1}')).toEqual({ a: 1 });
    expect(parseAuditChanges("[1,2]")).toBeNull();
    expect(parseAuditChanges("ikke json")).toBeNull();
    expect(parseAuditChanges(null)).toBeNull();
  });
});

describe("auditEntityHref", () => {
  it("links an event to its entity's page where it has one", () => {
    expect(auditEntityHref("project", "DIG-2026-014")).toBe("/projects/DIG-2026-014");
    expect(auditEntityHref("zone", "borgerservice-ai")).toBe("/zones/borgerservice-ai");
    expect(auditEntityHref("zone", "borgerservice-ai", { experimentId: 12 })).toBe("/experiments/12");
    expect(auditEntityHref("meeting", "3")).toBe("/meetings/3");
    expect(auditEntityHref("idea", "8")).toBe("/ideas/8");
    expect(auditEntityHref("experiment", "5")).toBe("/experiments/5");
    expect(auditEntityHref("strategy_goal", "2")).toBe("/strategy/2/edit");
    expect(auditEntityHref("user", "4")).toBe("/admin/users/4");
    expect(auditEntityHref("user", null)).toBe("/admin/users");
    expect(auditEntityHref("department", null)).toBe("/admin/departments");
  });

  it("gives no link for entities without a page or for ids that are not what the route expects", () => {
    expect(auditEntityHref("route", "/admin/users")).toBeNull();
    expect(auditEntityHref("meeting", "3; drop")).toBeNull();
    expect(auditEntityHref("project", "../admin")).toBeNull();
    expect(auditEntityHref(null, null)).toBeNull();
  });

  it("names entity types in Danish", () => {
    expect(auditEntityLabel("strategy_goal")).toBe("Strategisk mål");
    expect(auditEntityLabel("unknown_kind")).toBe("unknown_kind");
    expect(auditEntityLabel(null)).toBe("–");
  });
});
