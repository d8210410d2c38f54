import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, departments, settings, users } from "@/db/schema";
import { readSettingsForm } from "@/lib/queries/settings-form";
import { needsOnboarding, readOnboardingProgress } from "@/lib/queries/settings-onboarding";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/services/errors";
import type { ActingUser } from "@/lib/services/guard";
import { createDepartmentsFromLines, saveMunicipalityName, setOnboardingStep } from "@/lib/services/onboarding";
import { readSettings } from "@/lib/settings";
import { auditCount, form } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
const now = new Date("2026-11-30T10:00:00Z");

/** An installation without demo data: only the administrator made from the environment. */
function freshInstallation(): { admin: ActingUser; others: ActingUser[] } {
  const insert = (email: string, role: "admin" | "director" | "department_head" | "staff") =>
    db().insert(users).values({ name: email, email, role, passwordHash: "x" }).returning({ id: users.id, role: users.role, departmentId: users.departmentId }).get();
  return { admin: insert("it@kommune.dk", "admin"), others: [insert("d@kommune.dk", "director"), insert("h@kommune.dk", "department_head"), insert("s@kommune.dk", "staff")] };
}

const lastAudit = () => db().select().from(auditEvents).orderBy(asc(auditEvents.id)).all().at(-1)!;
const state = () => ({ settings: db().select().from(settings).orderBy(asc(settings.key)).all(), departments: db().select().from(departments).all() });

describe("first-run onboarding", () => {
  it("sends the admin of an installation without departments there until every step is done or skipped", () => {
    const { admin, others } = freshInstallation();
    expect(needsOnboarding(admin)).toBe(true);
    for (const other of others) expect(needsOnboarding(other)).toBe(false);

    saveMunicipalityName(admin, form({ municipalityName: "Egeby Kommune" }), now);
    expect(readSettings().municipalityName).toBe("Egeby Kommune");
    expect(readSettingsForm().version).toBe(2);
    setOnboardingStep(admin, form({ step: "departments", state: "skipped" }), now);
    setOnboardingStep(admin, form({ step: "users", state: "skipped" }), now);
    expect(needsOnboarding(admin)).toBe(true);
    setOnboardingStep(admin, form({ step: "goals", state: "skipped" }), now);
    expect(readOnboardingProgress()).toEqual({ municipality: "done", departments: "skipped", users: "skipped", goals: "skipped" });
    expect(needsOnboarding(admin)).toBe(false);
    expect(lastAudit()).toMatchObject({ action: "onboarding.step", outcome: "success" });
    expect(JSON.parse(lastAudit().changes!)).toEqual({ step: "goals", state: { from: "open", to: "skipped" } });

    // A skipped step can be returned to.
    setOnboardingStep(admin, form({ step: "departments", state: "open" }), now);
    expect(needsOnboarding(admin)).toBe(true);
  });

  it("refuses a name made on a form that showed another than the one saved meanwhile, changing nothing; saved again on the newer one, it is kept", () => {
    const { admin } = freshInstallation();
    const shownName = readSettings().municipalityName;
    saveMunicipalityName(admin, form({ municipalityName: "Egeby Kommune", shownName }), now);
    const before = state();
    const events = auditCount(db());
    let refusal: unknown;
    try {
      saveMunicipalityName(admin, form({ municipalityName: "Egebyg Kommune", shownName }), now);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ConflictError);
    expect((refusal as ConflictError).current).toEqual({ municipalityName: "Egeby Kommune" });
    expect(state()).toEqual(before);
    expect(auditCount(db())).toBe(events);

    saveMunicipalityName(admin, form({ municipalityName: "Egeby Kommune", shownName }), now);
    saveMunicipalityName(admin, form({ municipalityName: "Egebyg Kommune", shownName: "Egeby Kommune" }), now);
    expect(readSettings().municipalityName).toBe("Egebyg Kommune");
  });

  it("creates the departments typed one per line, with short names, audited, and marks the step done", () => {
    const { admin } = freshInstallation();
    const { created } = createDepartmentsFromLines(admin, form({ departments: "Social og Sundhed\n\n  Børn og Unge  \r\nØkonomi" }), now);
    expect(created).toBe(3);
    expect(db().select({ name: departments.name, shortName: departments.shortName, kind: departments.kind }).from(departments).orderBy(asc(departments.id)).all()).toEqual([
      { name: "Social og Sundhed", shortName: "SOS", kind: "area" },
      { name: "Børn og Unge", shortName: "BOU", kind: "area" },
      { name: "Økonomi", shortName: "ØKO", kind: "area" },
    ]);
    expect(db().select().from(auditEvents).where(eq(auditEvents.action, "department.create")).all()).toHaveLength(3);
    expect(readOnboardingProgress().departments).toBe("done");
    expect(needsOnboarding(admin)).toBe(false);
  });

  it("refuses empty, repeated or existing names and a too short municipality name, changing nothing", () => {
    const { admin } = freshInstallation();
    createDepartmentsFromLines(admin, form({ departments: "Økonomi" }), now);
    const cases: [() => unknown, string, string][] = [
      [() => createDepartmentsFromLines(admin, form({ departments: " \n " })), "departments", "Skriv mindst én afdeling"],
      [() => createDepartmentsFromLines(admin, form({ departments: "Kultur\nkultur" })), "departments", "Samme navn står flere gange"],
      [() => createDepartmentsFromLines(admin, form({ departments: "Kultur\nøkonomi" })), "departments", "Findes allerede: økonomi"],
      [() => saveMunicipalityName(admin, form({ municipalityName: "E" })), "municipalityName", "Kommunens navn skal være mindst 2 tegn"],
      [() => setOnboardingStep(admin, form({ step: "payroll", state: "done" })), "step", "Ukendt trin"],
    ];
    for (const [call, field, message] of cases) {
      const before = state();
      const events = auditCount(db());
      let error: unknown;
      try {
        call();
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors[field]).toEqual([message]);
      expect(state()).toEqual(before);
      expect(auditCount(db())).toBe(events);
    }
  });

  it("refuses director, department head and staff on every step", () => {
    const { others } = freshInstallation();
    for (const actor of others) {
      const before = state();
      expect(() => saveMunicipalityName(actor, form({ municipalityName: "Egeby Kommune" }))).toThrow(ForbiddenError);
      expect(lastAudit()).toMatchObject({ action: "settings.update", actorId: actor.id, outcome: "denied" });
      expect(() => createDepartmentsFromLines(actor, form({ departments: "Kultur" }))).toThrow(ForbiddenError);
      expect(lastAudit()).toMatchObject({ action: "department.create", actorId: actor.id, outcome: "denied" });
      expect(() => setOnboardingStep(actor, form({ step: "users", state: "skipped" }))).toThrow(ForbiddenError);
      expect(lastAudit()).toMatchObject({ action: "onboarding.step", actorId: actor.id, outcome: "denied" });
      expect(state()).toEqual(before);
    }
  });
});
