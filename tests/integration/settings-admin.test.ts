import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, settings, statusReports } from "@/db/schema";
import { defaultSettings, formValueOf, isOnOff, settingDefinitions, type SettingKey } from "@/lib/domain/settings";
import { readSettingsForm } from "@/lib/queries/settings-form";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/services/errors";
import { saveSettings, staleSettingsMessage } from "@/lib/services/settings-admin";
import { proposalsForProject } from "@/lib/services/status-reports";
import { readSettings } from "@/lib/settings";
import { auditCount, form, seedWorld } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
const now = new Date("2026-11-30T10:00:00Z");

const keys = Object.keys(defaultSettings) as SettingKey[];
const storedRows = () => db().select().from(settings).orderBy(asc(settings.key)).all();
const lastAudit = () => db().select().from(auditEvents).orderBy(asc(auditEvents.id)).all().at(-1)!;

/** The form as the page renders it now, with `overrides`. */
function settingsForm(overrides: Record<string, string | number> = {}): FormData {
  const { values, version } = readSettingsForm();
  return form({ ...values, version, ...overrides });
}

function expectRefused<E extends Error>(errorClass: new (...args: never[]) => E, call: () => unknown): E {
  const before = storedRows();
  const events = auditCount(db());
  let error: unknown;
  try {
    call();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(errorClass);
  expect(storedRows()).toEqual(before);
  expect(auditCount(db())).toBe(events);
  return error as E;
}

describe("saveSettings", () => {
  it("saves changed keys, raises the version and audits old → new per key", () => {
    const { admin } = seedWorld(db());
    const result = saveSettings(admin, settingsForm({ municipalityName: "Egeby Kommune", benefitTolerance: "15", staleReportDays: "30" }), now);
    expect(result.changed.sort()).toEqual(["benefitTolerance", "municipalityName", "staleReportDays"]);
    expect(readSettings()).toMatchObject({ municipalityName: "Egeby Kommune", benefitTolerance: 0.15, staleReportDays: 30 });
    expect(readSettingsForm().version).toBe(2);
    expect(readSettingsForm().values.benefitTolerance).toBe("15");
    const event = lastAudit();
    expect(event).toMatchObject({ action: "settings.update", objectType: "settings", actorId: admin.id, outcome: "success" });
    expect(JSON.parse(event.changes!)).toEqual({
      municipalityName: { from: "Kommunen", to: "Egeby Kommune" },
      benefitTolerance: { from: 0.1, to: 0.15 },
      staleReportDays: { from: 45, to: 30 },
      version: { from: 1, to: 2 },
    });
  });

  it("accepts every key at its minimum and its maximum, and refuses just outside", () => {
    const { admin } = seedWorld(db());
    for (const key of keys) {
      const definition = settingDefinitions[key];
      if (definition.kind === "text") {
        // The roles that must use two-factor are a list of role names, so their extremes are an empty list and a long one.
        const roleList = Array(13).fill("Administrator").join(", ");
        const extremes =
          key === "requireTwoFactorRoles"
            ? ["", roleList.replace(", ", `,${" ".repeat(definition.maxLength - roleList.length + 1)}`)]
            : ["Ab", "K".repeat(definition.maxLength)];
        for (const value of extremes) saveSettings(admin, settingsForm({ [key]: value }), now);
        const error = expectRefused(ValidationError, () => saveSettings(admin, settingsForm({ [key]: "K".repeat(definition.maxLength + 1) })));
        expect(error.fieldErrors[key]).toEqual([`${definition.label} må højst være ${definition.maxLength} tegn`]);
        continue;
      }
      // Cross-field rules (red above yellow, account limit at least the pair limit) are kept by choosing the partner's extreme.
      const partner: Partial<Record<SettingKey, [SettingKey, number, number]>> = {
        timeYellowMonths: ["timeRedMonths", 36, 36],
        timeRedMonths: ["timeYellowMonths", 0, 0],
        loginMaxFailures: ["loginAccountMaxFailures", 500, 500],
        loginAccountMaxFailures: ["loginMaxFailures", 3, 3],
      };
      const extra = partner[key] ? { [partner[key][0]]: partner[key][1] } : {};
      for (const value of [definition.min, definition.max]) {
        saveSettings(admin, settingsForm({ ...extra, [key]: String(value) }), now);
        expect(readSettings()[key]).toBe(value / definition.scale);
      }
      for (const value of [definition.min - 1, definition.max + 1]) {
        const error = expectRefused(ValidationError, () => saveSettings(admin, settingsForm({ ...extra, [key]: String(value) })));
        const expected = isOnOff(definition) ? `${definition.label} skal være 0 eller 1 (1 = til, 0 = fra)` : null;
        if (expected) expect(error.fieldErrors[key]).toEqual([expected]);
        else expect(error.fieldErrors[key]?.[0]).toMatch(new RegExp(`^${definition.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} skal ligge mellem`));
      }
    }
  });

  it("refuses text in a number, decimals in a whole number, and red at or below yellow", () => {
    const { admin } = seedWorld(db());
    const error = expectRefused(ValidationError, () =>
      saveSettings(admin, settingsForm({ staleReportDays: "mange", sessionIdleHours: "1,5" })),
    );
    expect(error.fieldErrors).toEqual({
      staleReportDays: ["Statusrapport forældet efter skal være et tal (dage)"],
      sessionIdleHours: ["Log ud efter inaktivitet skal være et helt tal"],
    });
    const crossed = expectRefused(ValidationError, () => saveSettings(admin, settingsForm({ timeYellowMonths: "3", timeRedMonths: "3", loginMaxFailures: "20", loginAccountMaxFailures: "10" })));
    expect(crossed.fieldErrors).toEqual({
      timeRedMonths: ["Grænsen for rød skal være større end grænsen for gul"],
      loginAccountMaxFailures: ["Grænsen pr. konto kan ikke være lavere end grænsen pr. konto og adresse"],
    });
  });

  it("refuses a stale save and gives the newest values and version", () => {
    const { admin } = seedWorld(db());
    const opened = settingsForm({ staleReportDays: "20" });
    saveSettings(admin, settingsForm({ staleReportDays: "60" }), now);
    const error = expectRefused(ConflictError, () => saveSettings(admin, opened, now));
    expect(error.message).toBe(staleSettingsMessage);
    expect(error.current).toMatchObject({ staleReportDays: "60", version: "2" });
    expect(readSettings().staleReportDays).toBe(60);
  });

  it("saving an unchanged form writes and audits nothing", () => {
    const { admin } = seedWorld(db());
    const events = auditCount(db());
    expect(saveSettings(admin, settingsForm(), now).changed).toEqual([]);
    expect(auditCount(db())).toBe(events);
    expect(readSettingsForm().version).toBe(1);
  });

  it("refuses director, department head and staff, auditing the refusal", () => {
    const world = seedWorld(db());
    for (const actor of [world.director, world.headA, world.owner]) {
      const before = storedRows();
      expect(() => saveSettings(actor, settingsForm({ staleReportDays: "20" }))).toThrow(ForbiddenError);
      expect(storedRows()).toEqual(before);
      expect(lastAudit()).toMatchObject({ action: "settings.update", actorId: actor.id, outcome: "denied" });
    }
  });

  it("shows every stored value in form units", () => {
    seedWorld(db());
    expect(readSettingsForm().values).toEqual(Object.fromEntries(keys.map((key) => [key, formValueOf(key, defaultSettings[key])])));
  });
});

describe("thresholds change the next proposals, never frozen reports", () => {
  it("a new time threshold changes the next proposal while a published report keeps the proposal it stored", () => {
    // Baseline ends 2026-12-18; forecast two months later is yellow under the default 1/3 months.
    const world = seedWorld(db(), { forecastEnd: "2027-02-18" });
    expect(proposalsForProject(world.project.code).time?.light).toBe("yellow");
    const report = db()
      .insert(statusReports)
      .values({
        projectId: world.project.id,
        reportDate: "2026-11-01",
        authorId: world.lead.id,
        state: "published",
        publishedAt: "2026-11-01T10:00:00Z",
        timeLight: "yellow",
        timeComment: "To måneder forsinket",
        economyLight: "green",
        deliveryLight: "green",
        riskLight: "green",
        benefitsLight: "green",
        overallLight: "yellow",
        overallComment: "To måneder forsinket",
        proposals: JSON.stringify({ time: { light: "yellow", explanation: "2 måneder efter baseline" } }),
      })
      .returning()
      .get();
    saveSettings(world.admin, settingsForm({ timeYellowMonths: "3", timeRedMonths: "6" }), now);
    expect(proposalsForProject(world.project.code).time?.light).toBe("green");
    expect(db().select().from(statusReports).where(eq(statusReports.id, report.id)).get()).toEqual(report);
  });
});
