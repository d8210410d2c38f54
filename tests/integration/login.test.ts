import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, sessions, settings, users } from "@/db/schema";
import { seedAdmin } from "@/db/seed";
import { verifyAuditChain } from "@/lib/audit";
import { attemptLogin, endSession, resolveSession } from "@/lib/services/auth";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
const email = "it@kommune.dk";
const password = "en-lang-adgangskode";
const attempt = (over: Partial<{ email: string; password: string; ip: string }> = {}) =>
  attemptLogin({ email, password, ip: "10.0.0.1", userAgent: "vitest", ...over });
const actions = () => db().select({ action: auditEvents.action }).from(auditEvents).all().map((row) => row.action);

describe("login", () => {
  it("succeeds with the right password, opens a session and audits it", async () => {
    await seedAdmin(db(), email, password);
    const result = await attempt({ email: "IT@Kommune.dk" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(db().select().from(sessions).where(eq(sessions.id, result.sessionId)).get()).toBeTruthy();
    expect(resolveSession(result.sessionId)?.email).toBe(email);
    expect(actions()).toContain("login.success");
    expect(verifyAuditChain(db()).ok).toBe(true);
  });

  it("hashes passwords with argon2id", async () => {
    await seedAdmin(db(), email, password);
    const user = db().select().from(users).where(eq(users.email, email)).get()!;
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("answers an unknown e-mail like a wrong password, and audits both", async () => {
    await seedAdmin(db(), email, password);
    expect(await attempt({ password: "forkert" })).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt({ email: "ukendt@kommune.dk" })).toEqual({ ok: false, reason: "invalid" });
    expect(actions().filter((action) => action === "login.failure")).toHaveLength(2);
  });

  it("throttles the pair on the tenth failure, then lets the right password in after the lock expires", async () => {
    await seedAdmin(db(), email, password);
    const now = new Date("2026-11-27T10:00:00Z");
    for (let index = 1; index <= 9; index += 1) {
      expect(await attemptLogin({ email, password: "forkert", ip: "10.0.0.1", userAgent: "" }, now)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await attemptLogin({ email, password: "forkert", ip: "10.0.0.1", userAgent: "" }, now)).toEqual({ ok: false, reason: "locked" });
    expect(await attemptLogin({ email, password, ip: "10.0.0.1", userAgent: "" }, new Date("2026-11-27T10:14:00Z"))).toEqual({
      ok: false,
      reason: "locked",
    });
    expect(actions()).toContain("login.lockout");
    expect(actions()).toContain("login.locked");

    const later = await attemptLogin({ email, password, ip: "10.0.0.1", userAgent: "" }, new Date("2026-11-27T10:16:00Z"));
    expect(later.ok).toBe(true);
    expect(verifyAuditChain(db()).ok).toBe(true);
  });

  it("a success resets the failure count", async () => {
    await seedAdmin(db(), email, password);
    for (let index = 0; index < 5; index += 1) await attempt({ password: "forkert" });
    await attempt();
    for (let index = 0; index < 5; index += 1) expect((await attempt({ password: "forkert" })).ok).toBe(false);
    expect((await attempt()).ok).toBe(true);
  });

  it("blocks an address after too many failures across accounts", async () => {
    await seedAdmin(db(), email, password);
    db().insert(settings).values({ key: "loginIpMaxFailures", value: "3" }).run();
    for (let index = 0; index < 3; index += 1) await attempt({ email: `ukendt${index}@kommune.dk`, ip: "10.9.9.9" });
    expect(await attempt({ ip: "10.9.9.9" })).toEqual({ ok: false, reason: "ip_blocked" });
    expect((await attempt({ ip: "10.0.0.2" })).ok).toBe(true);
  });
});

describe("sessions", () => {
  async function signedIn() {
    await seedAdmin(db(), email, password);
    const result = await attempt();
    if (!result.ok) throw new Error("login failed");
    return result.sessionId;
  }

  it("deleting the row ends the session", async () => {
    const sessionId = await signedIn();
    db().delete(sessions).where(eq(sessions.id, sessionId)).run();
    expect(resolveSession(sessionId)).toBeNull();
  });

  it("deactivating the user ends the session", async () => {
    const sessionId = await signedIn();
    db().update(users).set({ active: false }).where(eq(users.email, email)).run();
    expect(resolveSession(sessionId)).toBeNull();
    expect(db().select().from(sessions).where(eq(sessions.id, sessionId)).get()).toBeUndefined();
  });

  it("ends after the idle timeout and after the absolute lifetime", async () => {
    const sessionId = await signedIn();
    const created = new Date(db().select().from(sessions).where(eq(sessions.id, sessionId)).get()!.createdAt);
    expect(resolveSession(sessionId, new Date(created.getTime() + 11 * 3_600_000))).not.toBeNull();
    expect(resolveSession(sessionId, new Date(created.getTime() + 23.5 * 3_600_000))).toBeNull();

    const second = await signedIn().catch(async () => {
      const result = await attempt();
      return result.ok ? result.sessionId : "";
    });
    const row = db().select().from(sessions).where(eq(sessions.id, second)).get()!;
    expect(resolveSession(second, new Date(new Date(row.expiresAt).getTime() + 1000))).toBeNull();
  });

  it("log out deletes the session and is audited", async () => {
    const sessionId = await signedIn();
    endSession(sessionId, "10.0.0.1");
    expect(resolveSession(sessionId)).toBeNull();
    expect(db().select().from(auditEvents).where(and(eq(auditEvents.action, "session.end"))).get()).toBeTruthy();
  });
});
