import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, settings, statusReports } from "@/db/schema";
import { auditChanges } from "@/lib/domain/audit-descriptions";
import { checkboxFieldsMarker, checkboxSettingKeys, defaultSettings, formValueOf, settingDefinitions, type SettingKey } from "@/lib/domain/settings";
import { readSettingsForm } from "@/lib/queries/settings-form";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/services/errors";
import { saveSettings, staleSettingsMessage } from "@/lib/services/settings-admin";
import { proposalsForProject } from "@/lib/services/status-reports";
import { readSettings } from "@/lib/settings";
import { auditCount, seedWorld } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
const now = new Date("2026-11-30T10:00:00Z");

const keys = Object.keys(defaultSettings) as SettingKey[];
const storedRows = () => db().select().from(settings).orderBy(asc(settings.key)).all();
const lastAudit = () => db().select().from(auditEvents).orderBy(asc(auditEvents.id)).all().at(-1)!;

type FormValue = string | number | string[];

/**
 * The form as the page posts it now, with `overrides`: a checked on/off box posts "1" and an unchecked one nothing,
 * each chosen role posts its code, and the hidden marker names the check-box settings (unless `marker` is false).
 */
function settingsForm(overrides: Record<string, FormValue> = {}, { marker = true } = {}): FormData {
  const { values, version } = readSettingsForm();
  const data = new FormData();
  if (marker) for (const key of checkboxSettingKeys) data.append(checkboxFieldsMarker, key);
  for (const [key, value] of Object.entries<FormValue>({ ...values, version, ...overrides })) {
    const kind = key in settingDefinitions ? settingDefinitions[key as SettingKey].kind : null;
    const posted = kind === "roles" && !Array.isArray(value) ? String(value).split(",").filter(Boolean) : value;
    if (kind === "switch" && posted === "0") continue;
    for (const entry of Array.isArray(posted) ? posted : [posted]) data.append(key, String(entry));
  }
  return data;
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
      // Check boxes have no range: see the tests of on/off and roles settings below.
      if (definition.kind === "switch" || definition.kind === "roles") continue;
      if (definition.kind === "text") {
        for (const value of ["Ab", "K".repeat(definition.maxLength)]) saveSettings(admin, settingsForm({ [key]: value }), now);
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
        expect(error.fieldErrors[key]?.[0]).toMatch(new RegExp(`^${definition.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} skal ligge mellem`));
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
    // Only what the save would overwrite is shown, with the version to save on.
    expect(error.current).toEqual({ staleReportDays: "60", version: "2" });
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
      expect(() => saveSettings(actor, settingsForm({ ssoJustInTime: "1", requireTwoFactorRoles: ["staff"] }))).toThrow(ForbiddenError);
      expect(storedRows()).toEqual(before);
      expect(lastAudit()).toMatchObject({ action: "settings.update", actorId: actor.id, outcome: "denied" });
    }
  });

  it("shows every stored value in form units", () => {
    seedWorld(db());
    expect(readSettingsForm().values).toEqual(Object.fromEntries(keys.map((key) => [key, formValueOf(key, defaultSettings[key])])));
  });
});

