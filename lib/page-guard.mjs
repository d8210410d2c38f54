// @ts-check
/**
 * What the HTTP server (scripts/serve.mjs) does to a request before Next.js sees it: every page gets
 * a per-request script nonce in its Content-Security-Policy (on the request, where Next.js reads it
 * and puts it on its own scripts, and on the response), and the anonymous are sent to /login. The
 * redirect is a convenience only: pages and actions check the session for themselves.
 *
 * Plain JavaScript so the server can load it without a build step.
 */
import { randomBytes } from "node:crypto";

/** Pages anyone may open. */
export const publicPagePattern = /^\/(login|accessibility|share\/|set-password\/)/;

/**
 * Route handlers and static files: no page, no nonce, no redirect. Board papers (/attachments/<id>) set their own
 * policy (an inline PDF may be framed by meeting mode) and answer the anonymous with 404. The web app manifest is
 * fetched without cookies, so it and its icons are public too. The meeting-mode service worker (/meeting-sw.js) is not listed: it is
 * served to the signed-in only.
 */
const nonPagePattern = /^\/(api\/|_next\/|attachments\/|favicon\.ico$|icon\.svg$|icon-(?:192|512)\.png$|apple-touch-icon\.png$|manifest\.webmanifest$)/;

/** Auth.js's session cookie, plain or with the __Secure- prefix, whole or chunked (.0, .1 …). */
const sessionCookiePattern = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

/**
 * The single sign-on provider's origin, which a form may lead to (the sign-in button's redirect), or null.
 * @param {string | undefined} issuer
 * @returns {string | null}
 */
export function signInProviderOrigin(issuer) {
  try {
    return issuer ? new URL(issuer).origin : null;
  } catch {
    return null;
  }
}

/**
 * Scripts only with this request's nonce and what they load ('strict-dynamic'); no inline scripts
 * otherwise. Styles keep 'unsafe-inline' for React's style attributes. Development adds
 * 'unsafe-eval', which React's dev tooling needs. Forms post to this site, and lead on to the single
 * sign-on provider when there is one. Meeting mode registers its service worker from this site ('strict-dynamic'
 * would otherwise leave workers without an allowed source).
 * @param {string} nonce
 * @param {boolean} [development]
 * @param {string | null} [providerOrigin]
 */
export function pageContentSecurityPolicy(nonce, development = false, providerOrigin = null) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // Meeting mode shows a paper's PDF in a frame of this site's /attachments/<id>?inline=1.
    "frame-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    `form-action 'self'${providerOrigin ? ` ${providerOrigin}` : ""}`,
  ].join("; ");
}

/**
 * A server action posted from another site: its Origin names a host other than the one it was sent to (the
 * X-Forwarded-Host a proxy sets, else Host), or cannot be read. Next.js refuses such a request too, but with a 500, as
 * if the server had failed; this lets the server answer 403 first. A request without an Origin is left to Next.js,
 * which lets it through as it always has.
 * @param {string | undefined} method
 * @param {Record<string, string | string[] | undefined>} headers
 */
export function isCrossSiteAction(method, headers) {
  if (method === "GET" || method === "HEAD" || !headers["next-action"]) return false;
  const origin = headers.origin;
  if (typeof origin !== "string") return false;
  const forwarded = headers["x-forwarded-host"];
  const host = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim() || headers.host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** A fresh, unguessable nonce (128 bits, base64) for one request. */
export function newNonce() {
  return randomBytes(16).toString("base64");
}

/**
 * @typedef {{ kind: "other" } | { kind: "login"; location: string } | { kind: "page"; policy: string }} PageGuard
 * @param {string} pathname
 * @param {string | undefined} cookieHeader
 * @param {boolean} [development]
 * @param {string | null} [providerOrigin]
 * @returns {PageGuard}
 */
export function guardPage(pathname, cookieHeader, development = false, providerOrigin = null) {
  if (nonPagePattern.test(pathname)) return { kind: "other" };
  if (!publicPagePattern.test(pathname) && !sessionCookiePattern.test(cookieHeader ?? "")) {
    return { kind: "login", location: pathname === "/" ? "/login" : `/login?next=${encodeURIComponent(pathname)}` };
  }
  return { kind: "page", policy: pageContentSecurityPolicy(newNonce(), development, providerOrigin) };
}
