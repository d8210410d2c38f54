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
  const db = drizzle(withStatementCache(sqlite), { schema }) as AppDatabase;
  db.$client = sqlite;
  return withImmediateTransactions(db);
}

/** How many prepared statements a connection keeps: every query shape of the app, with room for IN lists of varying length. */
const keptStatements = 500;

const statementCaches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * The connection as drizzle sees it: the same, except that a query whose SQL text it ran before reuses that
 * prepared statement instead of compiling it again (a page runs 15–60 queries; compiling them was up to a tenth of
 * its time). Statements run to completion synchronously, so one statement is never in use twice at once. Drizzle
 * sets raw mode itself where it wants arrays; a statement handed out again starts in object mode, as a fresh one
 * does. `$client` stays the connection itself, so code that prepares directly (pluck, iterate) gets its own.
 */
export function withStatementCache(sqlite: Database.Database, size = keptStatements): Database.Database {
  const statements = new Map<string, Database.Statement>();
  statementCaches.set(sqlite, statements);
  const prepare = (source: string) => {
    const kept = statements.get(source);
    if (kept) {
      statements.delete(source); // most recently used last
      statements.set(source, kept);
      if (kept.reader) kept.raw(false);
      return kept;
    }
    const statement = sqlite.prepare(source);
    statements.set(source, statement);
    if (statements.size > size) statements.delete(statements.keys().next().value!);
    return statement;
  };
  return new Proxy(sqlite, { get: (target, key) => (key === "prepare" ? prepare : Reflect.get(target, key)) });
}

/** Drops a connection's kept statements, so that the next query of every shape is prepared through `prepare` again. */
export function forgetPreparedStatements(sqlite: Database.Database): void {
  statementCaches.get(sqlite)?.clear();
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