describe("check boxes: on/off settings and the roles that must use two-factor", () => {
  it("a checked box turns a setting on and an unchecked one, named by the marker, turns it off; audited as til/fra", () => {
    const { admin } = seedWorld(db());
    expect(saveSettings(admin, settingsForm({ ssoJustInTime: "1", passwordLoginAdminsOnly: "1" }), now).changed.sort()).toEqual(["passwordLoginAdminsOnly", "ssoJustInTime"]);
    expect(readSettings()).toMatchObject({ ssoJustInTime: 1, passwordLoginAdminsOnly: 1 });
    expect(readSettingsForm().values).toMatchObject({ ssoJustInTime: "1", passwordLoginAdminsOnly: "1" });

    // Unchecking posts nothing for the box; the marker says the form carried it.
    const unchecked = settingsForm({ passwordLoginAdminsOnly: "0" });
    expect(unchecked.has("passwordLoginAdminsOnly")).toBe(false);
    expect(saveSettings(admin, unchecked, now).changed).toEqual(["passwordLoginAdminsOnly"]);
    expect(readSettings()).toMatchObject({ ssoJustInTime: 1, passwordLoginAdminsOnly: 0 });
    const event = lastAudit();
    expect(JSON.parse(event.changes!)).toEqual({ passwordLoginAdminsOnly: { from: 1, to: 0 }, version: { from: 2, to: 3 } });
    expect(auditChanges(JSON.parse(event.changes!))[0]).toEqual({
      field: "passwordLoginAdminsOnly",
      label: "Kun administratorer må logge ind med adgangskode",
      from: "til",
      to: "fra",
    });
  });

  it("one box per role: the chosen roles are stored as codes in role order; none chosen requires nobody", () => {
    const { admin } = seedWorld(db());
    saveSettings(admin, settingsForm({ requireTwoFactorRoles: ["admin", "director", "admin"] }), now);
    expect(readSettings().requireTwoFactorRoles).toBe("director,admin");
    expect(readSettingsForm().values.requireTwoFactorRoles).toBe("director,admin");
    expect(auditChanges(JSON.parse(lastAudit().changes!))[0]).toEqual({
      field: "requireTwoFactorRoles",
      label: "Roller der skal bruge totrinsbekræftelse",
      from: "–",
      to: "Direktør, Administrator",
    });

    const none = settingsForm({ requireTwoFactorRoles: [] });
    expect(none.has("requireTwoFactorRoles")).toBe(false);
    expect(saveSettings(admin, none, now).changed).toEqual(["requireTwoFactorRoles"]);
    expect(readSettings().requireTwoFactorRoles).toBe("");
  });

  it("an older value written with Danish role names shows as those roles, and saving it unchanged changes nothing", () => {
    const { admin } = seedWorld(db());
    db().insert(settings).values({ key: "requireTwoFactorRoles", value: "Direktør, Administrator" }).run();
    expect(readSettingsForm().values.requireTwoFactorRoles).toBe("director,admin");
    const events = auditCount(db());
    expect(saveSettings(admin, settingsForm(), now).changed).toEqual([]);
    expect(auditCount(db())).toBe(events);
    expect(readSettings().requireTwoFactorRoles).toBe("Direktør, Administrator");
  });

  it("refuses an unknown role and an on/off value other than 1 or 0 with Danish messages, changing nothing", () => {
    const { admin } = seedWorld(db());
    const error = expectRefused(ValidationError, () =>
      saveSettings(admin, settingsForm({ requireTwoFactorRoles: ["director", "chef"], ssoJustInTime: "2", passwordLoginAdminsOnly: "ja" }), now),
    );
    expect(error.fieldErrors).toEqual({
      requireTwoFactorRoles: ["Ukendt rolle. Vælg blandt Direktør, Afdelingschef, Medarbejder og Administrator"],
      ssoJustInTime: ["Opret ukendte brugere ved single sign-on skal være slået til eller fra"],
      passwordLoginAdminsOnly: ["Kun administratorer må logge ind med adgangskode skal være slået til eller fra"],
    });
    // The Danish name is what the box shows, not what it posts.
    const label = expectRefused(ValidationError, () => saveSettings(admin, settingsForm({ requireTwoFactorRoles: ["Direktør"] }), now));
    expect(Object.keys(label.fieldErrors)).toEqual(["requireTwoFactorRoles"]);
  });

  it("without the marker, a check-box setting the post lacks is refused rather than read as off", () => {
    const { admin } = seedWorld(db());
    saveSettings(admin, settingsForm({ ssoJustInTime: "1", requireTwoFactorRoles: ["admin"] }), now);
    const error = expectRefused(ValidationError, () => saveSettings(admin, settingsForm({ ssoJustInTime: "0", requireTwoFactorRoles: [] }, { marker: false }), now));
    expect(error.fieldErrors).toEqual({
      ssoJustInTime: ["Formularen mangler opret ukendte brugere ved single sign-on; genindlæs siden"],
      passwordLoginAdminsOnly: ["Formularen mangler kun administratorer må logge ind med adgangskode; genindlæs siden"],
      requireTwoFactorRoles: ["Formularen mangler roller der skal bruge totrinsbekræftelse; genindlæs siden"],
    });
    expect(readSettings()).toMatchObject({ ssoJustInTime: 1, requireTwoFactorRoles: "admin" });
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
