import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach } from "vitest";
import { getDb, type AppDatabase } from "@/db";
import { migrateDatabase } from "@/db/migrate";

/** Gives each test a migrated database in a fresh temporary folder, through the app's own getDb(). */
export function withTempDatabase(): () => AppDatabase {
  let dataDir = "";
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "styrerum-test-"));
    process.env.DATA_DIR = dataDir;
    delete (globalThis as { styrerumDb?: AppDatabase }).styrerumDb;
    migrateDatabase(getDb());
  });
  afterEach(() => {
    getDb().$client.close();
    delete (globalThis as { styrerumDb?: AppDatabase }).styrerumDb;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return getDb;
}
