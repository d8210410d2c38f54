import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { departments, strategyGoals, users, zones } from "@/db/schema";

/** The names a stale-edit panel shows instead of ids; "" for no id or a row that is gone. */
export function userName(db: DbOrTx, id: number | null): string {
  if (id === null) return "";
  return db.select({ name: users.name }).from(users).where(eq(users.id, id)).get()?.name ?? "";
}

export function departmentName(db: DbOrTx, id: number | null): string {
  if (id === null) return "";
  return db.select({ name: departments.name }).from(departments).where(eq(departments.id, id)).get()?.name ?? "";
}

export function zoneName(db: DbOrTx, id: number | null): string {
  if (id === null) return "";
  return db.select({ name: zones.name }).from(zones).where(eq(zones.id, id)).get()?.name ?? "";
}

/** Strategy goal titles in alphabetical order. */
export function goalTitles(db: DbOrTx, ids: number[]): string[] {
  if (!ids.length) return [];
  return db
    .select({ title: strategyGoals.title })
    .from(strategyGoals)
    .where(inArray(strategyGoals.id, ids))
    .orderBy(asc(strategyGoals.title))
    .all()
    .map((row) => row.title);
}
