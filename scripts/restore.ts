/**
 * npm run restore -- <backup folder>   puts a backup made by `npm run backup` back into DATA_DIR. The server must be
 * stopped; the current database is kept aside as styrerum.db.before-restore-<time>.
 */
import { BackupError } from "../lib/operations/backup";
import { restoreBackup } from "../lib/operations/restore";
import { ConfigError, parseConfig } from "../lib/config";

function main(): number {
  const source = process.argv[2];
  if (!source) {
    console.error("Angiv sikkerhedskopiens mappe: npm run restore -- <mappe>");
    return 2;
  }
  const config = parseConfig(process.env);
  const result = restoreBackup({ dataDir: config.dataDir, source });
  console.log(`Gendannet fra ${source} til ${config.dataDir}.`);
  if (result.keptAside) console.log(`Den tidligere database er gemt som ${result.keptAside}.`);
  if (result.migrated) console.log("Databasen er opdateret til denne versions skema.");
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof BackupError || error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
