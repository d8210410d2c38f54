import type { OIDCConfig, Provider } from "next-auth/providers";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { parseOidcConfig, type OidcConfig } from "@/lib/config";
import { isEntraIssuer, isEntraTenantIssuer } from "@/lib/domain/sso";

/** The Auth.js id of the generic OpenID Connect provider (redirect URI …/api/auth/callback/oidc). */
export const genericOidcProviderId = "oidc";
/** The Auth.js id of Microsoft Entra ID (redirect URI …/api/auth/callback/microsoft-entra-id). */
export const entraProviderId = "microsoft-entra-id";

type Claims = Record<string, unknown>;

export type SsoSetup = {
  config: OidcConfig;
  providerId: string;
  /** A single Entra ID tenant, whose e-mail claims the tenant itself manages. */
  entraTenant: boolean;
};

/** Single sign-on as configured by the environment, or null when it is not (then nothing about it appears). */
export function ssoSetup(env: Record<string, string | undefined> = process.env): SsoSetup | null {
  const config = parseOidcConfig(env);
  if (!config) return null;
  const entra = isEntraIssuer(config.issuer);
  return { config, providerId: entra ? entraProviderId : genericOidcProviderId, entraTenant: entra && isEntraTenantIssuer(config.issuer) };
}

/** The user Auth.js carries until the signIn callback has matched the person to a Styrerum user. */
function profileOf(claims: Claims) {
  const text = (value: unknown) => (typeof value === "string" ? value : null);
  return { id: text(claims.sub) ?? "", name: text(claims.name), email: text(claims.email) ?? text(claims.preferred_username) };
}

/**
 * Auth.js's own provider for the configured issuer: Microsoft Entra ID for login.microsoftonline.com, otherwise the
 * generic OpenID Connect provider. Authorization code flow with PKCE, state and nonce all checked.
 */
export function ssoProvider(setup: SsoSetup): Provider {
  const { issuer, clientId, clientSecret, name } = setup.config;
  const checks: OIDCConfig<Claims>["checks"] = ["pkce", "state", "nonce"];
  const authorization = { params: { scope: "openid profile email" } };
  if (setup.providerId === entraProviderId) {
    // Our own profile(): no profile photo fetched from Microsoft Graph, and no Graph scope asked for.
    return MicrosoftEntraID({
      issuer,
      clientId,
      clientSecret,
      name,
      checks,
      authorization,
      profile: (claims) => profileOf(claims as unknown as Claims),
    });
  }
  const generic: OIDCConfig<Claims> = { id: genericOidcProviderId, name, type: "oidc", issuer, clientId, clientSecret, checks, authorization, profile: profileOf };
  return generic;
}
