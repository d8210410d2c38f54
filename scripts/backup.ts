/**
 * npm run backup [-- <folder>]   a verified online copy of the database, its secrets and uploaded files, into
 * DATA_DIR/backups/styrerum-YYYYMMDD-HHMMSS/ (or the given folder). Safe while the server runs.
 */
import { BackupError, createBackup } from "../lib/operations/backup";
import { ConfigError, parseConfig } from "../lib/config";
import { formatBytes } from "../lib/operations/format-bytes";

async function main(): Promise<number> {
  const config = parseConfig(process.env);
  const target = process.argv[2];
  const result = await createBackup({ dataDir: config.dataDir, target });
  const tables = Object.values(result.manifest.tables).reduce((sum, table) => sum + table.rows, 0);
  console.log(`Sikkerhedskopi oprettet og kontrolleret: ${result.folder} (${formatBytes(result.bytes)}, ${tables} rækker)`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof BackupError || error instanceof ConfigError ? error.message : error);
    process.exitCode = 1;
  },
);
