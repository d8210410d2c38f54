import { roles, type Role } from "@/lib/codes";
import { roleLabels } from "@/lib/domain/role-labels";

/** Rules of two-factor sign-in (TOTP, RFC 6238) that need neither a database nor a clock. */

/** Seconds per code, digits per code, and how many steps either side of now a code may be from. */
export const totpPeriodSeconds = 30;
export const totpDigits = 6;
export const totpWindowSteps = 1;

/** How many recovery codes an enrolment hands out, and the alphabet they are written in (no 0/O, 1/I/L). */
export const recoveryCodeCount = 10;
export const recoveryCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const recoveryGroupLength = 5;

/** A pending sign-in (password right, code not yet given) lasts this long and survives this many wrong codes. */
export const pendingLoginMinutes = 5;
export const pendingLoginMaxFailedCodes = 5;

/** The time step a moment falls in. */
export function stepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / totpPeriodSeconds);
}

/** A code's step is accepted only when it is later than the last accepted one: no code works twice. */
export function isFreshStep(step: number, lastUsedStep: number): boolean {
  return step > lastUsedStep;
}

/** A six-digit code as typed ("123 456", "123-456"), or null when it cannot be one. */
export function normalizeTotpCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  return new RegExp(`^\\d{${totpDigits}}$`).test(digits) ? digits : null;
}

/** Turns random bytes into a recovery code "XXXXX-XXXXX" (one byte per character, modulo the alphabet). */
export function formatRecoveryCode(bytes: Uint8Array): string {
  if (bytes.length < recoveryGroupLength * 2) throw new Error("too few bytes for a recovery code");
  const characters = Array.from(bytes.slice(0, recoveryGroupLength * 2), (byte) => recoveryCodeAlphabet[byte % recoveryCodeAlphabet.length]);
  return `${characters.slice(0, recoveryGroupLength).join("")}-${characters.slice(recoveryGroupLength).join("")}`;
}

/** A recovery code as typed, in the canonical form it was hashed in; null when it cannot be one. */
export function normalizeRecoveryCode(input: string): string | null {
  const compact = input.replace(/[\s-]/g, "").toUpperCase();
  if (compact.length !== recoveryGroupLength * 2) return null;
  if ([...compact].some((character) => !recoveryCodeAlphabet.includes(character))) return null;
  return `${compact.slice(0, recoveryGroupLength)}-${compact.slice(recoveryGroupLength)}`;
}

/**
 * The roles the setting `requireTwoFactorRoles` names: role codes (as the settings form saves them) or their Danish
 * labels (as older values may), separated by commas, in any case. Unknown words are ignored.
 */
export function parseRequiredRoles(value: string): Role[] {
  const words = value
    .split(/[,;]/)
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean);
  return roles.filter((role) => words.includes(role) || words.includes(roleLabels[role].toLowerCase()));
}

/** Whether a user of this role must have two-factor sign-in before doing anything after a password sign-in. */
export function isTwoFactorRequired(role: Role, requiredRolesSetting: string): boolean {
  return parseRequiredRoles(requiredRolesSetting).includes(role);
}
