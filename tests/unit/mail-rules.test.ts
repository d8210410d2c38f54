import { describe, expect, it } from "vitest";
import { mailDeliveries, notificationKinds, roles } from "@/lib/codes";
import { parseMailConfig, ConfigError, parseConfig } from "@/lib/config";
import { firstDigestStart, latestDuePeriod, zonedHourToInstant } from "@/lib/domain/digest-periods";
import { defaultMailPreferences, effectiveMailPreferences, kindsWithDelivery } from "@/lib/domain/mail-preferences";
import { maxMailAttempts, nextMailAttempt } from "@/lib/domain/mail-retry";

describe("mail preference defaults", () => {
  it("give every role a delivery for every kind", () => {
    for (const role of roles) {
      const defaults = defaultMailPreferences(role);
      for (const kind of notificationKinds) expect(mailDeliveries).toContain(defaults[kind]);
    }
  });

  it("send directors decisions, minutes and agendas at once and the rest daily", () => {
    const director = defaultMailPreferences("director");
    expect(kindsWithDelivery(director, "immediate").sort()).toEqual(["agenda_published", "decision_made", "minutes_ready"]);
    expect(kindsWithDelivery(director, "daily").sort()).toEqual(["department_request", "idea_update", "overdue", "share_link_created"]);
  });

  it("send department heads their department's requests at once", () => {
    expect(defaultMailPreferences("department_head").department_request).toBe("immediate");
  });

  it("send staff their own work at once and the rest weekly", () => {
    const staff = defaultMailPreferences("staff");
    expect(staff.overdue).toBe("immediate");
    expect(staff.idea_update).toBe("immediate");
    expect(staff.department_request).toBe("weekly");
    expect(staff.minutes_ready).toBe("weekly");
  });

  it("let a saved choice win and ignore unknown codes", () => {
    const preferences = effectiveMailPreferences("staff", [
      { kind: "overdue", delivery: "off" },
      { kind: "nonsense", delivery: "daily" },
      { kind: "decision_made", delivery: "sometimes" },
    ]);
    expect(preferences.overdue).toBe("off");
    expect(preferences.decision_made).toBe("immediate");
  });
});

describe("digest periods (Europe/Copenhagen, 07:00)", () => {
  it("turn a local 07:00 into the right instant in winter and in summer", () => {
    expect(zonedHourToInstant(2026, 11, 30, 7).toISOString()).toBe("2026-11-30T06:00:00.000Z");
    expect(zonedHourToInstant(2026, 6, 15, 7).toISOString()).toBe("2026-06-15T05:00:00.000Z");
  });

  it("make today's daily digest due at 07:00 local, yesterday's before that", () => {
    expect(latestDuePeriod("daily", new Date("2026-12-02T06:00:00Z"))).toMatchObject({ key: "daily:2026-12-02" });
    expect(latestDuePeriod("daily", new Date("2026-12-02T05:59:59Z"))).toMatchObject({ key: "daily:2026-12-01" });
    expect(latestDuePeriod("daily", new Date("2026-12-02T05:59:59Z")).dueAt.toISOString()).toBe("2026-12-01T06:00:00.000Z");
  });

  it("make the weekly digest due on Monday 07:00 and stay on it all week", () => {
    // 2026-11-30 is a Monday.
    expect(latestDuePeriod("weekly", new Date("2026-11-30T06:00:00Z")).key).toBe("weekly:2026-11-30");
    expect(latestDuePeriod("weekly", new Date("2026-12-06T22:00:00Z")).key).toBe("weekly:2026-11-30");
    expect(latestDuePeriod("weekly", new Date("2026-11-30T05:59:00Z")).key).toBe("weekly:2026-11-23");
  });

  it("cross the daylight-saving change without losing or doubling a morning", () => {
    // Summer time ends on Sunday 2026-10-25 at 03:00.
    expect(latestDuePeriod("daily", new Date("2026-10-25T06:00:00Z")).dueAt.toISOString()).toBe("2026-10-25T06:00:00.000Z");
    expect(latestDuePeriod("daily", new Date("2026-10-24T05:00:00Z")).dueAt.toISOString()).toBe("2026-10-24T05:00:00.000Z");
  });

  it("start a first digest one period back", () => {
    const weekly = latestDuePeriod("weekly", new Date("2026-11-30T08:00:00Z"));
    expect(firstDigestStart(weekly).toISOString()).toBe("2026-11-23T06:00:00.000Z");
  });
});

describe("mail retry backoff", () => {
  const now = new Date("2026-11-30T10:00:00Z");
  it("waits longer after each failure", () => {
    const waits = [1, 2, 3, 4, 5].map((attempts) => {
      const decision = nextMailAttempt(attempts, now);
      if (decision.giveUp) throw new Error("gave up too early");
      return (decision.nextAttemptAt.getTime() - now.getTime()) / 60_000;
    });
    expect(waits).toEqual([1, 5, 30, 120, 360]);
  });

  it("gives up after the last attempt", () => {
    expect(nextMailAttempt(maxMailAttempts, now)).toEqual({ giveUp: true });
  });
});

describe("mail configuration", () => {
  it("writes to the outbox and links to localhost by default", () => {
    expect(parseMailConfig({})).toEqual({ smtpUrl: null, from: "Styrerum <styrerum@localhost>", publicUrl: "http://localhost:3000" });
    expect(parseMailConfig({ PORT: "8080" }).publicUrl).toBe("http://localhost:8080");
    expect(parseConfig({}).mail.smtpUrl).toBeNull();
  });

  it("reads SMTP, sender and public URL", () => {
    const config = parseMailConfig({
      STYRERUM_SMTP_URL: "smtp://user:secret@mail.egeby.dk:587",
      STYRERUM_MAIL_FROM: "Styrerum <styrerum@egeby.dk>",
      STYRERUM_PUBLIC_URL: "https://styrerum.egeby.dk/",
    });
    expect(config).toEqual({ smtpUrl: "smtp://user:secret@mail.egeby.dk:587", from: "Styrerum <styrerum@egeby.dk>", publicUrl: "https://styrerum.egeby.dk" });
  });

  it("refuses a bad SMTP URL, a public URL that is not http(s), and SMTP without a sender", () => {
    expect(() => parseMailConfig({ STYRERUM_SMTP_URL: "mail.egeby.dk" })).toThrow(ConfigError);
    expect(() => parseMailConfig({ STYRERUM_PUBLIC_URL: "ftp://egeby.dk" })).toThrow(/STYRERUM_PUBLIC_URL/);
    expect(() => parseMailConfig({ STYRERUM_SMTP_URL: "smtp://mail.egeby.dk" })).toThrow(/STYRERUM_MAIL_FROM/);
    expect(() => parseConfig({ STYRERUM_SMTP_URL: "smtp://mail.egeby.dk" })).toThrow(/STYRERUM_MAIL_FROM/);
  });
});
