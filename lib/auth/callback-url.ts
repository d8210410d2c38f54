/**
 * The callback address Auth.js accepts in a request: a path on this site, or an absolute http(s) address.
 * Auth.js answers anything else with a 500 ("server configuration"), so the auth route refuses it first with a 400.
 */
export function isUsableCallbackUrl(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/** The cookies in which Auth.js keeps the callback address between requests (plain and over HTTPS). */
export const callbackUrlCookies = ["authjs.callback-url", "__Secure-authjs.callback-url"];
