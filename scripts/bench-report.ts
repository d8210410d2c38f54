/**
 * The speed budgets on bench data (production build, 10 connections): every page, and a save made while
 * /portfolio is under that load.
 */
export const benchBudgets = { p95Ms: 100, errors: 0, shareOfHealth: 0.2, htmlKb: 120, writeP95Ms: 200 } as const;

/** What one page measured under load. */
export type BenchMeasurement = {
  path: string;
  requests: number;
  seconds: number;
  latenciesMs: number[];
  /** Non-2xx responses and connection errors, timeouts included. */
  errors: number;
  /** Size of one uncompressed response body. */
  bytesPerResponse: number;
  html: boolean;
};

export type BenchRow = {
  path: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  kbPerResponse: number;
  shareOfHealth: number;
  misses: string[];
};

/** Nearest-rank percentile of an ascending list; NaN (shown as "–", never within budget) for an empty list. */
export function percentile(sortedAscending: readonly number[], fraction: number): number {
  if (sortedAscending.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sortedAscending.length);
  return sortedAscending[Math.min(sortedAscending.length, Math.max(1, rank)) - 1];
}

function rowOf(measurement: BenchMeasurement, healthRequestsPerSecond: number): Omit<BenchRow, "misses"> {
  const sorted = [...measurement.latenciesMs].sort((a, b) => a - b);
  const requestsPerSecond = measurement.seconds > 0 ? measurement.requests / measurement.seconds : 0;
  return {
    path: measurement.path,
    requestsPerSecond,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    errors: measurement.errors,
    kbPerResponse: measurement.bytesPerResponse / 1000,
    shareOfHealth: healthRequestsPerSecond > 0 ? requestsPerSecond / healthRequestsPerSecond : 0,
  };
}

/** A save under load has its own latency budget; its rate depends on the pauses between saves, so it has no share of /api/health. */
function writeRow(writes: BenchMeasurement): BenchRow {
  const row = { ...rowOf(writes, 0), shareOfHealth: Number.NaN };
  const misses: string[] = [];
  if (writes.requests === 0) misses.push("ingen svar");
  if (!(row.p95 < benchBudgets.writeP95Ms)) misses.push(`p95 ≥ ${benchBudgets.writeP95Ms} ms`);
  if (row.errors > benchBudgets.errors) misses.push("fejl");
  return { ...row, misses };
}

/**
 * Turns measurements into table rows with the budgets each page or save missed; /api/health is the
 * yardstick and only needs to be error-free.
 */
export function evaluateBench(
  pages: readonly BenchMeasurement[],
  health: BenchMeasurement,
  writes: readonly BenchMeasurement[] = [],
): { rows: BenchRow[]; passed: boolean } {
  const healthRow = rowOf(health, 0);
  const rows: BenchRow[] = pages.map((page) => {
    const row = rowOf(page, healthRow.requestsPerSecond);
    const misses: string[] = [];
    if (page.requests === 0) misses.push("ingen svar");
    if (!(row.p95 < benchBudgets.p95Ms)) misses.push(`p95 ≥ ${benchBudgets.p95Ms} ms`);
    if (row.errors > benchBudgets.errors) misses.push("fejl");
    if (row.shareOfHealth < benchBudgets.shareOfHealth) misses.push(`< ${benchBudgets.shareOfHealth * 100} % af health`);
    if (page.html && row.kbPerResponse > benchBudgets.htmlKb) misses.push(`HTML > ${benchBudgets.htmlKb} kB`);
    return { ...row, misses };
  });
  rows.push(...writes.map(writeRow));
  const healthMisses = health.errors > 0 || health.requests === 0 ? ["fejl"] : [];
  rows.push({ ...healthRow, shareOfHealth: 1, misses: healthMisses });
  return { rows, passed: rows.every((row) => row.misses.length === 0) };
}

const fixed = (value: number, digits: number) => (Number.isNaN(value) ? "–" : value.toFixed(digits));

/** A Markdown table (it reads in a terminal and pastes into the README as it is). */
export function formatBenchTable(rows: readonly BenchRow[]): string {
  const header = ["path", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "kB/resp", "% of health", "budget"];
  const body = rows.map((row) => [
    row.path,
    fixed(row.requestsPerSecond, 1),
    fixed(row.p50, 0),
    fixed(row.p95, 0),
    fixed(row.p99, 0),
    String(row.errors),
    fixed(row.kbPerResponse, 1),
    Number.isNaN(row.shareOfHealth) ? "–" : `${fixed(row.shareOfHealth * 100, 0)} %`,
    row.misses.length === 0 ? "ok" : row.misses.join(", "),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => (column === 0 || column === cells.length - 1 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(" | ")} |`;
  const rule = `|${widths.map((width, column) => (column === 0 || column === widths.length - 1 ? `${"-".repeat(width + 1)}-` : `${"-".repeat(width + 1)}:`)).join("|")}|`;
  return [line(header), rule, ...body.map(line)].join("\n");
}
