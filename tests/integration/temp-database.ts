import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, inject } from "vitest";
import { getDb, type AppDatabase } from "@/db";
import { auditKeyFileName } from "@/lib/audit";
import { demoTemplate, migratedTemplate } from "./database-templates";

type GlobalWithDb = { styrerumDb?: AppDatabase };

const templates = () => inject("databaseTemplates");

/** The moment the run's demo template was seeded; a run that has crossed midnight (UTC) seeds a fresh one. */
function defaultDemoNow(): Date {
  const built = new Date(templates().demoNow);
  const now = new Date();
  return built.toISOString().slice(0, 10) === now.toISOString().slice(0, 10) ? built : now;
}

let dataDir = "";

const databaseFileIn = (dir: string) => path.join(dir, "styrerum.db");

function closeCurrent(): void {
  (globalThis as GlobalWithDb).styrerumDb?.$client.close();
  delete (globalThis as GlobalWithDb).styrerumDb;
}

/** Puts a copy of `template` where getDb() of this test opens it: the test's own file, as isolated as before. */
function installCopy(template: string): void {
  closeCurrent();
  const file = databaseFileIn(dataDir);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  fs.copyFileSync(template, file);
  const auditKey = path.join(path.dirname(template), auditKeyFileName);
  if (fs.existsSync(auditKey)) fs.copyFileSync(auditKey, path.join(dataDir, auditKeyFileName));
}

/** Each test gets a fresh temporary folder holding a copy of `template`, opened through the app's own getDb(). */
function withDatabaseFrom(template: () => Promise<string>): () => AppDatabase {
  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "styrerum-test-"));
    process.env.DATA_DIR = dataDir;
    installCopy(await template());
    getDb();
  });
  afterEach(() => {
    closeCurrent();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return getDb;
}

/** Gives each test a migrated, empty database in a fresh temporary folder, through the app's own getDb(). */
export function withTempDatabase(): () => AppDatabase {
  return withDatabaseFrom(() => migratedTemplate(templates().dir));
}

/**
 * Gives each test its own copy of the demo municipality (seedDemo at the run's start, or at `now`),
 * in a fresh temporary folder, through the app's own getDb().
 */
export function withDemoDatabase(now?: Date): () => AppDatabase {
  return withDatabaseFrom(() => demoTemplate(templates().dir, now ?? defaultDemoNow()));
}

/**
 * Inside a test that uses withTempDatabase(): replaces the test's database with a copy of the demo seeded
 * at `now` (default: the run's start) — what `await seedDemo(db(), now)` on the empty database gives, without
 * seeding again. Returns the moment the demo was seeded at, to compute "today" from. Get the database
 * through db() afterwards; a connection taken before is closed.
 */
export async function loadDemoDatabase(now?: Date): Promise<Date> {
  if (!dataDir) throw new Error("loadDemoDatabase() needs withTempDatabase() in the same file");
  const seededAt = now ?? defaultDemoNow();
  installCopy(await demoTemplate(templates().dir, seededAt));
  getDb();
  return seededAt;
}
