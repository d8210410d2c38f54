import "server-only";
import { decode } from "next-auth/jwt";

/** The cookie Auth.js keeps the session in: with the __Secure- prefix over HTTPS, whole or in chunks. */
const sessionCookieNames = ["__Secure-authjs.session-token", "authjs.session-token"];

type CookieJar = { getAll(): { name: string; value: string }[] };

function sessionCookie(jar: CookieJar): { name: string; value: string } | null {
  const all = jar.getAll();
  for (const name of sessionCookieNames) {
    const whole = all.find((cookie) => cookie.name === name);
    if (whole?.value) return { name, value: whole.value };
    const chunks = all
      .filter((cookie) => cookie.name.startsWith(`${name}.`))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
    if (chunks.length > 0) return { name, value: chunks.map((chunk) => chunk.value).join("") };
  }
  return null;
}

/**
 * Decrypting a session token costs a key derivation and AES on every request; a token that decrypted
 * once is remembered (by its exact text) until it expires. Revocation is unaffected: the session row
 * is still read on every request.
 */
const decrypted = new Map<string, { sid: string; expiresAt: number }>();
const rememberedTokens = 5_000;

/** The Styrerum session id carried by the request's Auth.js cookie, or null when there is no valid one. */
export async function sessionIdFromCookies(jar: CookieJar, secret = process.env.AUTH_SECRET): Promise<string | null> {
  const cookie = sessionCookie(jar);
  if (!cookie || !secret) return null;
  const now = Date.now();
  const known = decrypted.get(cookie.value);
  if (known) {
    if (known.expiresAt > now) return known.sid;
    decrypted.delete(cookie.value);
    return null;
  }
  let payload: { sid?: unknown; exp?: unknown } | null;
  try {
    payload = await decode({ token: cookie.value, secret, salt: cookie.name });
  } catch {
    return null;
  }
  if (!payload || typeof payload.sid !== "string" || typeof payload.exp !== "number") return null;
  if (decrypted.size >= rememberedTokens) decrypted.delete(decrypted.keys().next().value!);
  decrypted.set(cookie.value, { sid: payload.sid, expiresAt: payload.exp * 1000 });
  return payload.sid;
}
