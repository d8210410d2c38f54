import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type AppDatabase } from "@/db";

// The server's worker processes each have their own connection to one file; a second connection in this process
// stands for another worker.
let folder: string;
let db: AppDatabase;
let otherWorker: Database.Database;

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "styrerum-write-lock-"));
  const file = path.join(folder, "styrerum.db");
  db = openDatabase(file);
  db.$client.exec("create table counters (name text primary key, value integer not null)");
  db.$client.exec("insert into counters values ('saves', 0)");
  otherWorker = new Database(file);
  otherWorker.pragma("busy_timeout = 0");
});

afterEach(() => {
  otherWorker.close();
  db.$client.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const otherWorkerWrites = () => otherWorker.prepare("update counters set value = value + 1 where name = 'saves'").run();

describe("a transaction", () => {
  it("holds the write lock from its first statement, so another worker's write waits for it", () => {
    db.transaction((tx) => {
      tx.get(sql`select value from counters`);
      expect(otherWorkerWrites).toThrow(/locked|busy/i);
    });
    expect(otherWorkerWrites).not.toThrow();
  });

  it("can still ask to defer the lock, and then a read-only transaction blocks no writer", () => {
    db.transaction(
      (tx) => {
        tx.get(sql`select value from counters`);
        expect(otherWorkerWrites).not.toThrow();
      },
      { behavior: "deferred" },
    );
  });
});
