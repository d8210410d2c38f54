import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, notificationPreferences, users } from "@/db/schema";
import { notificationKinds } from "@/lib/codes";
import { getMailPreferences } from "@/lib/queries/mail-preferences";
import { ForbiddenError, ValidationError } from "@/lib/services/errors";
import { saveMailPreferences } from "@/lib/services/mail-preferences";
import { withDemoDatabase } from "./temp-database";
import { demoUser } from "./mail-fixtures";

const db = withDemoDatabase();

const allKinds = (delivery: string, overrides: Record<string, string> = {}) => ({
  ...Object.fromEntries(notificationKinds.map((kind) => [kind, delivery])),
  ...overrides,
});

const savedRows = (userId: number) => db().select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId)).all();

const auditOf = (action: string, outcome: "success" | "denied") =>
  db().select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.outcome, outcome))).all();

describe("mail preferences", () => {
  it("start from the role's defaults", () => {
    const director = demoUser("director");
    const staff = demoUser("staff");
    expect(getMailPreferences(director.id, director.role).preferences).toMatchObject({ decision_made: "immediate", minutes_ready: "immediate", overdue: "daily" });
    expect(getMailPreferences(staff.id, staff.role).preferences).toMatchObject({ overdue: "immediate", department_request: "weekly" });
    expect(savedRows(staff.id)).toEqual([]);
  });

  it("are saved for oneself, audited with what changed", () => {
    const staff = demoUser("staff");
    saveMailPreferences(staff, allKinds("weekly", { overdue: "off", decision_made: "immediate" }));
    const { preferences } = getMailPreferences(staff.id, staff.role);
    expect(preferences.overdue).toBe("off");
    expect(preferences.decision_made).toBe("immediate");
    expect(preferences.agenda_published).toBe("weekly");
    expect(savedRows(staff.id)).toHaveLength(notificationKinds.length);
    const [event] = auditOf("account.mail_preferences_update", "success");
    expect(event.actorId).toBe(staff.id);
    expect(JSON.parse(event.changes ?? "{}")).toMatchObject({ overdue: { from: "immediate", to: "off" }, agenda_published: { from: "immediate", to: "weekly" } });
    expect(JSON.parse(event.changes ?? "{}")).not.toHaveProperty("decision_made");
  });

  it("refuse an unknown delivery or a missing kind, and change nothing", () => {
    const staff = demoUser("staff");
    expect(() => saveMailPreferences(staff, allKinds("daily", { overdue: "sometimes" }))).toThrow(ValidationError);
    const withoutOne: Record<string, string> = allKinds("daily");
    delete withoutOne.minutes_ready;
    try {
      saveMailPreferences(staff, withoutOne);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors.minutes_ready).toEqual(["Vælg hvordan du vil have besked"]);
    }
    expect(savedRows(staff.id)).toEqual([]);
  });

  it("refuse another user's preferences, audited as denied, and change nothing", () => {
    const staff = demoUser("staff");
    const director = demoUser("director");
    expect(() => saveMailPreferences(staff, { ...allKinds("off"), userId: String(director.id) })).toThrow(ForbiddenError);
    expect(savedRows(director.id)).toEqual([]);
    expect(savedRows(staff.id)).toEqual([]);
    expect(auditOf("account.mail_preferences_update", "denied")).toHaveLength(1);
  });

  it("refuse a deactivated account", () => {
    const staff = demoUser("staff");
    db().update(users).set({ active: false }).where(eq(users.id, staff.id)).run();
    expect(() => saveMailPreferences(staff, allKinds("off"))).toThrow(ForbiddenError);
    expect(savedRows(staff.id)).toEqual([]);
  });
});
