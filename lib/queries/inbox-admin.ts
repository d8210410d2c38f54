import "server-only";
import { and, eq, gt, isNull, lte, ne } from "drizzle-orm";
import { oneTimeLinks, users } from "@/db/schema";
import { type InboxCandidate } from "@/lib/domain/inbox";
import { formatDateTime } from "@/lib/format";
import { prepared } from "./inbox-prepared";
import { horizon$, now$, type InboxContext } from "./inbox-context";

/** The administrators' items: locked accounts, users without a department, one-time links about to expire. */

/** Accounts whose sign-in is throttled now: the lock column, a throttle on the e-mail, or on the e-mail from one address. */
export function lockedAccounts({ db, now }: InboxContext): InboxCandidate[] {
  const nowIso = now.toISOString();
  const statement = prepared(db, "lockedAccounts", () =>
    db.$client.prepare<{ now: string }, { id: number; name: string; until: string }>(`
      select id, name, max(until) as until from (
        select u.id, u.name, u.locked_until as until from users u where u.locked_until > @now
        union all
        select u.id, u.name, t.locked_until from login_throttles t
          join users u on u.email = (case when instr(t.account_key, char(10)) > 0
            then substr(t.account_key, 1, instr(t.account_key, char(10)) - 1) else t.account_key end)
          where t.locked_until > @now
      ) group by id`),
  );
  const rows = statement.all({ now: nowIso });
  return rows.map((row) => ({
    kind: "locked_account",
    key: `user-locked:${row.id}`,
    title: row.name,
    why: () => `Kontoen er låst efter for mange mislykkede login indtil ${formatDateTime(row.until)}; lås den op, hvis det er brugeren selv.`,
    href: `/admin/users/${row.id}`,
    dueDate: row.until.slice(0, 10),
  }));
}

/** Active users other than directors (who sit above the departments) with no department. */
export function usersWithoutDepartment({ db }: InboxContext): InboxCandidate[] {
  return prepared(db, "usersWithoutDepartment", () =>
    db
      .select({ id: users.id, name: users.name, createdAt: users.createdAt })
      .from(users)
      .where(and(eq(users.active, true), isNull(users.departmentId), ne(users.role, "director")))
      .prepare(),
  )
    .all()
    .map((row) => ({
      kind: "user_without_department",
      key: `user-department:${row.id}`,
      title: row.name,
      why: () => "Brugeren hører ikke til nogen afdeling, så afdelingens rettigheder og lister gælder ikke for vedkommende.",
      href: `/admin/users/${row.id}`,
      dueDate: null,
    }));
}

/** One-time links, neither used nor revoked, that expire within 24 hours. */
export function expiringLinks({ db, now }: InboxContext): InboxCandidate[] {
  const nowIso = now.toISOString();
  const until = new Date(now.getTime() + 86_400_000).toISOString();
  return prepared(db, "expiringLinks", () =>
    db
      .select({ id: oneTimeLinks.id, userId: users.id, name: users.name, expiresAt: oneTimeLinks.expiresAt })
      .from(oneTimeLinks)
      .innerJoin(users, eq(users.id, oneTimeLinks.userId))
      .where(and(isNull(oneTimeLinks.usedAt), isNull(oneTimeLinks.revokedAt), gt(oneTimeLinks.expiresAt, now$), lte(oneTimeLinks.expiresAt, horizon$)))
      .prepare(),
  )
    .all({ now: nowIso, horizon: until })
    .map((row) => ({
      kind: "expiring_link",
      key: `link:${row.id}`,
      title: row.name,
      why: () => `Engangslinket til at vælge adgangskode udløber ${formatDateTime(row.expiresAt)} uden at være brugt; send et nyt, hvis brugeren ikke har fået det.`,
      href: `/admin/users/${row.userId}`,
      dueDate: row.expiresAt.slice(0, 10),
    }));
}
