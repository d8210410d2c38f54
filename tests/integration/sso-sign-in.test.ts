import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { decode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, sessions, ssoIdentities, users } from "@/db/schema";
import { seedAdmin } from "@/db/seed";
import { writeSetting } from "@/lib/services/settings-admin";
import { endSessionAsAdmin } from "@/lib/services/sessions-admin";
import { resolveSession } from "@/lib/services/auth";
import { sessionHandle } from "@/lib/queries/sessions";
import { unusablePasswordHash } from "@/lib/domain/user-admin";
import type { Role } from "@/lib/codes";
import { appOrigin, CookieJar, startTestProvider, testClient } from "./sso-oidc-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
const secret = "sso-test-secret-that-is-long-enough-0123456789";
const sessionCookie = "authjs.session-token";

const provider = await startTestProvider({
  "sub-anna": { email: "anna@kommune.dk", email_verified: true, name: "Anna Andersen", groups: ["grp-directors"] },
  "sub-bo": { email: "bo@kommune.dk", email_verified: true, name: "Bo Berg" },
  "sub-ukendt": { email: "ukendt@kommune.dk", email_verified: true, name: "Ukendt Person" },
  "sub-uverificeret": { email: "cecilie@kommune.dk", email_verified: false, name: "Cecilie" },
});

beforeAll(() => {
  process.env.AUTH_SECRET = secret;
  process.env.AUTH_TRUST_HOST = "true";
  process.env.STYRERUM_OIDC_ISSUER = provider.issuer;
  process.env.STYRERUM_OIDC_CLIENT_ID = testClient.id;
  process.env.STYRERUM_OIDC_CLIENT_SECRET = testClient.secret;
});

afterAll(async () => {
  for (const key of ["STYRERUM_OIDC_ISSUER", "STYRERUM_OIDC_CLIENT_ID", "STYRERUM_OIDC_CLIENT_SECRET"]) delete process.env[key];
  await provider.close();
});

const route = () => import("@/app/api/auth/[...nextauth]/route");

function addUser(email: string, role: Role = "staff", active = true): number {
  const nowIso = new Date().toISOString();
  return db()
    .insert(users)
    .values({ name: email.split("@")[0], email, role, active, passwordHash: unusablePasswordHash, createdAt: nowIso, updatedAt: nowIso })
    .returning({ id: users.id })
    .get().id;
}

/** Starts the flow as the login button does: POST /api/auth/signin/oidc with Auth.js's double-submit CSRF token. */
async function startSignIn(jar: CookieJar): Promise<string> {
  const csrfToken = "c".repeat(64);
  jar.set("authjs.csrf-token", encodeURIComponent(`${csrfToken}|${createHash("sha256").update(`${csrfToken}${secret}`).digest("hex")}`));
  const { POST } = await route();
  const response = await POST(
    new NextRequest(`${appOrigin}/api/auth/signin/oidc`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/" }).toString(),
    }),
  );
  jar.take(response);
  const location = response.headers.get("location") ?? "";
  expect(location.startsWith(provider.issuer)).toBe(true);
  return location;
}

/** Follows the provider's redirects (its own cookies kept) until it sends the browser back to Styrerum's callback. */
async function throughProvider(authorizeUrl: string, sub: string): Promise<URL> {
  provider.signInAs(sub);
  const jar = new CookieJar();
  let url = authorizeUrl;
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(`${appOrigin}/api/auth/callback/`)) return new URL(url);
    const response = await fetch(url, { redirect: "manual", headers: { cookie: jar.header() } });
    jar.take(response);
    const location = response.headers.get("location");
    if (!location) throw new Error(`provider answered ${response.status} without a redirect: ${await response.text()}`);
    url = new URL(location, url).toString();
  }
  throw new Error("too many redirects at the provider");
}

/** Delivers the provider's answer to Auth.js's callback route; returns where Styrerum sends the browser and its session id. */
async function finishSignIn(callbackUrl: URL, jar: CookieJar): Promise<{ location: string; sid: string | undefined }> {
  const { GET } = await route();
  const response = await GET(new NextRequest(callbackUrl, { headers: { cookie: jar.header(), "user-agent": "vitest-sso" } }));
  jar.take(response);
  const token = jar.get(sessionCookie);
  const decoded = token ? await decode({ token, secret, salt: sessionCookie }) : null;
  return { location: response.headers.get("location") ?? "", sid: typeof decoded?.sid === "string" ? decoded.sid : undefined };
}

async function signInAs(sub: string) {
  const jar = new CookieJar();
  const callback = await throughProvider(await startSignIn(jar), sub);
  return finishSignIn(callback, jar);
}

const auditOf = (action: string) => db().select().from(auditEvents).where(eq(auditEvents.action, action)).all();
const userOf = (email: string) => db().select().from(users).where(eq(users.email, email)).get();

