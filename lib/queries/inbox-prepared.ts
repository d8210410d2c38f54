import type { AppDatabase } from "@/db";

const statements = new WeakMap<AppDatabase, Map<string, unknown>>();

/**
 * A prepared query kept per database connection. Building a query with drizzle costs about a millisecond; the
 * inbox runs on every page (the menu's count), so its queries are built once and then only executed.
 */
export function prepared<T>(db: AppDatabase, name: string, build: () => T): T {
  let byName = statements.get(db);
  if (!byName) statements.set(db, (byName = new Map()));
  if (!byName.has(name)) byName.set(name, build());
  return byName.get(name) as T;
}
