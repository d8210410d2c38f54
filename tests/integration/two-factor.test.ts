import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { auditEvents, sessions, settings, twoFactorRecoveryCodes, twoFactorSecrets, users } from "@/db/schema";
import { dataDirectory } from "@/db";
import { verifyAuditChain } from "@/lib/audit";
import type { Role } from "@/lib/codes";
import { readSettingsForm } from "@/lib/queries/settings-form";
import { getOwnTwoFactorStatus } from "@/lib/queries/two-factor";
import { attemptLogin, resolveSession, type LoginResult } from "@/lib/services/auth";
import { ForbiddenError, ServiceError, ValidationError } from "@/lib/services/errors";
import { saveSettings } from "@/lib/services/settings-admin";
import { readSettings } from "@/lib/settings";
import { confirmTwoFactorEnrolment, disableTwoFactor, resetUserTwoFactor, startTwoFactorEnrolment } from "@/lib/services/two-factor";
import { completeTwoFactorLogin } from "@/lib/services/two-factor-login";
import { twoFactorKeyFileName } from "@/lib/two-factor-crypto";
import { demoEmails, demoPassword, form, signedIn } from "./account-fixtures";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

const ip = "10.2.2.2";
const auditOf = (action: string) => db().select().from(auditEvents).where(eq(auditEvents.action, action)).all();
const userId = (role: Role) => db().select().from(users).where(eq(users.email, demoEmails[role])).get()!.id;
const login = (role: Role, now = new Date(), password = demoPassword) =>
  attemptLogin({ email: demoEmails[role], password, ip, userAgent: "vitest" }, now);
const codeAt = (secret: string, at: Date) =>
  new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() });
const later = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000);
const requireTwoFactorOf = (value: string) => db().insert(settings).values({ key: "requireTwoFactorRoles", value }).run();

