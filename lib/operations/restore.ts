import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { BackupError, readManifest, verifyBackupDatabase } from "./backup";
import { copyTree, databaseFileName, filesFolderName, runningServerPid, secretFileNames } from "./data-folder";
import { codeSchemaLevel, compareSchema } from "./schema-level";

export type RestoreResult = { keptAside: string | null; migrated: boolean };

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, "-");

/** Moves a file or folder aside as `<name>.before-restore-<time>`; returns the new path, or null when it did not exist. */
function keepAside(item: string, now: Date): string | null {
  if (!fs.existsSync(item)) return null;
  const aside = `${item}.before-restore-${stamp(now)}`;
  fs.renameSync(item, aside);
  return aside;
}

/**
 * Puts a backup back into a data folder. Refuses while a server uses the folder; checks the backup (manifest,
 * integrity, audit chain, table checksums, schema not newer than the code) before touching anything; keeps the
 * current database (and secrets, files) aside; migrates forward when the backup is older; verifies the result.
 */
export function restoreBackup(options: { dataDir: string; source: string; now?: Date }): RestoreResult {
  const now = options.now ?? new Date();
  const source = path.resolve(options.source);
  const pid = runningServerPid(options.dataDir);
  if (pid !== null) throw new BackupError(`Styrerum kører på denne datamappe (proces ${pid}). Stop serveren, før du gendanner.`);

  const manifest = readManifest(source);
  const checked = verifyBackupDatabase(source);
  for (const [table, expected] of Object.entries(manifest.tables)) {
    const actual = checked.tables[table];
    if (!actual || actual.sha256 !== expected.sha256) throw new BackupError(`Sikkerhedskopien er ændret eller beskadiget siden den blev taget (tabellen ${table}).`);
  }
  const comparison = compareSchema(checked.schemaLevel, codeSchemaLevel());
  if (comparison === "newer") {
    throw new BackupError("Sikkerhedskopien er fra en nyere version af Styrerum end denne. Opdatér Styrerum først, og gendan derefter.");
  }

  fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const database = path.join(options.dataDir, databaseFileName);
  // A cleanly stopped server leaves no WAL behind; fold in whatever is there so the copy kept aside is whole.
  if (fs.existsSync(database)) {
    const current = new Database(database);
    current.pragma("wal_checkpoint(TRUNCATE)");
    current.close();
  }
  const keptAside = keepAside(database, now);
  for (const companion of ["-wal", "-shm"]) fs.rmSync(`${database}${companion}`, { force: true });

  fs.copyFileSync(path.join(source, databaseFileName), database);
  fs.chmodSync(database, 0o600);
  for (const name of secretFileNames) {
    const backedUp = path.join(source, name);
    if (!fs.existsSync(backedUp)) continue;
    const current = path.join(options.dataDir, name);
    if (fs.existsSync(current) && fs.readFileSync(current, "utf8") === fs.readFileSync(backedUp, "utf8")) continue;
    keepAside(current, now);
    fs.copyFileSync(backedUp, current);
    fs.chmodSync(current, 0o600);
  }
  if (manifest.files && fs.existsSync(path.join(source, filesFolderName))) {
    keepAside(path.join(options.dataDir, filesFolderName), now);
    copyTree(path.join(source, filesFolderName), path.join(options.dataDir, filesFolderName));
  }

  const migrated = comparison === "older";
  if (migrated) {
    const db = openDatabase(database);
    try {
      migrateDatabase(db);
    } finally {
      db.$client.close();
    }
  }
  verifyBackupDatabase(options.dataDir);
  return { keptAside, migrated };
}
