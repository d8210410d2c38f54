import "server-only";
import { isAdministrator } from "@/lib/permissions";
import { and, count, eq } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { loginIpFailures, ssoIdentities, users } from "@/db/schema";
import type { Role } from "@/lib/codes";
import { recordAudit } from "@/lib/audit";
import { readSettings } from "@/lib/settings";
import { nameForNewUser, parseGroupRoleMapping, readSsoClaims, roleFromGroups, type SsoClaims } from "@/lib/domain/sso";
import { unusablePasswordHash } from "@/lib/domain/user-admin";
import { openSession } from "./auth";

export type SsoSignIn = {
  /** The validated ID token claims Auth.js hands over. */
  claims: Record<string, unknown>;
  /** The configured issuer, used when the token carries no `iss` (it always should). */
  issuer: string;
  /** Whether the issuer is a single Entra ID tenant, whose `email`/`preferred_username` count as verified. */
  entraTenant: boolean;
  ip: string;
  userAgent: string;
};

export type SsoRefusal = "invalid" | "unknown" | "inactive" | "conflict" | "ip_blocked";

export type SsoResult =
  | { ok: true; userId: number; sessionId: string; name: string; email: string; role: Role; created: boolean }
  | { ok: false; reason: SsoRefusal };

type UserRow = typeof users.$inferSelect;

/**
 * Signs in a person the provider has vouched for: matched by issuer + subject, the first time by verified e-mail
 * (the identity is then linked), or created just in time as staff in no department when the setting allows it.
 * Applies the group → role mapping, then opens a revocable session like a password sign-in. Everything, refusals
 * included, is audited; the whole decision is one transaction.
 */
export function signInWithSso(input: SsoSignIn, now = new Date()): SsoResult {
  const db = getDb();
  const claims = readSsoClaims(input.claims, { fallbackIssuer: input.issuer, entraTenant: input.entraTenant });
  return db.transaction((tx): SsoResult => {
    const settings = readSettings(tx);
    const refuse = (reason: SsoRefusal, user?: UserRow): SsoResult => {
      recordAudit(tx, {
        actorId: user?.id ?? null,
        actorRole: user?.role ?? null,
        action: "login.sso_refused",
        outcome: "denied",
        objectType: "user",
        objectId: user?.id ?? null,
        ip: input.ip,
        changes: { reason, issuer: claims?.issuer ?? input.issuer, email: claims?.verifiedEmail ?? null },
      });
      return { ok: false, reason };
    };
    if (!claims) return refuse("invalid");

    const ipRow = tx.select().from(loginIpFailures).where(eq(loginIpFailures.ip, input.ip)).get();
    const ipWindowOpen = ipRow && new Date(ipRow.windowStartedAt).getTime() + settings.loginIpWindowMinutes * 60_000 > now.getTime();
    if (ipWindowOpen && ipRow.failureCount >= settings.loginIpMaxFailures) return refuse("ip_blocked");

    const matched = matchUser(tx, claims, now);
    let user = matched.user;
    let created = false;
    if (matched.conflict) return refuse("conflict", matched.user);
    if (!user) {
      const name = nameForNewUser(claims);
      if (settings.ssoJustInTime !== 1 || !claims.verifiedEmail || !name) return refuse("unknown");
      user = createUserJustInTime(tx, claims, claims.verifiedEmail, name, now);
      created = true;
    }
    if (!user.active) return refuse("inactive", user);

    const mapped = roleFromGroups(claims.groups, parseGroupRoleMapping(settings.ssoGroupRoles));
    if (mapped && mapped !== user.role && !isLastActiveAdmin(tx, user)) {
      tx.update(users).set({ role: mapped, updatedAt: now.toISOString() }).where(eq(users.id, user.id)).run();
      recordAudit(tx, {
        actorId: null,
        actorRole: null,
        action: "user.update",
        objectType: "user",
        objectId: user.id,
        ip: input.ip,
        changes: { role: { from: user.role, to: mapped }, source: "sso_groups" },
      });
      user = { ...user, role: mapped };
    }

    tx.update(ssoIdentities)
      .set({ lastLoginAt: now.toISOString() })
      .where(and(eq(ssoIdentities.issuer, claims.issuer), eq(ssoIdentities.subject, claims.subject)))
      .run();
    const sessionId = openSession(tx, user, { ip: input.ip, userAgent: input.userAgent, method: "sso" }, now, settings.sessionAbsoluteDays);
    return { ok: true, userId: user.id, sessionId, name: user.name, email: user.email, role: user.role, created };
  });
}

/**
 * The user the claims belong to: by issuer + subject, else by verified e-mail (linking the identity, audited).
 * An e-mail match whose user is already linked to another subject at the same issuer is a conflict, not a match.
 */
function matchUser(tx: Transaction, claims: SsoClaims, now: Date): { user: UserRow | undefined; conflict: boolean } {
  const linked = tx
    .select({ user: users })
    .from(ssoIdentities)
    .innerJoin(users, eq(users.id, ssoIdentities.userId))
    .where(and(eq(ssoIdentities.issuer, claims.issuer), eq(ssoIdentities.subject, claims.subject)))
    .get();
  if (linked) return { user: linked.user, conflict: false };
  if (!claims.verifiedEmail) return { user: undefined, conflict: false };
  const byEmail = tx.select().from(users).where(eq(users.email, claims.verifiedEmail)).get();
  if (!byEmail) return { user: undefined, conflict: false };
  const other = tx
    .select({ id: ssoIdentities.id })
    .from(ssoIdentities)
    .where(and(eq(ssoIdentities.userId, byEmail.id), eq(ssoIdentities.issuer, claims.issuer)))
    .get();
  if (other) return { user: byEmail, conflict: true };
  linkIdentity(tx, byEmail.id, claims, now);
  recordAudit(tx, {
    actorId: byEmail.id,
    actorRole: byEmail.role,
    action: "sso.link",
    objectType: "user",
    objectId: byEmail.id,
    changes: { issuer: claims.issuer, email: claims.verifiedEmail },
  });
  return { user: byEmail, conflict: false };
}

/** The mapping never takes the administrator role from the last active administrator: someone must keep the keys. */
function isLastActiveAdmin(tx: Transaction, user: UserRow): boolean {
  if (!isAdministrator(user)) return false;
  const admins = tx.select({ value: count() }).from(users).where(and(eq(users.role, "admin"), eq(users.active, true))).get()?.value ?? 0;
  return admins <= 1;
}

function linkIdentity(tx: Transaction, userId: number, claims: SsoClaims, now: Date): void {
  tx.insert(ssoIdentities).values({ userId, issuer: claims.issuer, subject: claims.subject, createdAt: now.toISOString() }).run();
}

/** A staff user in no department, without a password (single sign-on only), linked to the identity; audited. */
function createUserJustInTime(tx: Transaction, claims: SsoClaims, email: string, name: string, now: Date): UserRow {
  const nowIso = now.toISOString();
  const row = tx
    .insert(users)
    .values({ name, email, role: "staff", departmentId: null, passwordHash: unusablePasswordHash, createdAt: nowIso, updatedAt: nowIso })
    .returning()
    .get();
  linkIdentity(tx, row.id, claims, now);
  recordAudit(tx, {
    actorId: null,
    actorRole: null,
    action: "user.create",
    objectType: "user",
    objectId: row.id,
    changes: { name, email, role: "staff", departmentId: null, source: "sso_just_in_time", issuer: claims.issuer },
  });
  return row;
}
