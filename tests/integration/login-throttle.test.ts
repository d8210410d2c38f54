import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, loginFailures, loginThrottles, settings } from "@/db/schema";
import { seedAdmin } from "@/db/seed";
import { attemptLogin } from "@/lib/services/auth";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
const email = "it@kommune.dk";
const password = "en-lang-adgangskode";
const start = new Date("2026-11-27T10:00:00Z").getTime();
const at = (minutes: number) => new Date(start + minutes * 60_000);
const attempt = (ip: string, minutes: number, over: Partial<{ email: string; password: string }> = {}) =>
  attemptLogin({ email, password, ip, userAgent: "vitest", ...over }, at(minutes));
const fail = (ip: string, minutes: number, typed = email) => attempt(ip, minutes, { email: typed, password: "forkert" });
const setSetting = (key: string, value: string) => db().insert(settings).values({ key, value }).run();

describe("login throttling without malicious lockout", () => {
  it("recovers after the lock expires, however many failures came before", async () => {
    await seedAdmin(db(), email, password);
    // A long siege from one address: ten failures, then an attempt every five minutes for two hours.
    for (let index = 0; index < 10; index += 1) await fail("10.0.0.1", 0);
    for (let minute = 5; minute <= 120; minute += 5) expect((await fail("10.0.0.1", minute)).ok).toBe(false);
    // The lock escalated at most to its cap; once it has run out the right password works.
    const throttle = db().select().from(loginThrottles).all().find((row) => row.accountKey.endsWith("10.0.0.1"))!;
    const minutesLeft = (new Date(throttle.lockedUntil).getTime() - start) / 60_000;
    expect(minutesLeft).toBeLessThanOrEqual(120 + 15 * 8);
    expect((await attempt("10.0.0.1", Math.ceil(minutesLeft) + 1)).ok).toBe(true);
  });

  it("failures before an expired lock no longer count: one failure after it does not re-lock", async () => {
    await seedAdmin(db(), email, password);
    for (let index = 0; index < 10; index += 1) await fail("10.0.0.1", 0);
    expect(await fail("10.0.0.1", 16)).toEqual({ ok: false, reason: "invalid" });
    expect((await attempt("10.0.0.1", 17)).ok).toBe(true);
  });

  it("a stranger failing from another address cannot lock the owner out", async () => {
    await seedAdmin(db(), email, password);
    for (let minute = 0; minute < 60; minute += 1) await fail("203.0.113.9", minute);
    expect(await attempt("203.0.113.9", 60)).toEqual({ ok: false, reason: "locked" });
    expect((await attempt("10.0.0.1", 60)).ok).toBe(true);
  });

  it("failures from many addresses lock the account for the lock time only, never longer", async () => {
    await seedAdmin(db(), email, password);
    for (let index = 0; index < 29; index += 1) expect(await fail(`198.51.100.${index}`, 0)).toEqual({ ok: false, reason: "invalid" });
    expect(await fail("198.51.100.200", 0)).toEqual({ ok: false, reason: "locked" });
    expect(await attempt("10.0.0.1", 1)).toEqual({ ok: false, reason: "locked" });
    // The strangers keep trying during the lock; that neither counts nor extends it.
    for (let minute = 1; minute < 15; minute += 1) await fail(`198.51.100.${minute}`, minute);
    expect((await attempt("10.0.0.1", 15)).ok).toBe(true);
    const lockouts = db().select().from(auditEvents).where(eq(auditEvents.action, "login.lockout")).all();
    expect(lockouts.map((row) => JSON.parse(row.changes ?? "{}").scope)).toContain("account");
  });

  it("an unknown e-mail is throttled the same way and gets the same answers", async () => {
    await seedAdmin(db(), email, password);
    const unknown = "findes.ikke@kommune.dk";
    const known: unknown[] = [];
    const stranger: unknown[] = [];
    for (let index = 0; index < 11; index += 1) {
      known.push(await fail("10.0.0.7", 0));
      stranger.push(await fail("10.0.0.7", 0, unknown));
    }
    expect(stranger).toEqual(known);
    expect(stranger.at(-1)).toEqual({ ok: false, reason: "locked" });
    expect(db().select().from(loginThrottles).all().map((row) => row.accountKey)).toContain(`${unknown}\n10.0.0.7`);
  });

  it("thresholds and lock time come from the settings", async () => {
    await seedAdmin(db(), email, password);
    setSetting("loginMaxFailures", "3");
    setSetting("loginLockMinutes", "2");
    for (let index = 0; index < 2; index += 1) expect(await fail("10.0.0.1", 0)).toEqual({ ok: false, reason: "invalid" });
    expect(await fail("10.0.0.1", 0)).toEqual({ ok: false, reason: "locked" });
    expect(await attempt("10.0.0.1", 1.9)).toEqual({ ok: false, reason: "locked" });
    expect((await attempt("10.0.0.1", 2.1)).ok).toBe(true);
  });

  it("prunes failures that have left the window", async () => {
    await seedAdmin(db(), email, password);
    await fail("10.0.0.1", 0);
    await fail("10.0.0.2", 30);
    expect(db().select().from(loginFailures).all().map((row) => row.ip)).toEqual(["10.0.0.2"]);
  });
});
