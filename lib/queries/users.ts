import "server-only";
import { and, asc, count, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { containsPattern, folded } from "@/db/fold";
import { departments, loginThrottles, oneTimeLinks, ssoIdentities, users } from "@/db/schema";
import { isUnusablePasswordHash, linkState, linkStateMessages, type LinkState } from "@/lib/domain/user-admin";
import { clampedOffset, PAGE_SIZE, pageInfo, type PageRequest, type Paged } from "@/lib/validation/pagination";
import type { UserListFilter } from "@/lib/validation/user-admin";
import { hashOneTimeToken, oneTimeToken } from "@/lib/validation/user-admin-links";
import type { UserSort } from "@/lib/validation/user-list";
import { outer } from "./outer-column";
import { activeDepartmentOptions } from "./departments";

export type AdminUserRow = {
  id: number;
  name: string;
  email: string;
  role: (typeof users.$inferSelect)["role"];
  title: string;
  active: boolean;
  lastLoginAt: string | null;
  departmentName: string | null;
  locked: boolean;
};

export const noUserFilter: UserListFilter = { q: "", role: null, departmentId: null, active: "all" };

/**
 * Whether sign-in is throttled for the account now: a throttle on its e-mail, on its e-mail from one address
 * (pair keys are the e-mail, a line feed, then the address: a range on the key's index), or the old lock column.
 */
function lockedNow(now: string): SQL<number> {
  return sql<number>`(
    ${users.lockedUntil} > ${now}
    or exists (select 1 from ${loginThrottles} where ${loginThrottles.accountKey} = ${outer(users.email)} and ${loginThrottles.lockedUntil} > ${now})
    or exists (select 1 from ${loginThrottles} where ${loginThrottles.accountKey} >= ${outer(users.email)} || char(10)
      and ${loginThrottles.accountKey} < ${outer(users.email)} || char(11) and ${loginThrottles.lockedUntil} > ${now})
  )`;
}

function filterConditions(filter: UserListFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    conditions.push(or(sql`${folded(users.name)} like ${pattern} escape '\\'`, sql`${folded(users.email)} like ${pattern} escape '\\'`));
  }
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.departmentId) conditions.push(eq(users.departmentId, filter.departmentId));
  if (filter.active !== "all") conditions.push(eq(users.active, filter.active === "active"));
  return conditions.length ? and(...conditions) : undefined;
}

/** One page of users for the administrators, filtered, by name or by latest login (never logged in last). */
export function listUsersForAdmin(
  sort: UserSort = "name",
  request: PageRequest = { page: 1, limit: PAGE_SIZE, offset: 0 },
  filter: UserListFilter = noUserFilter,
  now = new Date(),
): Paged<AdminUserRow> {
  const db = getDb();
  const where = filterConditions(filter);
  const total = db.select({ n: count() }).from(users).where(where).get()?.n ?? 0;
  const order = sort === "last_login" ? [sql`${users.lastLoginAt} is null`, desc(users.lastLoginAt), asc(users.id)] : [asc(users.name), asc(users.id)];
  const rows = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      title: users.title,
      active: users.active,
      lastLoginAt: users.lastLoginAt,
      departmentName: departments.name,
      locked: lockedNow(now.toISOString()),
    })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(where)
    .orderBy(...order)
    .limit(request.limit)
    .offset(clampedOffset(request, total))
    .all();
  return { rows: rows.map((row) => ({ ...row, locked: Boolean(row.locked) })), info: pageInfo(request, total) };
}

export type DepartmentOption = { value: number; label: string };

/** The departments a user form offers: the active ones, and the user's own (`keep`) even when it is deactivated. */
export function userFormDepartmentOptions(keep: number | null = null): DepartmentOption[] {
  return activeDepartmentOptions([keep]).map((department) => ({ value: department.id, label: department.name }));
}