function errorOf(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

/** Enrols the demo user of `role` at `now` and returns the secret (as the page shows it) and the recovery codes. */
function enrol(role: Role, now: Date) {
  const actor = signedIn(role);
  startTwoFactorEnrolment(actor, now);
  const status = getOwnTwoFactorStatus(actor.id);
  if (status.state !== "pending") throw new Error("enrolment did not start");
  const { recoveryCodes } = confirmTwoFactorEnrolment(actor, form({ code: codeAt(status.secret, now) }), now);
  return { actor, secret: status.secret, recoveryCodes };
}

function pendingTokenOf(result: LoginResult): string {
  if (result.ok || result.reason !== "two_factor") throw new Error(`expected the code step, got ${JSON.stringify(result)}`);
  return result.pendingToken;
}

describe("two-factor enrolment", () => {
  it("refuses a wrong first code, then turns on with a right one, storing the secret encrypted and the recovery codes hashed", () => {
    const now = new Date("2026-11-30T10:00:00Z");
    const actor = signedIn("staff");
    startTwoFactorEnrolment(actor, now);
    const status = getOwnTwoFactorStatus(actor.id);
    expect(status.state).toBe("pending");
    if (status.state !== "pending") return;
    expect(status.uri).toMatch(/^otpauth:\/\/totp\//);
    const right = codeAt(status.secret, now);
    const wrong = right === "000000" ? "111111" : "000000";
    expect(errorOf(() => confirmTwoFactorEnrolment(actor, form({ code: wrong }), now))).toBeInstanceOf(ValidationError);
    expect(getOwnTwoFactorStatus(actor.id).state).toBe("pending");

    const { recoveryCodes } = confirmTwoFactorEnrolment(actor, form({ code: right }), now);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const row = db().select().from(twoFactorSecrets).where(eq(twoFactorSecrets.userId, actor.id)).get()!;
    expect(row.enabledAt).toBe(now.toISOString());
    expect(row.secretEncrypted).not.toContain(status.secret);
    const hashes = db().select().from(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, actor.id)).all();
    expect(hashes).toHaveLength(10);
    expect(hashes.map((hash) => hash.codeHash)).not.toContain(recoveryCodes[0]);
    const keyFile = path.join(dataDirectory(), twoFactorKeyFileName);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(getOwnTwoFactorStatus(actor.id)).toMatchObject({ state: "on", recoveryCodesLeft: 10 });
    expect(auditOf("two_factor.enable").map((event) => event.outcome)).toEqual(["failure", "success"]);
    expect(() => startTwoFactorEnrolment(actor, now)).toThrow(ServiceError);
    expect(verifyAuditChain(db()).ok).toBe(true);
  });
});

describe("sign-in with two-factor", () => {
  it("opens no session after the password alone; a current code opens it, and the same code never works again", () => {
    const enrolledAt = new Date("2026-11-30T10:00:00Z");
    const { secret, actor } = enrol("staff", enrolledAt);
    const now = later(enrolledAt, 120);
    return login("staff", now).then((result) => {
      const token = pendingTokenOf(result);
      expect(db().select().from(sessions).where(eq(sessions.userId, actor.id)).all()).toHaveLength(1); // the fixture's own
      const code = codeAt(secret, now);
      const success = completeTwoFactorLogin({ pendingToken: token, code, ip, userAgent: "vitest" }, now);
      expect(success.ok).toBe(true);
      if (!success.ok) return;
      expect(resolveSession(success.sessionId, now)?.id).toBe(actor.id);
      expect(auditOf("login.two_factor_required")).toHaveLength(1);

      // The token is spent; a new password sign-in with the same code (replay) is refused.
      expect(completeTwoFactorLogin({ pendingToken: token, code, ip, userAgent: "vitest" }, now)).toEqual({ ok: false, reason: "code_expired" });
      return login("staff", now).then((again) => {
        const replayed = completeTwoFactorLogin({ pendingToken: pendingTokenOf(again), code, ip, userAgent: "vitest" }, later(now, 10));
        expect(replayed).toEqual({ ok: false, reason: "code_invalid" });
        const failure = auditOf("login.two_factor_failure").at(-1)!;
        expect(JSON.parse(failure.changes ?? "{}")).toMatchObject({ replay: true });
        expect(verifyAuditChain(db()).ok).toBe(true);
      });
    });
  });

  it("accepts the code of the step before and after now, not two steps away", async () => {
    const enrolledAt = new Date("2026-11-30T10:00:00Z");
    const { secret } = enrol("staff", enrolledAt);
    const now = later(enrolledAt, 600);
    const tooOld = completeTwoFactorLogin({ pendingToken: pendingTokenOf(await login("staff", now)), code: codeAt(secret, later(now, -60)), ip, userAgent: "" }, now);
    expect(tooOld).toEqual({ ok: false, reason: "code_invalid" });
    const previous = completeTwoFactorLogin({ pendingToken: pendingTokenOf(await login("staff", now)), code: codeAt(secret, later(now, -30)), ip, userAgent: "" }, now);
    expect(previous.ok).toBe(true);
    const next = completeTwoFactorLogin({ pendingToken: pendingTokenOf(await login("staff", now)), code: codeAt(secret, later(now, 30)), ip, userAgent: "" }, now);
    expect(next.ok).toBe(true);
  });

  it("a recovery code signs in once, and then no longer works", async () => {
    const enrolledAt = new Date("2026-11-30T10:00:00Z");
    const { recoveryCodes, actor } = enrol("director", enrolledAt);
    const now = later(enrolledAt, 60);
    const typed = recoveryCodes[3].toLowerCase().replace("-", " ");
    const first = completeTwoFactorLogin({ pendingToken: pendingTokenOf(await login("director", now)), code: typed, ip, userAgent: "" }, now);
    expect(first.ok).toBe(true);
    expect(JSON.parse(auditOf("login.success").at(-1)!.changes ?? "{}")).toMatchObject({ secondFactor: "recovery" });
    const second = completeTwoFactorLogin({ pendingToken: pendingTokenOf(await login("director", now)), code: recoveryCodes[3], ip, userAgent: "" }, now);
    expect(second).toEqual({ ok: false, reason: "code_invalid" });
    expect(getOwnTwoFactorStatus(actor.id)).toMatchObject({ state: "on", recoveryCodesLeft: 9 });
  });

  it("wrong codes count as failed sign-ins: the pending sign-in ends after five, and the pair is throttled like passwords", async () => {
    const enrolledAt = new Date("2026-11-30T10:00:00Z");
    const { secret } = enrol("staff", enrolledAt);
    const now = later(enrolledAt, 60);
    const wrong = codeAt(secret, now) === "123456" ? "654321" : "123456";
    const results: string[] = [];
    for (let round = 0; round < 2; round += 1) {
      const token = pendingTokenOf(await login("staff", now));
      for (let index = 0; index < 5; index += 1) {
        const result = completeTwoFactorLogin({ pendingToken: token, code: wrong, ip, userAgent: "" }, now);
        results.push(result.ok ? "ok" : result.reason);
      }
    }
    expect(results.slice(0, 5)).toEqual(["code_invalid", "code_invalid", "code_invalid", "code_invalid", "code_expired"]);
    // The tenth failure of this account from this address (default setting) locks the pair.
    expect(results.at(-1)).toBe("locked");
    expect(auditOf("login.two_factor_failure")).toHaveLength(10);
    expect(auditOf("login.lockout")).toHaveLength(1);
    // While locked, even the right password is refused.
    expect(await login("staff", now)).toEqual({ ok: false, reason: "locked" });
  });

  it("a pending sign-in expires after five minutes", async () => {
    const enrolledAt = new Date("2026-11-30T10:00:00Z");
    const { secret } = enrol("staff", enrolledAt);
    const now = later(enrolledAt, 60);
    const token = pendingTokenOf(await login("staff", now));
    const whenLate = later(now, 301);
    expect(completeTwoFactorLogin({ pendingToken: token, code: codeAt(secret, whenLate), ip, userAgent: "" }, whenLate)).toEqual({
      ok: false,
      reason: "code_expired",
    });
  });
});

describe("two-factor required for chosen roles", () => {
  it("the setting takes the roles' check boxes (codes) and refuses unknown ones, changing nothing", () => {
    const admin = signedIn("admin");
    const settingsForm = (chosen: string[]) => {
      const { values, version } = readSettingsForm();
      const data = form({ ...values, version });
      data.delete("requireTwoFactorRoles");
      for (const role of chosen) data.append("requireTwoFactorRoles", role);
      return data;
    };
    const error = errorOf(() => saveSettings(admin, settingsForm(["director", "Chef"])));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.requireTwoFactorRoles?.[0]).toMatch(/^Ukendt rolle\. Vælg blandt Direktør/);
    expect(readSettings(db()).requireTwoFactorRoles).toBe("");
    saveSettings(admin, settingsForm(["admin", "director"]));
    expect(readSettings(db()).requireTwoFactorRoles).toBe("director,admin");
  });

  it("a director without two-factor gets a session that may only enrol; enrolling lifts it; staff are not affected", async () => {
    requireTwoFactorOf("Direktør, admin");
    const now = new Date("2026-11-30T10:00:00Z");
    const director = await login("director", now);
    expect(director.ok).toBe(true);
    if (!director.ok) return;
    expect(resolveSession(director.sessionId, now)?.twoFactorEnrolmentRequired).toBe(true);
    expect(JSON.parse(auditOf("login.success").at(-1)!.changes ?? "{}")).toMatchObject({ twoFactorEnrolmentRequired: true });

    const staff = await login("staff", now);
    expect(staff.ok && resolveSession(staff.sessionId, now)?.twoFactorEnrolmentRequired).toBeFalsy();

    const actor = { ...resolveSession(director.sessionId, now)! };
    startTwoFactorEnrolment(actor, now);
    const status = getOwnTwoFactorStatus(actor.id);
    if (status.state !== "pending") throw new Error("enrolment did not start");
    confirmTwoFactorEnrolment(actor, form({ code: codeAt(status.secret, now) }), now);
    expect(resolveSession(director.sessionId, now)?.twoFactorEnrolmentRequired).toBeUndefined();

    // From now on the director's sign-ins take the code step.
    expect((await login("director", later(now, 60))).ok).toBe(false);
  });

  it("a required role may not turn two-factor off", async () => {
    const now = new Date("2026-11-30T10:00:00Z");
    const { actor, secret } = enrol("director", now);
    requireTwoFactorOf("director");
    const when = later(now, 60);
    await expect(disableTwoFactor(actor, form({ password: demoPassword, code: codeAt(secret, when) }), when)).rejects.toBeInstanceOf(ForbiddenError);
    expect(getOwnTwoFactorStatus(actor.id).state).toBe("on");
  });
});

