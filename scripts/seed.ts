/**
 * npm run db:seed            migrate and seed when the database is empty
 * npm run db:seed -- --reset rebuild the demo data from scratch (deletes all data)
 * npm run db:seed -- --bench build the large bench municipality into an empty database (DATA_DIR respected)
 */
import { openDatabase } from "../db";
import { dropAllTables, prepareDatabase } from "../db/seed";
import { seedBenchCommand } from "./seed-bench";
import { ConfigError, parseConfig } from "../lib/config";

async function main() {
  const config = parseConfig(process.env);
  const db = openDatabase(config.databaseFile);
  if (process.argv.includes("--reset")) {
    dropAllTables(db);
    console.log("Alle tabeller er slettet.");
  }
  if (process.argv.includes("--bench")) {
    await seedBenchCommand(db, config.databaseFile);
    db.$client.close();
    return;
  }
  const outcome = await prepareDatabase(db, { demo: config.demo, adminEmail: config.adminEmail, adminPassword: config.adminPassword });
  const messages = {
    "seeded-demo": "Demodata for Egeby Kommune er indlæst.",
    "seeded-admin": "Databasen er oprettet med én administrator.",
    kept: "Databasen har allerede data; intet er ændret.",
  };
  console.log(`${messages[outcome]} (${config.databaseFile})`);
  db.$client.close();
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
