import { describe, expect, it } from "vitest";
import { sessionExpiry, sessionVerdict } from "@/lib/domain/sessions";

describe("session lifetime", () => {
  const now = new Date("2026-11-27T12:00:00Z");
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();
  const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();

  it("expires absolutely after the configured days", () => {
    expect(sessionExpiry(now, 7).toISOString()).toBe("2026-12-04T12:00:00.000Z");
    expect(sessionVerdict({ lastSeenAt: hoursAgo(0), expiresAt: now.toISOString() }, true, now, 12)).toBe("ended");
  });

  it("ends after 12 idle hours", () => {
    expect(sessionVerdict({ lastSeenAt: hoursAgo(12.01), expiresAt: inDays(3) }, true, now, 12)).toBe("ended");
    expect(sessionVerdict({ lastSeenAt: hoursAgo(11.9), expiresAt: inDays(3) }, true, now, 12)).toBe("touch");
  });

  it("ends for an inactive user and stays quiet within a minute", () => {
    expect(sessionVerdict({ lastSeenAt: hoursAgo(0), expiresAt: inDays(3) }, false, now, 12)).toBe("ended");
    expect(sessionVerdict({ lastSeenAt: now.toISOString(), expiresAt: inDays(3) }, true, now, 12)).toBe("valid");
  });
});
