import type { Account, Profile, User } from "next-auth";
import { clientIp } from "@/lib/request";
import { signInWithSso, type SsoRefusal } from "@/lib/services/sso";
import type { SsoSetup } from "./sso-provider";

/** Where a refused single sign-on lands: the login page, which explains the reason in Danish. */
export function ssoRefusalUrl(reason: SsoRefusal): string {
  return `/login?sso=${reason}`;
}

/**
 * Auth.js's signIn callback for the single sign-on provider: the ID token has been validated (state, PKCE, nonce,
 * signature); here the person is matched to a Styrerum user and a session row is opened, whose id the JWT carries.
 */
export function ssoSignInCallback(
  setup: SsoSetup,
  params: { user: User; account?: Account | null; profile?: Profile },
  requestHeaders: Headers | null,
): true | string {
  const result = signInWithSso({
    claims: (params.profile ?? {}) as Record<string, unknown>,
    issuer: setup.config.issuer,
    entraTenant: setup.entraTenant,
    ip: requestHeaders ? clientIp(requestHeaders) : "",
    userAgent: requestHeaders?.get("user-agent") ?? "",
  });
  if (!result.ok) return ssoRefusalUrl(result.reason);
  // Auth.js hands this same object to the jwt callback, which puts the session id into the token.
  params.user.id = String(result.userId);
  params.user.name = result.name;
  params.user.email = result.email;
  params.user.sessionId = result.sessionId;
  return true;
}
