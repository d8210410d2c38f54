/**
 * npm run backup [-- <folder>]   a verified online copy of the database, its secrets and uploaded files, into
 * DATA_DIR/backups/styrerum-YYYYMMDD-HHMMSS/ (or the given folder). Safe while the server runs.
 */
import fs from "node:fs";
import { openDatabase } from "../db";
import { BackupError, createBackup } from "../lib/operations/backup";
import { recordBackupRun } from "../lib/operations/backup-runs";
import { ConfigError, parseConfig } from "../lib/config";
import { formatBytes } from "../lib/operations/format-bytes";

async function main(): Promise<number> {
  const config = parseConfig(process.env);
  const target = process.argv[2];
  if (!fs.existsSync(config.databaseFile)) throw new BackupError(`Der er ingen database i ${config.dataDir}.`);
  const startedAt = new Date();
  const db = openDatabase(config.databaseFile);
  try {
    const result = await createBackup({ dataDir: config.dataDir, target, now: startedAt });
    recordBackupRun(db, { kind: "manual", startedAt, folder: result.folder, bytes: result.bytes });
    report(result);
  } catch (error) {
    if (error instanceof BackupError) recordBackupRun(db, { kind: "manual", startedAt, error: error.message.slice(0, 500) });
    throw error;
  } finally {
    db.$client.close();
  }
  return 0;
}

function report(result: Awaited<ReturnType<typeof createBackup>>): void {
  const tables = Object.values(result.manifest.tables).reduce((sum, table) => sum + table.rows, 0);
  console.log(`Sikkerhedskopi oprettet og kontrolleret: ${result.folder} (${formatBytes(result.bytes)}, ${tables} rækker)`);
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof BackupError || error instanceof ConfigError ? error.message : error);
    process.exitCode = 1;
  },
);
