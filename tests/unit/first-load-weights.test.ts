import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatFirstLoad, measureFirstLoad, routeFromEntry } from "../../scripts/first-load-weights";

let nextDir = "";

function write(file: string, content: string): void {
  fs.mkdirSync(path.dirname(path.join(nextDir, file)), { recursive: true });
  fs.writeFileSync(path.join(nextDir, file), content);
}

function clientManifest(entry: string, entryJSFiles: Record<string, string[]>): string {
  return `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(entry)}] = ${JSON.stringify({ entryJSFiles })};\n`;
}

const gz = (content: string) => gzipSync(content).length;

beforeEach(() => {
  nextDir = fs.mkdtempSync(path.join(os.tmpdir(), "styrerum-first-load-"));
  write("build-manifest.json", JSON.stringify({ rootMainFiles: ["static/chunks/framework.js"], polyfillFiles: ["static/chunks/polyfills.js"] }));
  write("static/chunks/framework.js", "framework();".repeat(50));
  write("static/chunks/polyfills.js", "polyfill();".repeat(500));
  write("static/chunks/layout.js", "layout();".repeat(20));
  write("static/chunks/form.js", "form();".repeat(40));
  write("server/app/(portal)/projects/[code]/page_client-reference-manifest.js",
    clientManifest("/(portal)/projects/[code]/page", {
      "[project]/app/layout": ["static/chunks/layout.js"],
      "[project]/app/(portal)/projects/[code]/page": ["static/chunks/layout.js", "static/chunks/form.js"],
    }));
  write("server/app/(public)/accessibility/page_client-reference-manifest.js",
    clientManifest("/(public)/accessibility/page", { "[project]/app/layout": ["static/chunks/layout.js"] }));
});

afterEach(() => fs.rmSync(nextDir, { recursive: true, force: true }));

describe("first-load JavaScript", () => {
  it("names routes without route groups or the page segment", () => {
    expect(routeFromEntry("/(portal)/projects/[code]/page")).toBe("/projects/[code]");
    expect(routeFromEntry("/(portal)/page")).toBe("/");
  });

  it("counts the framework and each chunk of a route once, gzipped, without polyfills", () => {
    const report = measureFirstLoad(nextDir);
    const framework = gz("framework();".repeat(50));
    expect(report.baseline.gzipBytes).toBe(framework);
    expect(report.routes.map((route) => [route.route, route.gzipBytes])).toEqual([
      ["/accessibility", framework + gz("layout();".repeat(20))],
      ["/projects/[code]", framework + gz("layout();".repeat(20)) + gz("form();".repeat(40))],
    ]);
  });

  it("flags a route over the budget above the bare page", () => {
    const report = measureFirstLoad(nextDir);
    const overForm = report.routes[1]!.gzipBytes - report.baseline.gzipBytes;
    const { overBudget } = formatFirstLoad(report, (overForm - 1) / 1024);
    expect(overBudget.map((route) => route.route)).toEqual(["/projects/[code]"]);
    expect(formatFirstLoad(report, overForm / 1024).overBudget).toEqual([]);
  });
});
