/**
 * npm run audit:verify   checks the whole audit chain against the audit key in the data folder;
 * prints `ok N events`, or the first broken event and exits with 1.
 */
import fs from "node:fs";
import { openDatabase } from "../db";
import { auditChainReport, existingAuditKey } from "../lib/audit";
import { ConfigError, parseConfig } from "../lib/config";

function main(): number {
  const config = parseConfig(process.env);
  if (!fs.existsSync(config.databaseFile)) {
    console.error(`Ingen database i ${config.dataDir}`);
    return 1;
  }
  const db = openDatabase(config.databaseFile);
  try {
    const report = auditChainReport(db, existingAuditKey(config.dataDir));
    if (report.ok) {
      console.log(`ok ${report.count} events`);
      return 0;
    }
    const why = report.keyMissing ? " (audit-key mangler i datamappen)" : "";
    console.error(`broken at event ${report.brokenAtId}: ${report.occurredAt} ${report.action}${why}`);
    return 1;
  } finally {
    db.$client.close();
  }
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
