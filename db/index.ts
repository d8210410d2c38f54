import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import * as schema from "./schema";

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Opens a SQLite file with the pragmas every connection of Styrerum uses. */
export function openDatabase(file: string): AppDatabase {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  return drizzle(sqlite, { schema });
}

export function databaseFile(): string {
  return path.join(path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || "data"), "styrerum.db");
}

const globalForDb = globalThis as unknown as { styrerumDb?: AppDatabase };

/** The one connection of this process (kept on globalThis so dev reloads reuse it). */
export function getDb(): AppDatabase {
  if (!globalForDb.styrerumDb) globalForDb.styrerumDb = openDatabase(databaseFile());
  return globalForDb.styrerumDb;
}

export type Transaction = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];
export type DbOrTx = AppDatabase | Transaction;
