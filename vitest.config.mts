import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";

const testFiles = "tests/**/*.test.ts";

/**
 * Test files that replace modules with vi.mock run in a fresh module graph each. The others share one per worker
 * (isolate: false): loading next-auth, drizzle and the app's modules again for every file was half the run's time.
 * Each test still gets its own database copy (tests/integration/temp-database.ts).
 */
const filesThatMock = fs
  .readdirSync(path.join(import.meta.dirname, "tests"), { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".test.ts"))
  .map((file) => path.join("tests", file))
  .filter((file) => /\bvi\.(mock|doMock)\(/.test(fs.readFileSync(path.join(import.meta.dirname, file), "utf8")));

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    globalSetup: ["tests/global-setup.ts"],
    pool: "forks",
    testTimeout: 30_000,
    // The server's JSON log stays out of the test output; tests that check logging spy on the logger.
    env: { STYRERUM_LOG_LEVEL: "silent" },
    hookTimeout: 60_000,
    // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses; let Vite resolve it.
    server: { deps: { inline: ["next-auth"] } },
    projects: [
      { extends: true, test: { name: "shared", include: [testFiles], exclude: filesThatMock, isolate: false } },
      { extends: true, test: { name: "isolated", include: filesThatMock } },
    ],
  },
});
