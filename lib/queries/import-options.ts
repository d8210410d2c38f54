import "server-only";
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { departments, users } from "@/db/schema";

/** The active departments and people an unmatched import value can be pointed at. */
export function listDepartmentOptions(db: DbOrTx): { value: string; label: string }[] {
  return db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.active, true))
    .orderBy(asc(departments.name))
    .all()
    .map((row) => ({ value: `id:${row.id}`, label: row.name }));
}

export function listPeopleOptions(db: DbOrTx): { value: string; label: string }[] {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.name))
    .all()
    .map((row) => ({ value: `id:${row.id}`, label: `${row.name} (${row.email})` }));
}
