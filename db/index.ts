import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { foldText } from "./fold";
import { privateFileMode, restrictToOwner } from "../lib/secret-file";
import * as schema from "./schema";

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * Opens a SQLite file with the pragmas every connection of Styrerum uses. The file is created
 * with mode 600 before SQLite opens it (SQLite gives its -wal and -shm files the database's mode).
 */
export function openDatabase(file: string): AppDatabase {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, "a", privateFileMode));
  restrictToOwner(file);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.function("fold", { deterministic: true }, (value) => (typeof value === "string" ? foldText(value) : value)); // db/fold.ts
  for (const companion of [`${file}-wal`, `${file}-shm`]) restrictToOwner(companion);
  return withImmediateTransactions(drizzle(sqlite, { schema }));
}

/**
 * Every transaction takes the write lock when it begins (BEGIN IMMEDIATE) unless it asks otherwise. The server's
 * worker processes, a backup and the scripts each have their own connection: a deferred transaction that read
 * before another process wrote could not write any more (SQLITE_BUSY at once), where an immediate one waits its
 * turn (busy_timeout).
 */
function withImmediateTransactions(db: AppDatabase): AppDatabase {
  const transaction = db.transaction.bind(db);
  db.transaction = (work, config) => transaction(work, { behavior: "immediate", ...config });
  return db;
}

/** The data folder: DATA_DIR, or ./data. */
export function dataDirectory(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || "data");
}

export function databaseFile(): string {
  return path.join(dataDirectory(), "styrerum.db");
}

const globalForDb = globalThis as unknown as { styrerumDb?: AppDatabase };

/** The one connection of this process (kept on globalThis so dev reloads reuse it). */
export function getDb(): AppDatabase {
  if (!globalForDb.styrerumDb) globalForDb.styrerumDb = openDatabase(databaseFile());
  return globalForDb.styrerumDb;
}

export type Transaction = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];
export type DbOrTx = AppDatabase | Transaction;
