import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, sessions } from "@/db/schema";
import { seedAdmin } from "@/db/seed";
import { attemptLogin } from "@/lib/services/auth";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
const secret = "signout-test-secret-that-is-long-enough-0123456789";
const sessionCookie = "authjs.session-token";

beforeAll(() => {
  process.env.AUTH_SECRET = secret;
  process.env.AUTH_TRUST_HOST = "true";
});

async function signedInSession(): Promise<string> {
  await seedAdmin(db(), "it@kommune.dk", "en-lang-adgangskode");
  const result = await attemptLogin({ email: "it@kommune.dk", password: "en-lang-adgangskode", ip: "10.0.0.1", userAgent: "vitest" });
  if (!result.ok) throw new Error("login failed");
  return result.sessionId;
}

/** POST /api/auth/signout as a browser would send it: session cookie plus Auth.js's double-submit CSRF token. */
async function postSignout(sid: string, withCsrf = true): Promise<Response> {
  const { POST } = await import("@/app/api/auth/[...nextauth]/route");
  const jwt = await encode({ token: { sid, sub: "1" }, secret, salt: sessionCookie });
  const csrfToken = "a".repeat(64);
  const csrfCookie = `${csrfToken}|${createHash("sha256").update(`${csrfToken}${secret}`).digest("hex")}`;
  const request = new NextRequest("http://localhost:3000/api/auth/signout", {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: `${sessionCookie}=${jwt}; authjs.csrf-token=${encodeURIComponent(csrfCookie)}`,
    },
    body: new URLSearchParams({ csrfToken: withCsrf ? csrfToken : "forfalsket", callbackUrl: "/login" }).toString(),
  });
  return POST(request);
}

describe("POST /api/auth/signout", () => {
  it("deletes the session row, not only the cookie, and audits the end", async () => {
    const sid = await signedInSession();
    const response = await postSignout(sid);
    expect(response.status).toBeLessThan(400);
    expect(db().select().from(sessions).where(eq(sessions.id, sid)).get()).toBeUndefined();
    expect(db().select().from(auditEvents).where(eq(auditEvents.action, "session.end")).all()).toHaveLength(1);
  });

  it("without a valid CSRF token ends nothing", async () => {
    const sid = await signedInSession();
    await postSignout(sid, false);
    expect(db().select().from(sessions).where(eq(sessions.id, sid)).get()).toBeTruthy();
  });
});
