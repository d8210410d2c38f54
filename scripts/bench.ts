/**
 * npm run bench -- [--duration <s>] [--only <path>]
 *
 * Builds when the sources changed, builds the bench data into DATA_DIR (default data-bench/) when it is
 * missing, starts the production server on it (BENCH_PORT, default 3106), signs in as the director and the
 * administrator through the real login flow, drives each main page with autocannon at 10 connections, and
 * prints path, req/s, p50/p95/p99, errors, kB per response and req/s as a share of /api/health. Exits 1
 * when a page misses a budget; the server is stopped however the run ends.
 */
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "../db";
import { seedBench } from "../db/seed-bench";
import { BenchUsageError, parseBenchArgs, savesSeconds, selectedByOnly, type BenchOptions } from "./bench-options";
import { benchBudgets, evaluateBench, formatBenchTable, type BenchMeasurement } from "./bench-report";
import { ensureProductionBuild } from "./build-state";
import { measurePage, benchConnections } from "./bench-load";
import { logInAs } from "./bench-login";
import { startBenchServer, type BenchServer } from "./bench-server";
import { benchTargets, targetLabel } from "./bench-targets";
import { benchWriteComment, measureWritesUnderLoad, type WriteTarget } from "./bench-writes";
import { toDay } from "../lib/domain/dates";

/** Builds the bench data when the database is missing or empty; refuses a folder that holds other data. */
async function ensureBenchData(databaseFile: string): Promise<void> {
  const db = openDatabase(databaseFile);
  try {
    const row = db.$client.prepare("select 1 from sqlite_master where name = 'audit_events'").get()
      ? (db.$client.prepare("select count(*) as n from users").get() as { n: number })
      : { n: 0 };
    if (row.n === 0) {
      console.log("Bygger bench-data …");
      const started = performance.now();
      await seedBench(db);
      console.log(`Bench-data bygget på ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      return;
    }
    const marked = db.$client.prepare("select 1 from audit_events where action = 'seed.bench'").get();
    if (!marked) throw new Error(`${databaseFile} indeholder andre data end bench-data; brug en anden DATA_DIR.`);
  } finally {
    db.$client.close();
  }
}

/** Removes the measurements the save-under-load run recorded, so that repeated runs measure the same pages. */
function removeBenchWrites(databaseFile: string, write: WriteTarget): void {
  const db = openDatabase(databaseFile);
  try {
    db.$client.prepare("delete from benefit_measurements where benefit_id = ? and comment = ?").run(write.benefitId, benchWriteComment);
  } finally {
    db.$client.close();
  }
}

async function run(options: BenchOptions, server: BenchServer, databaseFile: string): Promise<boolean> {
  const { targets, departmentHead, write, size } = benchTargets(databaseFile);
  console.log(
    `Bench-data: ${size.projects} projekter, ${size.statusReports} statusrapporter, ${size.benefits} gevinster, ${size.measurements} målinger, ` +
      `${size.risks} risici, ${size.ideas} idéer, ${size.meetings} møder.`,
  );
  const chosen = targets.filter((target) => selectedByOnly(target.path, options.only));
  const writePath = `/projects/${write.code}?tab=benefits`;
  const measureWrites = selectedByOnly(writePath, options.only);
  if (chosen.length === 0 && !measureWrites) throw new BenchUsageError(`Ingen side matcher --only ${options.only}. Sider: ${[...targets.map((target) => target.path), writePath].join(", ")}`);
  const cookies = {
    director: measureWrites || chosen.some((target) => target.as === "director") ? await logInAs(server.baseUrl, "direktor@egeby.dk") : null,
    department_head: chosen.some((target) => target.as === "department_head") ? await logInAs(server.baseUrl, departmentHead) : null,
    admin: chosen.some((target) => target.as === "admin") ? await logInAs(server.baseUrl, "admin@egeby.dk") : null,
    anonymous: null,
  };
  console.log(`${options.durationSeconds} s pr. side ved ${benchConnections} forbindelser:\n`);

  const health = await measurePage(server.baseUrl, "/api/health", null, options.durationSeconds);
  const pages: BenchMeasurement[] = [];
  for (const target of chosen) {
    process.stdout.write(`  ${targetLabel(target)} …`);
    const measured = { ...(await measurePage(server.baseUrl, target.path, cookies[target.as], options.durationSeconds)), path: targetLabel(target) };
    process.stdout.write(` ${(measured.requests / Math.max(1, measured.seconds)).toFixed(1)} req/s\n`);
    pages.push(measured);
  }
  const writes: BenchMeasurement[] = [];
  if (measureWrites) {
    process.stdout.write(`  POST ${writePath} (måling), mens /portfolio belastes …`);
    try {
      const measured = await measureWritesUnderLoad(server.baseUrl, cookies.director!, write, toDay(new Date()), () =>
        measurePage(server.baseUrl, "/portfolio", cookies.director, savesSeconds(options)),
      );
      process.stdout.write(` ${measured.writes.requests} målinger, /portfolio ${(measured.load.requests / Math.max(1, measured.load.seconds)).toFixed(1)} req/s\n`);
      if (measured.firstError) console.log(`    Første fejl: ${measured.firstError}`);
      writes.push(measured.writes);
    } finally {
      removeBenchWrites(databaseFile, write);
    }
  }
  const { rows, passed } = evaluateBench(pages, health, writes);
  console.log(`\n${formatBenchTable(rows)}\n`);
  console.log(
    passed
      ? "Alle sider holder budgettet."
      : `Budgettet er ikke holdt (p95 < ${benchBudgets.p95Ms} ms, ${benchBudgets.errors} fejl, ≥ ${benchBudgets.shareOfHealth * 100} % af /api/health, HTML ≤ ${benchBudgets.htmlKb} kB; en måling under last p95 < ${benchBudgets.writeP95Ms} ms).`,
  );
  return passed;
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof BenchUsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const dataDir = path.resolve(process.env.DATA_DIR || "data-bench");
  // The seed's audit events are keyed with this folder's audit key, which the server then verifies against.
  process.env.DATA_DIR = dataDir;
  const port = Number(process.env.BENCH_PORT || 3106);
  const databaseFile = path.join(dataDir, "styrerum.db");
  fs.mkdirSync(dataDir, { recursive: true });

  ensureProductionBuild();
  await ensureBenchData(databaseFile);
  const server = await startBenchServer(dataDir, port);
  const stopOnSignal = (signal: NodeJS.Signals) => {
    void server.stop().then(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  try {
    return (await run(options, server, databaseFile)) ? 0 : 1;
  } catch (error) {
    if (error instanceof BenchUsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