describe("single sign-on through a real OpenID Connect provider", () => {
  it("signs a known user in by verified e-mail the first time, by subject afterwards, with a session row like a password sign-in", async () => {
    const bo = addUser("bo@kommune.dk");
    const first = await signInAs("sub-bo");
    expect(first.location).toBe(`${appOrigin}/`);
    expect(first.sid).toBeDefined();
    expect(resolveSession(first.sid!)?.id).toBe(bo);
    expect(db().select().from(ssoIdentities).where(eq(ssoIdentities.userId, bo)).get()?.subject).toBe("sub-bo");
    expect(auditOf("sso.link")).toHaveLength(1);

    // The e-mail changes in Styrerum; the stable subject still finds the same person.
    db().update(users).set({ email: "bo.berg@kommune.dk" }).where(eq(users.id, bo)).run();
    const second = await signInAs("sub-bo");
    expect(resolveSession(second.sid!)?.id).toBe(bo);
    const success = auditOf("login.success");
    expect(success).toHaveLength(2);
    expect(success[0].changes).toContain("sso");
    expect(db().select().from(sessions).where(eq(sessions.userId, bo)).all()).toHaveLength(2);
  });

  it("refuses an unknown person with the Danish explanation, and one whose e-mail is not verified", async () => {
    const unknown = await signInAs("sub-ukendt");
    expect(unknown.location).toBe(`${appOrigin}/login?sso=unknown`);
    expect(unknown.sid).toBeUndefined();
    addUser("cecilie@kommune.dk");
    const unverified = await signInAs("sub-uverificeret");
    expect(unverified.location).toBe(`${appOrigin}/login?sso=unknown`);
    expect(db().select().from(sessions).all()).toHaveLength(0);
    expect(auditOf("login.sso_refused")).toHaveLength(2);
    expect(userOf("ukendt@kommune.dk")).toBeUndefined();
  });

  it("refuses an inactive user", async () => {
    addUser("bo@kommune.dk", "staff", false);
    const result = await signInAs("sub-bo");
    expect(result.location).toBe(`${appOrigin}/login?sso=inactive`);
    expect(db().select().from(sessions).all()).toHaveLength(0);
  });

  it("creates an unknown person just in time as staff in no department when the setting is on, audited", async () => {
    writeSetting(db(), "ssoJustInTime", "1", new Date());
    const result = await signInAs("sub-ukendt");
    const created = userOf("ukendt@kommune.dk");
    expect(created).toMatchObject({ role: "staff", departmentId: null, active: true, name: "Ukendt Person" });
    expect(resolveSession(result.sid!)?.id).toBe(created!.id);
    expect(auditOf("user.create")[0].changes).toContain("sso_just_in_time");
  });

  it("maps the provider's groups to a role at sign-in and audits the change", async () => {
    const anna = addUser("anna@kommune.dk", "staff");
    writeSetting(db(), "ssoGroupRoles", "grp-directors=director; grp-admins=admin", new Date());
    const result = await signInAs("sub-anna");
    expect(resolveSession(result.sid!)?.role).toBe("director");
    const change = auditOf("user.update").find((event) => event.objectId === String(anna));
    expect(JSON.parse(change!.changes!)).toMatchObject({ role: { from: "staff", to: "director" }, source: "sso_groups" });
    // Signing in again with the same groups changes nothing more.
    await signInAs("sub-anna");
    expect(auditOf("user.update")).toHaveLength(1);
  });

  it("refuses a tampered state and a nonce from another sign-in: no session, no user", async () => {
    addUser("bo@kommune.dk");
    const jar = new CookieJar();
    const callback = await throughProvider(await startSignIn(jar), "sub-bo");
    callback.searchParams.set("state", "forfalsket");
    const tamperedState = await finishSignIn(callback, jar);
    expect(tamperedState.sid).toBeUndefined();
    expect(tamperedState.location).toContain("/login?error=");

    // Two sign-ins begin; the provider's answer to the first comes back carrying the second's nonce cookie.
    const first = new CookieJar();
    const firstCallback = await throughProvider(await startSignIn(first), "sub-bo");
    const second = new CookieJar();
    await startSignIn(second);
    expect(second.get("authjs.nonce")).not.toBe(first.get("authjs.nonce"));
    first.set("authjs.nonce", second.get("authjs.nonce")!);
    const wrongNonce = await finishSignIn(firstCallback, first);
    expect(wrongNonce.sid).toBeUndefined();
    expect(wrongNonce.location).toContain("/login?error=");
    expect(db().select().from(sessions).all()).toHaveLength(0);
    expect(auditOf("login.success")).toHaveLength(0);
  });

  it("gives a session an administrator can revoke like any other", async () => {
    await seedAdmin(db(), "it@kommune.dk", "en-lang-adgangskode");
    const admin = userOf("it@kommune.dk")!;
    const bo = addUser("bo@kommune.dk");
    const { sid } = await signInAs("sub-bo");
    expect(resolveSession(sid!)).not.toBeNull();
    endSessionAsAdmin({ id: admin.id, role: admin.role, departmentId: admin.departmentId }, { userId: bo, session: sessionHandle(sid!) });
    expect(resolveSession(sid!)).toBeNull();
  });
});
