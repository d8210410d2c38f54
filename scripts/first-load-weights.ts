/**
 * First-load JavaScript per page route of a production build, read from the build's manifests
 * (Next 16 no longer prints it). Used by scripts/first-load-js.ts.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type RouteWeight = { route: string; files: string[]; gzipBytes: number };
export type FirstLoadReport = { baseline: RouteWeight; routes: RouteWeight[] };

type ClientManifest = { entryJSFiles?: Record<string, string[]> };

function listFiles(folder: string, name: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return listFiles(full, name);
    return entry.name === name ? [full] : [];
  });
}

/** "/(portal)/projects/[code]/page" → "/projects/[code]". */
export function routeFromEntry(entry: string): string {
  const segments = entry.split("/").filter((segment) => segment && !/^\(.*\)$/.test(segment));
  segments.pop();
  return "/" + segments.join("/");
}

/** Reads one page_client-reference-manifest.js (it assigns to globalThis.__RSC_MANIFEST) without running it in this process's globals. */
function readClientManifest(file: string): Record<string, ClientManifest> {
  const holder: { __RSC_MANIFEST?: Record<string, ClientManifest> } = {};
  new Function("globalThis", fs.readFileSync(file, "utf8"))(holder);
  return holder.__RSC_MANIFEST ?? {};
}

export function measureFirstLoad(nextDir: string): FirstLoadReport {
  const buildManifest = JSON.parse(fs.readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const sizes = new Map<string, number>();
  const gzipSize = (file: string) => {
    if (!sizes.has(file)) sizes.set(file, gzipSync(fs.readFileSync(path.join(nextDir, file))).length);
    return sizes.get(file)!;
  };
  const weigh = (route: string, files: Iterable<string>): RouteWeight => {
    const unique = [...new Set(files)].sort();
    return { route, files: unique, gzipBytes: unique.reduce((sum, file) => sum + gzipSize(file), 0) };
  };

  const baseline = weigh("(framework)", buildManifest.rootMainFiles);
  const routes = listFiles(path.join(nextDir, "server", "app"), "page_client-reference-manifest.js").flatMap((file) =>
    Object.entries(readClientManifest(file)).map(([entry, manifest]) =>
      weigh(routeFromEntry(entry), [...buildManifest.rootMainFiles, ...Object.values(manifest.entryJSFiles ?? {}).flat()]),
    ),
  );
  routes.sort((a, b) => a.route.localeCompare(b.route));
  return { baseline, routes };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function formatFirstLoad(report: FirstLoadReport, budgetKb: number): { text: string; overBudget: RouteWeight[] } {
  const limit = report.baseline.gzipBytes + budgetKb * 1024;
  const overBudget = report.routes.filter((route) => route.gzipBytes > limit);
  const width = Math.max(...report.routes.map((route) => route.route.length), 12);
  const lines = [
    `${"Route".padEnd(width)}  kB gz  over bare`,
    `${report.baseline.route.padEnd(width)}  ${kb(report.baseline.gzipBytes).padStart(5)}  ${"0.0".padStart(9)}`,
    ...report.routes.map((route) => {
      const over = route.gzipBytes - report.baseline.gzipBytes;
      const mark = route.gzipBytes > limit ? "  over budget" : "";
      return `${route.route.padEnd(width)}  ${kb(route.gzipBytes).padStart(5)}  ${kb(over).padStart(9)}${mark}`;
    }),
    `Budget: at most ${budgetKb} kB gzipped above the bare page.`,
  ];
  return { text: lines.join("\n"), overBudget };
}
