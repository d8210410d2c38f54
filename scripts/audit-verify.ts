/**
 * npm run audit:verify   checks the whole audit chain against the audit key in the data folder;
 * prints `ok N events`, or the first broken event and exits with 1.
 */
import { eq } from "drizzle-orm";
import fs from "node:fs";
import { openDatabase } from "../db";
import { auditEvents } from "../db/schema";
import { existingAuditKey, verifyAuditChain } from "../lib/audit";
import { ConfigError, parseConfig } from "../lib/config";

function main(): number {
  const config = parseConfig(process.env);
  if (!fs.existsSync(config.databaseFile)) {
    console.error(`Ingen database i ${config.dataDir}`);
    return 1;
  }
  const db = openDatabase(config.databaseFile);
  try {
    const key = existingAuditKey(config.dataDir);
    const verdict = verifyAuditChain(db, key);
    if (verdict.ok) {
      console.log(`ok ${verdict.count} events`);
      return 0;
    }
    const row = db.select().from(auditEvents).where(eq(auditEvents.id, verdict.brokenAtId)).get();
    const why = key === null ? " (audit-key mangler i datamappen)" : "";
    console.error(`broken at event ${verdict.brokenAtId}: ${row?.occurredAt} ${row?.action}${why}`);
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
