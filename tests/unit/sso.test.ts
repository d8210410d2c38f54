import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, parseOidcConfig } from "@/lib/config";
import { entraProviderId, genericOidcProviderId, ssoSetup } from "@/lib/auth/sso-provider";
import {
  isEntraTenantIssuer,
  nameForNewUser,
  parseGroupRoleMapping,
  passwordSignInAllowed,
  readSsoClaims,
  roleFromGroups,
  unreadableMappingLines,
} from "@/lib/domain/sso";
import { ssoRefusalMessage } from "@/lib/domain/sso-messages";

const generic = { fallbackIssuer: "https://idp.example", entraTenant: false };
const entra = { fallbackIssuer: "https://login.microsoftonline.com/t/v2.0", entraTenant: true };

describe("group → role mapping", () => {
  it("reads groupId=role lines separated by newlines or semicolons and skips what does not read", () => {
    const text = "g-dir=director; g-admin = admin\n\nnonsense; g-x=king; =staff";
    expect(parseGroupRoleMapping(text)).toEqual([
      { group: "g-dir", role: "director" },
      { group: "g-admin", role: "admin" },
    ]);
    expect(unreadableMappingLines(text)).toEqual(["nonsense", "g-x=king", "=staff"]);
  });

  it("gives the most powerful mapped role, or null when no group is mapped", () => {
    const rules = parseGroupRoleMapping("a=staff; b=admin; c=director");
    expect(roleFromGroups(["a", "c"], rules)).toBe("director");
    expect(roleFromGroups(["a", "b", "c"], rules)).toBe("admin");
    expect(roleFromGroups(["z"], rules)).toBeNull();
    expect(roleFromGroups([], [])).toBeNull();
  });
});

describe("reading the ID token", () => {
  it("takes an e-mail only when the provider says it is verified", () => {
    expect(readSsoClaims({ sub: "s", email: "A@K.dk", email_verified: true }, generic)?.verifiedEmail).toBe("a@k.dk");
    expect(readSsoClaims({ sub: "s", email: "a@k.dk", email_verified: false }, generic)?.verifiedEmail).toBeNull();
    expect(readSsoClaims({ sub: "s", email: "a@k.dk" }, generic)?.verifiedEmail).toBeNull();
  });

  it("trusts a single Entra ID tenant's email, else preferred_username", () => {
    expect(readSsoClaims({ sub: "s", email: "a@k.dk" }, entra)?.verifiedEmail).toBe("a@k.dk");
    expect(readSsoClaims({ sub: "s", preferred_username: "B@K.dk" }, entra)?.verifiedEmail).toBe("b@k.dk");
    expect(readSsoClaims({ sub: "s", preferred_username: "not an email" }, entra)?.verifiedEmail).toBeNull();
  });

  it("needs a subject, takes the issuer from the token and groups from groups or roles", () => {
    expect(readSsoClaims({ email: "a@k.dk", email_verified: true }, generic)).toBeNull();
    const claims = readSsoClaims({ sub: "s", iss: "https://other", roles: ["r1", 7] }, generic);
    expect(claims).toMatchObject({ issuer: "https://other", subject: "s", groups: ["r1"] });
    expect(readSsoClaims({ sub: "s", groups: ["g"], roles: ["r"] }, generic)?.groups).toEqual(["g"]);
    expect(readSsoClaims({ sub: "s" }, generic)?.issuer).toBe("https://idp.example");
  });

  it("names a new user by the provider's name, else by the e-mail's local part", () => {
    const base = { issuer: "i", subject: "s", groups: [] };
    expect(nameForNewUser({ ...base, name: "Anna A", verifiedEmail: "a@k.dk" })).toBe("Anna A");
    expect(nameForNewUser({ ...base, name: null, verifiedEmail: "anna@k.dk" })).toBe("anna");
    expect(nameForNewUser({ ...base, name: null, verifiedEmail: null })).toBeNull();
  });

  it("tells a single Entra ID tenant from the shared endpoints", () => {
    expect(isEntraTenantIssuer("https://login.microsoftonline.com/1234-abcd/v2.0")).toBe(true);
    expect(isEntraTenantIssuer("https://login.microsoftonline.com/common/v2.0")).toBe(false);
    expect(isEntraTenantIssuer("https://idp.example/v2.0")).toBe(false);
  });
});

describe("password sign-in for administrators only", () => {
  it("lets everyone in while off, only administrators while on", () => {
    expect(passwordSignInAllowed("staff", 0, true)).toBe(true);
    expect(passwordSignInAllowed("staff", 1, true)).toBe(false);
    expect(passwordSignInAllowed("director", 1, true)).toBe(false);
    expect(passwordSignInAllowed("admin", 1, true)).toBe(true);
  });

  it("locks nobody out while single sign-on is not configured", () => {
    expect(passwordSignInAllowed("staff", 1, false)).toBe(true);
  });
});

describe("single sign-on configuration", () => {
  const complete = {
    STYRERUM_OIDC_ISSUER: "https://login.microsoftonline.com/1234/v2.0",
    STYRERUM_OIDC_CLIENT_ID: "client",
    STYRERUM_OIDC_CLIENT_SECRET: "secret",
  };

  it("is off when nothing is set, and nothing about it is offered", () => {
    expect(parseOidcConfig({})).toBeNull();
    expect(parseOidcConfig({ STYRERUM_OIDC_ISSUER: "", STYRERUM_OIDC_CLIENT_ID: "" })).toBeNull();
    expect(ssoSetup({})).toBeNull();
    expect(parseConfig({}).oidc).toBeNull();
  });

  it("uses Auth.js's Entra ID provider for login.microsoftonline.com and the generic one otherwise", () => {
    expect(ssoSetup(complete)).toMatchObject({ providerId: entraProviderId, entraTenant: true, config: { name: "Log ind med Microsoft" } });
    const other = ssoSetup({ ...complete, STYRERUM_OIDC_ISSUER: "https://idp.example", STYRERUM_OIDC_NAME: "Log ind med KommuneID" });
    expect(other).toMatchObject({ providerId: genericOidcProviderId, entraTenant: false, config: { name: "Log ind med KommuneID" } });
    expect(parseConfig(complete).oidc?.clientId).toBe("client");
  });

  it("refuses half a configuration and an issuer that is not a URL, in Danish", () => {
    expect(() => parseOidcConfig({ STYRERUM_OIDC_ISSUER: complete.STYRERUM_OIDC_ISSUER })).toThrow(ConfigError);
    expect(() => parseOidcConfig({ ...complete, STYRERUM_OIDC_ISSUER: "ikke en url" })).toThrow(/STYRERUM_OIDC_ISSUER skal være en URL/);
    expect(() => parseConfig({ STYRERUM_OIDC_CLIENT_ID: "client" })).toThrow(/kræver både/);
  });
});

describe("refusal messages", () => {
  it("explains each refusal in Danish and says nothing without one", () => {
    expect(ssoRefusalMessage("unknown", undefined, "Log ind med Microsoft")).toMatch(/^Du har ikke adgang til Styrerum endnu – kontakt/);
    expect(ssoRefusalMessage(undefined, "Configuration", "Log ind med Microsoft")).toContain("Log ind med Microsoft");
    expect(ssoRefusalMessage("toString", undefined, "x")).toBeNull();
    expect(ssoRefusalMessage(undefined, undefined, "x")).toBeNull();
  });
});
