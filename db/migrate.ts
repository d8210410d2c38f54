import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import path from "node:path";
import type { AppDatabase } from "./index";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Applies the committed, forward-only migrations. */
export function migrateDatabase(db: AppDatabase): void {
  migrate(db, { migrationsFolder });
}