describe("turning two-factor off", () => {
  it("needs both the password and a current code", async () => {
    const now = new Date("2026-11-30T10:00:00Z");
    const { actor, secret } = enrol("staff", now);
    const when = later(now, 60);
    const code = codeAt(secret, when);
    await expect(disableTwoFactor(actor, form({ password: "forkert-adgangskode", code }), when)).rejects.toBeInstanceOf(ValidationError);
    await expect(disableTwoFactor(actor, form({ password: demoPassword, code: code === "000000" ? "111111" : "000000" }), when)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(getOwnTwoFactorStatus(actor.id).state).toBe("on");
    await disableTwoFactor(actor, form({ password: demoPassword, code }), when);
    expect(getOwnTwoFactorStatus(actor.id).state).toBe("off");
    expect(db().select().from(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, actor.id)).all()).toHaveLength(0);
    expect(auditOf("two_factor.disable").map((event) => event.outcome)).toEqual(["failure", "failure", "success"]);
    expect((await login("staff", later(when, 30))).ok).toBe(true);
  });
});

describe("administrator reset", () => {
  it("is refused for everyone but administrators, and audited", () => {
    const now = new Date("2026-11-30T10:00:00Z");
    const { actor } = enrol("staff", now);
    for (const role of ["director", "department_head", "staff"] as const) {
      expect(errorOf(() => resetUserTwoFactor(signedIn(role), actor.id))).toBeInstanceOf(ForbiddenError);
    }
    expect(getOwnTwoFactorStatus(actor.id).state).toBe("on");
    expect(auditOf("user.two_factor_reset").map((event) => event.outcome)).toEqual(["denied", "denied", "denied"]);
  });

  it("removes the secret and recovery codes; a user of a required role must enrol again", async () => {
    const now = new Date("2026-11-30T10:00:00Z");
    enrol("director", now);
    requireTwoFactorOf("director");
    const directorId = userId("director");
    expect(resetUserTwoFactor(signedIn("admin"), directorId)).toEqual({ hadTwoFactor: true });
    expect(getOwnTwoFactorStatus(directorId).state).toBe("off");
    expect(db().select().from(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, directorId)).all()).toHaveLength(0);
    const open = db().select().from(sessions).where(eq(sessions.userId, directorId)).all();
    expect(open.every((session) => session.twoFactorEnrolmentRequired)).toBe(true);
    const result = await login("director", later(now, 60));
    expect(result.ok && resolveSession(result.sessionId, later(now, 60))?.twoFactorEnrolmentRequired).toBe(true);
    expect(auditOf("user.two_factor_reset").at(-1)).toMatchObject({ outcome: "success", objectId: String(directorId) });
    expect(verifyAuditChain(db()).ok).toBe(true);
  });
});
