/**
 * npx tsx scripts/first-load-js.ts [--budget-kb 15] [--next-dir .next] [--files]
 *
 * First-load JavaScript per page route of the last production build (`next build`), gzipped:
 * the framework's root files plus every chunk the route's entries (root layout, error and
 * not-found boundaries, layouts, page) load, each file counted once. Polyfills (served only to
 * old browsers) are left out. Next 16 no longer prints these figures, so they are read from
 * the build's manifests. The baseline is the framework's root files alone (what a bare page
 * costs); a route over baseline + budget makes the command exit 1. --files lists each route's chunks.
 */
import fs from "node:fs";
import path from "node:path";
import { formatFirstLoad, measureFirstLoad } from "./first-load-weights";

function main(argv: string[]): number {
  const option = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const nextDir = option("--next-dir") ?? ".next";
  const budgetKb = Number(option("--budget-kb") ?? 15);
  if (!fs.existsSync(path.join(nextDir, "build-manifest.json"))) {
    console.error(`Ingen produktionsbuild i ${nextDir}; kør \`npx next build\` først.`);
    return 2;
  }
  const report = measureFirstLoad(nextDir);
  const { text, overBudget } = formatFirstLoad(report, budgetKb);
  console.log(text);
  if (argv.includes("--files")) {
    for (const route of report.routes) console.log(route.route, route.files.join(" "));
  }
  return overBudget.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
