import { demoAccounts } from "../lib/demo-accounts";

/** name=value pairs of Set-Cookie headers, merged into one Cookie header value. */
function mergeCookies(jar: Map<string, string>, response: Response): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const separator = pair.indexOf("=");
    if (separator > 0) jar.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/**
 * Signs in through Auth.js's own credentials flow (CSRF token, then the credentials callback) with an account
 * of the demo or bench data (all of them have the demo password) and returns the Cookie header that carries the session.
 */
export async function logInAs(baseUrl: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  mergeCookies(jar, csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ email, password: demoAccounts.password, csrfToken, callbackUrl: `${baseUrl}/` }),
  });
  mergeCookies(jar, response);
  if (![...jar.keys()].some((name) => name.endsWith("authjs.session-token"))) {
    throw new Error(`Log ind som ${email} mislykkedes (svar ${response.status} ${response.headers.get("location") ?? ""}).`);
  }
  return cookieHeader(jar);
}