/** Every department, by name, for the list's filter. */
export function listDepartmentOptions(): DepartmentOption[] {
  return getDb()
    .select({ value: departments.id, label: departments.name })
    .from(departments)
    .orderBy(asc(departments.name))
    .all();
}

export type AdminUserDetail = {
  id: number;
  name: string;
  email: string;
  role: AdminUserRow["role"];
  title: string;
  departmentId: number | null;
  active: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
  locked: boolean;
  hasPassword: boolean;
  /** The latest unused, unexpired one-time link's expiry; never the link itself, which was shown once. */
  pendingLinkExpiresAt: string | null;
  /** Whether single sign-on has linked the user to an identity at the municipality's login (matched by its id from then on). */
  ssoLinked: boolean;
};

/** One user for the administrators' edit page; null when there is no such user. */
export function getUserForAdmin(id: number, now = new Date()): AdminUserDetail | null {
  const db = getDb();
  const nowIso = now.toISOString();
  const row = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      title: users.title,
      departmentId: users.departmentId,
      active: users.active,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
      passwordHash: users.passwordHash,
      locked: lockedNow(nowIso),
    })
    .from(users)
    .where(eq(users.id, id))
    .get();
  if (!row) return null;
  const link = db
    .select({ expiresAt: oneTimeLinks.expiresAt })
    .from(oneTimeLinks)
    .where(and(eq(oneTimeLinks.userId, id), sql`${oneTimeLinks.usedAt} is null`, sql`${oneTimeLinks.revokedAt} is null`, sql`${oneTimeLinks.expiresAt} > ${nowIso}`))
    .orderBy(desc(oneTimeLinks.id))
    .limit(1)
    .get();
  const linked = db.select({ id: ssoIdentities.id }).from(ssoIdentities).where(eq(ssoIdentities.userId, id)).limit(1).get();
  const { passwordHash, ...rest } = row;
  return {
    ...rest,
    locked: Boolean(row.locked),
    hasPassword: !isUnusablePasswordHash(passwordHash),
    pendingLinkExpiresAt: link?.expiresAt ?? null,
    ssoLinked: Boolean(linked),
  };
}

/** A one-time link by its token (compared by hash), with its user; in a transaction when `db` is one. */
export function findOneTimeLink(db: DbOrTx, token: string) {
  if (!oneTimeToken.safeParse(token).success) return undefined;
  return db
    .select({
      id: oneTimeLinks.id,
      userId: oneTimeLinks.userId,
      purpose: oneTimeLinks.purpose,
      expiresAt: oneTimeLinks.expiresAt,
      usedAt: oneTimeLinks.usedAt,
      revokedAt: oneTimeLinks.revokedAt,
      userName: users.name,
      userEmail: users.email,
      userActive: users.active,
    })
    .from(oneTimeLinks)
    .innerJoin(users, eq(users.id, oneTimeLinks.userId))
    .where(eq(oneTimeLinks.tokenHash, hashOneTimeToken(token)))
    .get();
}

export type LinkCheck =
  | { state: "valid"; name: string; email: string; purpose: "welcome" | "reset" }
  | { state: Exclude<LinkState, "valid"> | "inactive"; message: string };

const inactiveMessage = "Kontoen er deaktiveret, så linket virker ikke. Kontakt en administrator.";

/** Whose link it is, or why it does not work (a deactivated user's link never works). */
export function linkVerdict(link: ReturnType<typeof findOneTimeLink>, now: Date): LinkCheck {
  const state = linkState(link, now);
  if (state !== "valid" || !link) return { state: state === "valid" ? "unknown" : state, message: linkStateMessages[state === "valid" ? "unknown" : state] };
  if (!link.userActive) return { state: "inactive", message: inactiveMessage };
  return { state: "valid", name: link.userName, email: link.userEmail, purpose: link.purpose };
}

/** What the public set-password page shows for a token. */
export function checkOneTimeLink(token: string, now = new Date()): LinkCheck {
  return linkVerdict(findOneTimeLink(getDb(), token), now);
}
