/**
 * npm start: checks the configuration, prepares the data folder and the database (migrations,
 * demo seed when empty), builds when the sources changed, and serves the production build.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "../db";
import { prepareDatabase } from "../db/seed";
import { ConfigError, parseConfig, type AppConfig } from "../lib/config";
import { demoAccounts } from "../lib/demo-accounts";
import { ensureAuditKey } from "../lib/audit";
import { readOrCreateSecret } from "../lib/secret-file";
import { ensureProductionBuild } from "./build-state";

/** The configured secret, or one generated once and kept in the data folder (mode 600). */
function resolveAuthSecret(config: AppConfig): string {
  return config.authSecret ?? readOrCreateSecret(path.join(config.dataDir, "auth-secret"));
}

async function main() {
  let config: AppConfig;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const authSecret = resolveAuthSecret(config);
  ensureAuditKey(config.dataDir);
  const db = openDatabase(config.databaseFile);
  const outcome = await prepareDatabase(db, { demo: config.demo, adminEmail: config.adminEmail, adminPassword: config.adminPassword });
  db.$client.close();
  if (outcome === "seeded-demo") console.log("Demodata for Egeby Kommune er indlæst.");
  if (outcome === "seeded-admin") console.log(`Administrator oprettet: ${config.adminEmail}`);

  if (process.env.STYRERUM_SKIP_BUILD !== "1") ensureProductionBuild();

  const server = spawn(process.execPath, [path.join("scripts", "serve.mjs")], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(config.port),
      DATA_DIR: config.dataDir,
      AUTH_SECRET: authSecret,
      AUTH_TRUST_HOST: "true",
      STYRERUM_DEMO: config.demo ? "1" : "0",
    },
  });

  console.log(`\nStyrerum kører på http://localhost:${config.port}`);
  if (config.demo) {
    console.log(`Demokonti (adgangskode ${demoAccounts.password}):`);
    for (const account of demoAccounts.accounts) console.log(`  ${account.email.padEnd(24)} ${account.role}`);
  }

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
