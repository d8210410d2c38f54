import { isAdministrator } from "@/lib/permissions";
import type { Role } from "@/lib/codes";

/** Pure rules of single sign-on: reading the provider's claims, the group → role mapping, and who may still use a password. */

const roleCodes: readonly Role[] = ["director", "department_head", "staff", "admin"];

/** When several mapped groups match, the role with most power wins. */
const rolePrecedence: readonly Role[] = ["admin", "director", "department_head", "staff"];

export type GroupRoleRule = { group: string; role: Role };

/**
 * Reads the mapping setting: one `groupId=role` per line (lines may also be separated by `;`), role being one of
 * director, department_head, staff, admin. Blank lines and lines that do not read are ignored.
 */
export function parseGroupRoleMapping(text: string): GroupRoleRule[] {
  const rules: GroupRoleRule[] = [];
  for (const line of text.split(/[\n;]/)) {
    const at = line.lastIndexOf("=");
    if (at <= 0) continue;
    const group = line.slice(0, at).trim();
    const role = line.slice(at + 1).trim() as Role;
    if (group && roleCodes.includes(role)) rules.push({ group, role });
  }
  return rules;
}

/** The lines of the mapping setting that do not read as `groupId=role`, to warn the administrator. */
export function unreadableMappingLines(text: string): string[] {
  return text
    .split(/[\n;]/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && parseGroupRoleMapping(line).length === 0);
}

/** The role the person's groups give under the mapping (the most powerful match), or null when none is mapped. */
export function roleFromGroups(groups: readonly string[], rules: readonly GroupRoleRule[]): Role | null {
  const matched = new Set(rules.filter((rule) => groups.includes(rule.group)).map((rule) => rule.role));
  return rolePrecedence.find((role) => matched.has(role)) ?? null;
}

/** The claims Styrerum reads from the provider's ID token. */
export type SsoClaims = {
  issuer: string;
  subject: string;
  /** A verified e-mail address (lower case), or null when the provider vouches for none. */
  verifiedEmail: string | null;
  name: string | null;
  groups: string[];
};

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const asString = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);
const asEmail = (value: unknown): string | null => {
  const text = asString(value);
  return text && emailPattern.test(text) && text.length <= 254 ? text.toLowerCase() : null;
};

/**
 * Reads the ID token claims. An e-mail counts as verified when the provider says `email_verified: true`; Microsoft
 * Entra ID sends no such claim, so for a single tenant (`entraTenant`) its `email`, else its `preferred_username`
 * (the sign-in name the tenant itself manages) is taken as verified. Groups come from `groups`, else `roles`.
 */
export function readSsoClaims(claims: Record<string, unknown>, options: { fallbackIssuer: string; entraTenant: boolean }): SsoClaims | null {
  const subject = asString(claims.sub);
  if (!subject || subject.length > 255) return null;
  const issuer = asString(claims.iss) ?? options.fallbackIssuer;
  const verified = claims.email_verified === true || claims.email_verified === "true";
  const verifiedEmail = verified ? asEmail(claims.email) : options.entraTenant ? (asEmail(claims.email) ?? asEmail(claims.preferred_username)) : null;
  const groupClaim = Array.isArray(claims.groups) ? claims.groups : Array.isArray(claims.roles) ? claims.roles : [];
  const groups = groupClaim.filter((group): group is string => typeof group === "string");
  return { issuer, subject, verifiedEmail, name: asString(claims.name)?.slice(0, 120) ?? null, groups };
}

/** A name for a user created just in time: the provider's name, else the part of the e-mail before @. */
export function nameForNewUser(claims: SsoClaims): string | null {
  if (claims.name && claims.name.length >= 2) return claims.name;
  const local = claims.verifiedEmail?.split("@")[0];
  return local && local.length >= 2 ? local : null;
}

/**
 * With `passwordLoginAdminsOnly` switched on, only administrators (the break-glass accounts) may sign in with a
 * password, as long as single sign-on is configured: without it the setting would lock everyone else out.
 */
export function passwordSignInAllowed(role: Role, passwordLoginAdminsOnly: number, ssoConfigured: boolean): boolean {
  return !ssoConfigured || passwordLoginAdminsOnly !== 1 || isAdministrator({ role });
}

/** Whether an issuer is a single Microsoft Entra ID tenant (not the shared common/organizations/consumers endpoints). */
export function isEntraTenantIssuer(issuer: string): boolean {
  const match = /^https:\/\/login\.microsoftonline\.com\/([^/]+)\/v2\.0\/?$/.exec(issuer);
  return Boolean(match && !["common", "organizations", "consumers"].includes(match[1]));
}

/** Whether an issuer is Microsoft Entra ID at all (any tenant), so Auth.js's own Entra ID provider is used. */
export function isEntraIssuer(issuer: string): boolean {
  return /^https:\/\/login\.microsoftonline\.com\//.test(issuer);
}
