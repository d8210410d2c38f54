import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, sessions, ssoIdentities, users } from "@/db/schema";
import { seedAdmin } from "@/db/seed";
import { hashPassword } from "@/lib/password";
import { attemptLogin } from "@/lib/services/auth";
import { writeSetting } from "@/lib/services/settings-admin";
import { signInWithSso } from "@/lib/services/sso";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
const password = "en-lang-adgangskode";
const issuer = "https://idp.example";

async function addStaff(email: string): Promise<number> {
  const nowIso = new Date().toISOString();
  const passwordHash = await hashPassword(password);
  return db().insert(users).values({ name: "Bo", email, role: "staff", passwordHash, createdAt: nowIso, updatedAt: nowIso }).returning().get().id;
}

const oidcEnv = { STYRERUM_OIDC_ISSUER: issuer, STYRERUM_OIDC_CLIENT_ID: "client", STYRERUM_OIDC_CLIENT_SECRET: "secret" };
beforeAll(() => Object.assign(process.env, oidcEnv));
afterAll(() => {
  for (const key of Object.keys(oidcEnv)) delete process.env[key];
});

const login = (email: string) => attemptLogin({ email, password, ip: "10.0.0.2", userAgent: "vitest" });
const sso = (claims: Record<string, unknown>) => signInWithSso({ claims, issuer, entraTenant: false, ip: "10.0.0.3", userAgent: "vitest" });
const audited = (action: string) => db().select().from(auditEvents).where(eq(auditEvents.action, action)).all();

describe("password sign-in for administrators only (break-glass)", () => {
  it("is off by default: staff still sign in with a password", async () => {
    await addStaff("bo@kommune.dk");
    expect((await login("bo@kommune.dk")).ok).toBe(true);
  });

  it("once on, refuses everyone's password but an administrator's, audited, without opening a session", async () => {
    await seedAdmin(db(), "it@kommune.dk", password);
    await addStaff("bo@kommune.dk");
    writeSetting(db(), "passwordLoginAdminsOnly", "1", new Date());
    expect(await login("bo@kommune.dk")).toEqual({ ok: false, reason: "password_disabled" });
    expect(audited("login.password_disabled")).toHaveLength(1);
    expect(db().select().from(sessions).all()).toHaveLength(0);
    expect((await login("it@kommune.dk")).ok).toBe(true);
  });

  it("is ignored while single sign-on is not configured, so nobody is locked out", async () => {
    await addStaff("bo@kommune.dk");
    writeSetting(db(), "passwordLoginAdminsOnly", "1", new Date());
    for (const key of Object.keys(oidcEnv)) delete process.env[key];
    try {
      expect((await login("bo@kommune.dk")).ok).toBe(true);
    } finally {
      Object.assign(process.env, oidcEnv);
    }
  });

  it("a wrong password is still only a wrong password while it is on", async () => {
    await addStaff("bo@kommune.dk");
    writeSetting(db(), "passwordLoginAdminsOnly", "1", new Date());
    expect(await attemptLogin({ email: "bo@kommune.dk", password: "forkert-kode", ip: "10.0.0.2", userAgent: "vitest" })).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("signInWithSso", () => {
  it("refuses an e-mail match whose user is already linked to another subject at the issuer", async () => {
    const bo = await addStaff("bo@kommune.dk");
    expect(sso({ sub: "first", email: "bo@kommune.dk", email_verified: true }).ok).toBe(true);
    expect(sso({ sub: "second", email: "bo@kommune.dk", email_verified: true })).toEqual({ ok: false, reason: "conflict" });
    expect(db().select().from(ssoIdentities).where(eq(ssoIdentities.userId, bo)).all()).toHaveLength(1);
  });

  it("refuses a token without a subject and does not create anyone, even with just-in-time creation on", async () => {
    writeSetting(db(), "ssoJustInTime", "1", new Date());
    expect(sso({ email: "ny@kommune.dk", email_verified: true })).toEqual({ ok: false, reason: "invalid" });
    expect(sso({ sub: "x", email: "ny@kommune.dk", email_verified: false })).toEqual({ ok: false, reason: "unknown" });
    expect(db().select().from(users).where(eq(users.email, "ny@kommune.dk")).get()).toBeUndefined();
    expect(audited("login.sso_refused")).toHaveLength(2);
  });

  it("a user created just in time has no usable password", async () => {
    writeSetting(db(), "ssoJustInTime", "1", new Date());
    expect(sso({ sub: "x", email: "ny@kommune.dk", email_verified: true, name: "Ny Person" }).ok).toBe(true);
    expect(await attemptLogin({ email: "ny@kommune.dk", password: "!no-password-set", ip: "10.0.0.2", userAgent: "vitest" })).toMatchObject({ ok: false });
  });

  it("maps groups to roles but never demotes the last active administrator", async () => {
    await seedAdmin(db(), "it@kommune.dk", password);
    writeSetting(db(), "ssoGroupRoles", "g-staff=staff", new Date());
    expect(sso({ sub: "it", email: "it@kommune.dk", email_verified: true, groups: ["g-staff"] })).toMatchObject({ ok: true, role: "admin" });
    await seedAdmin(db(), "it2@kommune.dk", password);
    expect(sso({ sub: "it", email: "it@kommune.dk", email_verified: true, groups: ["g-staff"] })).toMatchObject({ ok: true, role: "staff" });
  });
});
