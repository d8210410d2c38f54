// npm test: type check, lint, unit and integration tests, then Playwright end-to-end tests against a
// production build on a fresh, seeded temporary database. Ends with "N passed, N failed".
//
// After the type check (which reads the route types the build writes into .next), the production build
// runs beside lint and Vitest, its output going to a log printed when it is done: much of each is
// single-threaded, so two cores finish both sooner. Chromium is installed (when missing) in the background too.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { findChromium } from "./ensure-browser.cjs";

const resultsDir = ".test-results";
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });

const bin = (name) => path.join("node_modules", ".bin", name);
let passed = 0;
let failed = 0;
let ok = true;

/** No step may take longer than this; a step that hangs fails the run instead of outlasting CI's limit. */
const stepTimeoutMs = 40 * 60_000;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env }, timeout: stepTimeoutMs });
  if (result.error?.code === "ETIMEDOUT") console.error(`${label} stoppede efter ${stepTimeoutMs / 60_000} minutter.`);
  return result.status === 0;
}

/** Starts a step in the background with its output in `logFile`; resolves to whether it succeeded. */
function runInBackground(command, args, logFile) {
  const log = fs.openSync(logFile, "w");
  // Its own process group, so that stopping it early also stops the `next build` it starts.
  const child = spawn(command, args, { stdio: ["ignore", log, log], env: process.env, detached: true });
  fs.closeSync(log);
  const done = new Promise((resolve) => {
    child.on("exit", (code) => resolve(code === 0));
    child.on("error", () => resolve(false));
  });
  return { child, done };
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

let background = null;

function finish() {
  if (background) {
    try {
      process.kill(-background.child.pid, "SIGTERM");
    } catch {
      // already finished
    }
  }
  const line = `${passed} passed, ${failed} failed`;
  fs.writeFileSync(path.join(resultsDir, "summary.txt"), `${line}\n`);
  console.log(`\n${line}`);
  process.exit(ok && failed === 0 ? 0 : 1);
}

function step(label, command, args) {
  if (!run(label, command, args)) {
    ok = false;
    failed += 1;
    finish();
  }
}

// Installing Debian's Chromium (only when it is missing) waits mostly on the network: it runs from the start.
const browserLog = path.join(resultsDir, "browser.log");
const browser = runInBackground(process.execPath, ["scripts/ensure-browser.cjs"], browserLog);

step("Typecheck (tsc)", bin("tsc"), ["--noEmit"]);

const buildLog = path.join(resultsDir, "build.log");
console.log(`\n▶ Production build (in the background; output in ${buildLog})`);
background = runInBackground(bin("tsx"), ["scripts/build-state.ts"], buildLog);

step("Lint (ESLint)", bin("eslint"), [".", "--max-warnings=0"]);

const vitestOk = run("Unit and integration tests (Vitest)", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile=${path.join(resultsDir, "vitest.json")}`,
]);
const vitest = readJson(path.join(resultsDir, "vitest.json"));
passed += vitest?.numPassedTests ?? 0;
failed += vitest?.numFailedTests ?? (vitestOk ? 0 : 1);
ok &&= vitestOk;

const browserOk = await browser.done;
const chromium = findChromium();
if (!browserOk || !chromium) {
  process.stdout.write(fs.readFileSync(browserLog, "utf8"));
  ok = false;
  failed += 1;
  finish();
}
const buildOk = await background.done;
background = null;
console.log("\n▶ Production build");
process.stdout.write(fs.readFileSync(buildLog, "utf8"));
if (!buildOk) {
  ok = false;
  failed += 1;
  finish();
}

const playwrightOk = run("End-to-end tests (Playwright)", bin("playwright"), ["test"], {
  CHROMIUM_PATH: chromium,
  PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(resultsDir, "playwright.json"),
});
const playwright = readJson(path.join(resultsDir, "playwright.json"));
passed += (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
failed += playwright?.stats?.unexpected ?? (playwrightOk ? 0 : 1);
ok &&= playwrightOk;

finish();
