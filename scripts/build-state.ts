import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const sourceFolders = ["app", "components", "lib", "db", "public", "types"];
const sourceFiles = [
  "package-lock.json",
  "next.config.js",
  "tsconfig.json",
  "postcss.config.mjs",
  "auth.ts",
  "auth.config.ts",
  "instrumentation.ts",
];
const stampFile = path.join(".next", "styrerum-source-hash");

function listFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** A hash over every file that goes into the production build. */
export function sourceHash(): string {
  const hash = createHash("sha256");
  const files = [...sourceFolders.flatMap(listFiles), ...sourceFiles.filter((file) => fs.existsSync(file))].sort();
  for (const file of files) {
    hash.update(file);
    hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  return fs.existsSync(path.join(".next", "BUILD_ID")) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === sourceHash();
}

/** Runs `next build` unless the last build was made from the same sources. */
export function ensureProductionBuild(): void {
  if (buildIsCurrent()) return;
  console.log("Bygger Styrerum (første gang eller efter ændringer) …");
  const result = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    console.error("Bygningen mislykkedes.");
    process.exit(result.status ?? 1);
  }
  fs.writeFileSync(stampFile, sourceHash());
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) ensureProductionBuild();
