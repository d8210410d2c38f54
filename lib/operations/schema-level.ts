import type Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";

/**
 * A schema's level is the time stamp of its newest migration (drizzle's `folderMillis`): the code's is the last entry
 * of the migration journal, a database's the newest migration it has applied.
 */
export function codeSchemaLevel(migrationsFolder = path.join(process.cwd(), "db", "migrations")): number {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: { when: number }[] };
  return Math.max(0, ...journal.entries.map((entry) => entry.when));
}

export function databaseSchemaLevel(sqlite: Database.Database): number {
  const hasTable = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
  if (!hasTable) return 0;
  return Number(sqlite.prepare("select coalesce(max(created_at), 0) from __drizzle_migrations").pluck().get());
}

export type SchemaComparison = "current" | "older" | "newer";

export function compareSchema(databaseLevel: number, codeLevel: number): SchemaComparison {
  if (databaseLevel === codeLevel) return "current";
  return databaseLevel < codeLevel ? "older" : "newer";
}
