import { isActiveAdministrator, isAdministrator } from "@/lib/permissions";
import type { Role } from "@/lib/codes";

/**
 * Rules of user administration, pure so they are tested without a database.
 */

/**
 * The password hash stored for an account that has no password yet (or whose password an administrator reset):
 * not a valid argon2 hash, so no password ever matches it, and the login service refuses it before verifying.
 */
export const unusablePasswordHash = "!no-password-set";

export function isUnusablePasswordHash(hash: string): boolean {
  return hash.startsWith("!");
}

/** A one-time link is valid for 72 hours. */
export const oneTimeLinkHours = 72;

export function oneTimeLinkExpiry(now: Date): string {
  return new Date(now.getTime() + oneTimeLinkHours * 3_600_000).toISOString();
}

export type LinkRow = { expiresAt: string; usedAt: string | null; revokedAt: string | null };
export type LinkState = "valid" | "used" | "expired" | "revoked" | "unknown";

/** Whether a one-time link can still be used at `now`; a spent or replaced link never comes back. */
export function linkState(link: LinkRow | undefined, now: Date): LinkState {
  if (!link) return "unknown";
  if (link.usedAt) return "used";
  if (link.revokedAt) return "revoked";
  if (new Date(link.expiresAt).getTime() <= now.getTime()) return "expired";
  return "valid";
}

export const linkStateMessages: Record<Exclude<LinkState, "valid">, string> = {
  unknown: "Linket findes ikke. Tjek, at du har kopieret hele adressen, eller bed en administrator om et nyt link.",
  used: "Linket er allerede brugt. Et link kan kun bruges én gang. Log ind med din adgangskode, eller bed en administrator om et nyt link.",
  revoked: "Linket er erstattet af et nyere link og virker ikke længere. Brug det nyeste link, eller bed en administrator om et nyt.",
  expired: "Linket er udløbet. Et link gælder i 72 timer. Bed en administrator om et nyt link.",
};

export type AdminTarget = { id: number; role: Role; active: boolean };
export type AdminChange = { role: Role; active: boolean };

/**
 * Why an administrator may not make `change` to `target`, or null when they may: nobody deactivates or demotes
 * themself, and the last active administrator stays an active administrator (`activeAdmins` counts them now).
 */
export function userChangeRefusal(actorId: number, target: AdminTarget, change: AdminChange, activeAdmins: number): string | null {
  const staysActiveAdmin = isActiveAdministrator(change);
  const isActiveAdmin = isActiveAdministrator(target);
  if (target.id === actorId) {
    if (!change.active && target.active) return "Du kan ikke deaktivere dig selv. Bed en anden administrator om det.";
    if (isAdministrator(target) && !isAdministrator(change)) return "Du kan ikke fjerne din egen administratorrolle. Bed en anden administrator om det.";
  }
  if (isActiveAdmin && !staysActiveAdmin && activeAdmins <= 1) {
    return change.active
      ? "Brugeren er den sidste aktive administrator og kan ikke få en anden rolle. Gør først en anden bruger til administrator."
      : "Brugeren er den sidste aktive administrator og kan ikke deaktiveres. Gør først en anden bruger til administrator.";
  }
  return null;
}

/**
 * The number of active administrators after a set of changes, for rules over many users at once (an import).
 * `before` holds every affected user's current state, `after` their new state; users not in `after` keep theirs.
 */
export function activeAdminsAfter(activeAdminsNow: number, changes: { before: AdminChange | null; after: AdminChange }[]): number {
  let total = activeAdminsNow;
  for (const { before, after } of changes) {
    const was = before ? isActiveAdministrator(before) : false;
    const is = isActiveAdministrator(after);
    total += Number(is) - Number(was);
  }
  return total;
}

/**
 * What the e-mail field of a user's edit page says. Single sign-on finds a user by the address only the first time,
 * then by the provider's own id (lib/services/sso.ts), so a new address keeps a linked user's single sign-on but must
 * match the municipality's login for a user not yet linked. Single sign-on is named only where it is set up.
 */
export function userEmailHint({ ssoConfigured, ssoLinked }: { ssoConfigured: boolean; ssoLinked: boolean }): string {
  const base = "Brugeren logger ind med denne adresse. Den skal være unik.";
  if (!ssoConfigured) return base;
  return ssoLinked
    ? `${base} Brugeren er knyttet til kommunens login (single sign-on), og det følger med, når adressen ændres.`
    : `${base} Første gang brugeren logger ind med kommunens login (single sign-on), findes brugeren på denne adresse, så den skal være den samme som i kommunens login.`;
}
