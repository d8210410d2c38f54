// npm test: type check, lint, unit and integration tests, then Playwright end-to-end tests against a
// production build on a fresh, seeded temporary database. Ends with "N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureChromium } from "./ensure-browser.mjs";

const resultsDir = ".test-results";
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });

const bin = (name) => path.join("node_modules", ".bin", name);
let passed = 0;
let failed = 0;
let ok = true;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function finish() {
  const line = `${passed} passed, ${failed} failed`;
  fs.writeFileSync(path.join(resultsDir, "summary.txt"), `${line}\n`);
  console.log(`\n${line}`);
  process.exit(ok && failed === 0 ? 0 : 1);
}

for (const [label, command, args] of [
  ["Typecheck (tsc)", bin("tsc"), ["--noEmit"]],
  ["Lint (ESLint)", bin("eslint"), [".", "--max-warnings=0"]],
]) {
  if (!run(label, command, args)) {
    ok = false;
    failed += 1;
    finish();
  }
}

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

const chromium = ensureChromium();
if (!run("Production build", bin("tsx"), ["scripts/build-state.ts"])) {
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
