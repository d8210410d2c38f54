import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { sessionIdFromCookies } from "@/lib/auth/session-token";

const secret = "session-token-test-secret-long-enough-0123456789";
const jar = (cookies: Record<string, string>) => ({ getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })) });
const token = (sid: string, salt = "authjs.session-token", maxAge = 3600) => encode({ token: { sid, sub: "1" }, secret, salt, maxAge });

describe("the session id in Auth.js's cookie", () => {
  it("reads it from the plain, the __Secure- and a chunked cookie", async () => {
    expect(await sessionIdFromCookies(jar({ "authjs.session-token": await token("plain") }), secret)).toBe("plain");
    const secure = await token("secure", "__Secure-authjs.session-token");
    expect(await sessionIdFromCookies(jar({ "__Secure-authjs.session-token": secure }), secret)).toBe("secure");
    const chunked = await token("chunked");
    const chunks = { "authjs.session-token.1": chunked.slice(100), "authjs.session-token.0": chunked.slice(0, 100) };
    expect(await sessionIdFromCookies(jar(chunks), secret)).toBe("chunked");
  });

  it("refuses a missing, forged, expired or differently keyed token", async () => {
    expect(await sessionIdFromCookies(jar({}), secret)).toBeNull();
    expect(await sessionIdFromCookies(jar({ "authjs.session-token": "not-a-token" }), secret)).toBeNull();
    expect(await sessionIdFromCookies(jar({ "authjs.session-token": await token("old", undefined, -60) }), secret)).toBeNull();
    const other = await encode({ token: { sid: "x" }, secret: "another-secret-that-is-long-enough-0123456789", salt: "authjs.session-token" });
    expect(await sessionIdFromCookies(jar({ "authjs.session-token": other }), secret)).toBeNull();
    // A token sealed for the plain cookie does not pass under the __Secure- name (the name is the key's salt).
    expect(await sessionIdFromCookies(jar({ "__Secure-authjs.session-token": await token("swapped") }), secret)).toBeNull();
  });

  it("gives the same answer when it reads a remembered token again", async () => {
    const cookies = jar({ "authjs.session-token": await token("again") });
    expect(await sessionIdFromCookies(cookies, secret)).toBe("again");
    expect(await sessionIdFromCookies(cookies, secret)).toBe("again");
  });
});
