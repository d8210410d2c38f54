import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { sessions } from "@/db/schema";
import { ForbiddenError } from "@/lib/services/errors";
import { openSession, signedIn } from "./account-fixtures";
import { withDemoDatabase } from "./temp-database";

const current = vi.hoisted(() => ({ sid: null as string | null }));

vi.mock("next/headers", () => ({ cookies: async () => ({ getAll: () => [] }), headers: async () => new Headers() }));
vi.mock("@/lib/auth/session-token", () => ({ sessionIdFromCookies: async () => current.sid }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
  forbidden: () => {
    throw new Error("forbidden");
  },
}));

const { getCurrentUser, requireActionUser, requireEnrollingUser, requireUser, twoFactorEnrolmentPath } = await import("@/lib/auth/current-user");

const db = withDemoDatabase();

describe("a session that must enrol two-factor first", () => {
  it("reaches the enrolment page and its actions only: pages redirect, other actions are refused, route handlers see no user", async () => {
    const director = signedIn("director");
    current.sid = openSession(director.id);
    db().update(sessions).set({ twoFactorEnrolmentRequired: true }).where(eq(sessions.id, current.sid)).run();

    await expect(requireUser()).rejects.toThrow(`redirect ${twoFactorEnrolmentPath}`);
    await expect(requireActionUser()).rejects.toBeInstanceOf(ForbiddenError);
    await expect(requireActionUser()).rejects.toThrow("Opret totrinsbekræftelse, før du kan fortsætte.");
    expect(await getCurrentUser()).toBeNull();
    expect((await requireEnrollingUser()).id).toBe(director.id);
  });

  it("an ordinary session is let through everywhere", async () => {
    const staff = signedIn("staff");
    current.sid = staff.sessionId;
    expect((await requireUser()).id).toBe(staff.id);
    expect((await requireActionUser()).id).toBe(staff.id);
    expect((await getCurrentUser())?.id).toBe(staff.id);
  });
});
