import { describe, expect, it } from "vitest";
import { BenchUsageError, defaultBenchDuration, parseBenchArgs, savesSeconds, selectedByOnly } from "@/scripts/bench-options";
import { benchBudgets, evaluateBench, formatBenchTable, percentile, type BenchMeasurement } from "@/scripts/bench-report";

const measured = (path: string, overrides: Partial<BenchMeasurement> = {}): BenchMeasurement => ({
  path,
  requests: 500,
  seconds: 5,
  latenciesMs: Array.from({ length: 100 }, (_, index) => index + 1),
  errors: 0,
  bytesPerResponse: 40_000,
  html: true,
  ...overrides,
});

describe("bench arguments", () => {
  it("defaults to a few seconds for every page", () => {
    expect(parseBenchArgs([])).toEqual({ durationSeconds: defaultBenchDuration, only: null });
  });

  it("measures the saves for three times a page's duration, so that their p95 rests on dozens of saves", () => {
    expect(savesSeconds(parseBenchArgs([]))).toBe(15);
    expect(savesSeconds(parseBenchArgs(["--duration", "1"]))).toBe(3);
  });

  it("reads --duration and --only in both spellings", () => {
    expect(parseBenchArgs(["--duration", "3", "--only", "/portfolio"])).toEqual({ durationSeconds: 3, only: "/portfolio" });
    expect(parseBenchArgs(["--duration=10", "--only=/learnings?q=borger"])).toEqual({ durationSeconds: 10, only: "/learnings?q=borger" });
  });

  it("refuses a bad duration, a path without a slash, a missing value and unknown flags in Danish", () => {
    expect(() => parseBenchArgs(["--duration", "0"])).toThrow(/helt antal sekunder/);
    expect(() => parseBenchArgs(["--duration", "2.5"])).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(["--only", "portfolio"])).toThrow(/begynder med "\/"/);
    expect(() => parseBenchArgs(["--only"])).toThrow(/mangler en værdi/);
    expect(() => parseBenchArgs(["--fast"])).toThrow(/Ukendt argument "--fast"/);
  });

  it("selects a page by its full path or by its path without the query", () => {
    expect(selectedByOnly("/portfolio?fase=trial", "/portfolio")).toBe(true);
    expect(selectedByOnly("/portfolio?fase=trial", "/portfolio?fase=trial")).toBe(true);
    expect(selectedByOnly("/benefits", "/portfolio")).toBe(false);
    expect(selectedByOnly("/benefits", null)).toBe(true);
  });
});

describe("bench results", () => {
  it("takes nearest-rank percentiles", () => {
    const sorted = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile(sorted, 0.95)).toBe(95);
    expect(percentile(sorted, 0.99)).toBe(99);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.95)).toBeNaN();
  });

  it("passes pages within every budget and computes the share of /api/health", () => {
    const { rows, passed } = evaluateBench([measured("/")], measured("/api/health", { requests: 2500, html: false, bytesPerResponse: 20 }));
    expect(passed).toBe(true);
    expect(rows[0]).toMatchObject({ path: "/", requestsPerSecond: 100, p50: 50, p95: 95, p99: 99, kbPerResponse: 40, shareOfHealth: 0.2, misses: [] });
    expect(rows[1]).toMatchObject({ path: "/api/health", requestsPerSecond: 500, shareOfHealth: 1, misses: [] });
  });

  it("names every budget a page misses", () => {
    const slow = measured("/portfolio", {
      requests: 50,
      latenciesMs: Array.from({ length: 100 }, (_, index) => (index + 1) * 10),
      errors: 2,
      bytesPerResponse: (benchBudgets.htmlKb + 1) * 1000,
    });
    const { rows, passed } = evaluateBench([slow], measured("/api/health", { requests: 2500, html: false }));
    expect(passed).toBe(false);
    expect(rows[0].misses).toEqual(["p95 ≥ 100 ms", "fejl", "< 20 % af health", "HTML > 120 kB"]);
  });

  it("does not hold a non-HTML response to the HTML size budget, and fails a page that never answered", () => {
    const csv = measured("/export.csv", { html: false, bytesPerResponse: 500_000 });
    const silent = measured("/zones", { requests: 0, latenciesMs: [] });
    const { rows } = evaluateBench([csv, silent], measured("/api/health", { requests: 1000 }));
    expect(rows[0].misses).toEqual([]);
    expect(rows[1].misses).toEqual(["ingen svar", "p95 ≥ 100 ms", "< 20 % af health"]);
    expect(formatBenchTable(rows).split("\n")[3]).toMatch(/^\| \/zones +\| +0\.0 \| +– \| +– \| +– \|/);
  });

  it("fails the run when /api/health itself has errors", () => {
    const { rows, passed } = evaluateBench([measured("/")], measured("/api/health", { errors: 1 }));
    expect(passed).toBe(false);
    expect(rows.at(-1)?.misses).toEqual(["fejl"]);
  });

  it("prints an aligned Markdown table with one line per page", () => {
    const { rows } = evaluateBench([measured("/"), measured("/portfolio", { errors: 3 })], measured("/api/health", { requests: 2500 }));
    const lines = formatBenchTable(rows).split("\n");
    expect(lines).toHaveLength(2 + 3);
    expect(lines[0]).toMatch(/^\| path +\| req\/s \| p50 ms \| p95 ms \| p99 ms \| errors \| kB\/resp \| % of health \| budget +\|$/);
    expect(lines[3]).toContain("| fejl");
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });
});
