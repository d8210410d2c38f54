import fs from "node:fs";
import path from "node:path";
import { openDatabase, type AppDatabase } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed";

/**
 * Template database files, built once per test run and copied into each test's own folder:
 * migrating and seeding the demo municipality for every test was most of the suite's time.
 */

export type TemplateContext = { dir: string; demoNow: string };

const migratedName = "migrated.db";
const demoName = (now: Date) => `demo-${now.toISOString().replace(/[^0-9]/g, "")}.db`;

/**
 * Builds `name` in `dir` unless it exists: migrated, then filled, closed (which checkpoints the WAL into
 * the file) and renamed into place, so a worker never copies half a file. Two workers that build the
 * same template at once both finish; the second rename replaces an identical file.
 */
async function buildOnce(dir: string, name: string, fill: (db: AppDatabase) => Promise<void> | void): Promise<string> {
  const file = path.join(dir, name);
  if (fs.existsSync(file)) return file;
  const partial = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.partial`;
  const db = openDatabase(partial);
  // The template's audit events are keyed with `dir`'s audit key, which every copy takes along.
  const previousDataDir = process.env.DATA_DIR;
  process.env.DATA_DIR = dir;
  try {
    migrateDatabase(db);
    await fill(db);
  } finally {
    db.$client.close();
    if (previousDataDir === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = previousDataDir;
  }
  fs.renameSync(partial, file);
  return file;
}

/** The schema from every committed migration, and no rows. */
export function migratedTemplate(dir: string): Promise<string> {
  return buildOnce(dir, migratedName, () => {});
}

/** The demo municipality Egeby Kommune as seeded at `now`. */
export function demoTemplate(dir: string, now: Date): Promise<string> {
  return buildOnce(dir, demoName(now), (db) => seedDemo(db, now));
}

/** What the global setup builds before any test file runs. */
export async function buildRunTemplates(dir: string, demoNow: Date): Promise<void> {
  await migratedTemplate(dir);
  await demoTemplate(dir, demoNow);
}
