import { asc } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { departments, settings, users } from "@/db/schema";
import { readSettingsForm } from "@/lib/queries/settings-form";
import { createDepartment } from "@/lib/services/departments";
import { ForbiddenError, ValidationError } from "@/lib/services/errors";
import type { ActingUser } from "@/lib/services/guard";
import { createDepartmentsFromLines, saveMunicipalityName } from "@/lib/services/onboarding";
import { saveSettings } from "@/lib/services/settings-admin";
import { form } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

// Names (of departments, of the municipality) and the text settings never contain markup: the bad-input sweep found
// that a script payload was stored as the municipality's name or a department's. Such input is now refused.

const db = withTempDatabase();
const now = new Date("2026-11-30T10:00:00Z");
const payload = "<script>alert(1)</script>";

function actors(): { admin: ActingUser; director: ActingUser } {
  const insert = (email: string, role: "admin" | "director") =>
    db().insert(users).values({ name: email, email, role, passwordHash: "x" }).returning({ id: users.id, role: users.role, departmentId: users.departmentId }).get();
  return { admin: insert("it@kommune.dk", "admin"), director: insert("d@kommune.dk", "director") };
}

const state = () => ({ settings: db().select().from(settings).orderBy(asc(settings.key)).all(), departments: db().select().from(departments).all() });

/** Runs `call`, expects a ValidationError, and that nothing changed; returns its field errors. */
function refused(call: () => unknown): Record<string, string[]> {
  const before = state();
  let error: unknown;
  try {
    call();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ValidationError);
  expect(state()).toEqual(before);
  return (error as ValidationError).fieldErrors;
}

describe("names without markup", () => {
  it("refuses a municipality name with < or >, in onboarding and in the settings form, and keeps a plain one", () => {
    const { admin } = actors();
    expect(refused(() => saveMunicipalityName(admin, form({ municipalityName: payload }), now)).municipalityName).toEqual([
      "Kommunens navn må ikke indeholde < eller >",
    ]);
    const { values, version } = readSettingsForm();
    expect(refused(() => saveSettings(admin, form({ ...values, version, municipalityName: '"><img src=x onerror=alert(1)>' }), now)).municipalityName).toEqual([
      "Kommunens navn må ikke indeholde < eller >",
    ]);
    saveMunicipalityName(admin, form({ municipalityName: "Egeby Kommune" }), now);
    expect(state().settings.find((row) => row.key === "municipalityName")?.value).toContain("Egeby Kommune");
  });

  it("refuses a department name or short name with < or >, one by one and typed as lines", () => {
    const { admin } = actors();
    expect(refused(() => createDepartment(admin, form({ name: payload, shortName: "SOC", kind: "area" }), now)).name).toEqual([
      "Navnet må ikke indeholde < eller >",
    ]);
    expect(refused(() => createDepartment(admin, form({ name: "Social og Sundhed", shortName: "<b>", kind: "area" }), now)).shortName).toEqual([
      "Forkortelsen må ikke indeholde < eller >",
    ]);
    const lines = refused(() => createDepartmentsFromLines(admin, form({ departments: `Social og Sundhed\n${payload}` }), now));
    expect(Object.values(lines).flat()).toContain("Et navn må ikke indeholde < eller >");
    createDepartmentsFromLines(admin, form({ departments: "Social og Sundhed\nBørn & Unge" }), now);
    expect(state().departments.map((row) => row.name).sort()).toEqual(["Børn & Unge", "Social og Sundhed"]);
  });

  it("still refuses a director before looking at the name", () => {
    const { director } = actors();
    expect(() => saveMunicipalityName(director, form({ municipalityName: payload }), now)).toThrow(ForbiddenError);
    expect(state().settings.find((row) => row.key === "municipalityName")).toBeUndefined();
  });
});
