import { describe, expect, it } from "vitest";
import type { AppDatabase } from "@/db";
import { getBenefitSummary, listBenefitsBehind, listOverdueBenefits } from "@/lib/queries/benefit-portfolio";
import { getAttention } from "@/lib/queries/dashboard-attention";
import { getFilterOptions } from "@/lib/queries/dashboard-options";
import { getRiskHeatmap } from "@/lib/queries/dashboard-risks";
import { getRoadmap } from "@/lib/queries/dashboard-roadmap";
import { getDepartmentLightMatrix, getInvolvementShares, getPhaseFunnel, getPortfolioKpis, getPurposeBalance, staleCutoff } from "@/lib/queries/dashboard";
import { listProjectPage } from "@/lib/queries/project-page";
import { listMyProjects } from "@/lib/queries/projects";
import { parsePageRequest } from "@/lib/validation/pagination";
import { parsePortfolioFilter } from "@/lib/validation/portfolio";
import { userId } from "./dashboard-fixtures";
import { planOf, statementsOf, type Statement } from "./statement-capture";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

/** The big tables (and the aliases the queries give them) that a hot query must never read whole. */
const bigTables = ["projects", "status_reports", "latest_report", "lr", "benefits", "benefit_measurements"];
/** "SCAN projects" reads every row; "SCAN projects USING [COVERING] INDEX …" walks an index (and stops at a LIMIT). */
const fullScan = new RegExp(`^SCAN (${bigTables.join("|")})$`);

function fullScans(database: AppDatabase, statement: Statement): string[] {
  return planOf(database, statement).filter((detail) => fullScan.test(detail));
}

const filter = (params: Record<string, string> = {}) => parsePortfolioFilter(params);
const firstPage = parsePageRequest({});
const cutoff = staleCutoff(new Date(), 45);

const hotReads: [string, () => unknown][] = [
  ["key figures", () => getPortfolioKpis(filter(), cutoff)],
  ["key figures in one phase", () => getPortfolioKpis(filter({ phase: "implementation" }), cutoff)],
  ["attention list", () => getAttention(filter(), cutoff)],
  ["department × light matrix", () => getDepartmentLightMatrix(filter())],
  ["phase funnel", () => getPhaseFunnel(filter())],
  ["purpose balance", () => getPurposeBalance(filter())],
  ["involvement shares", () => getInvolvementShares(filter())],
  ["roadmap", () => getRoadmap(filter())],
  ["risk heatmap", () => getRiskHeatmap(filter())],
  ["risk heatmap after action", () => getRiskHeatmap(filter(), "after")],
  ["filter choices", () => getFilterOptions()],
  ["first page of the register", () => listProjectPage(filter(), firstPage)],
  ["a later page of the register", () => listProjectPage(filter(), { page: 3, limit: 5, offset: 10 })],
  ["the register in one phase", () => listProjectPage(filter({ phase: "implementation", sort: "budget", dir: "desc" }), firstPage)],
  ["the register by light", () => listProjectPage(filter({ light: "red", phase: "active" }), firstPage)],
  ["my projects", () => listMyProjects(userId(db(), "direktor@egeby.dk"))],
];

describe("the portfolio's hot queries use indexes", () => {
  it.each(hotReads)("%s reads no big table whole", (_name, read) => {
    const statements = statementsOf(db(), read);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(fullScans(db(), statement), statement.sql).toEqual([]);
  });

  it("looks up involvement per project, not per group", () => {
    const details = statementsOf(db(), () => getInvolvementShares(filter()))
      .flatMap((statement) => db().$client.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.params) as { detail: string }[])
      .map((row) => row.detail);
    expect(details).toEqual(expect.arrayContaining([expect.stringMatching(/^SEARCH i USING (COVERING )?INDEX involvements_project_idx \(project_id=\?\)$/)]));
    expect(details.some((detail) => detail.includes("involvements_group_idx"))).toBe(false);
  });

  it("reads each project's latest light from the project row, not from the status reports", () => {
    const statements = statementsOf(db(), () => listProjectPage(filter({ light: "red" }), firstPage));
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(statement.sql).not.toContain("status_reports");
  });
});

describe("the benefits page reads its computed columns from indexes", () => {
  const everything = { page: 1, limit: 20, offset: 0 };
  const plansOf = (read: () => unknown) => statementsOf(db(), read).flatMap((statement) => planOf(db(), statement));

  it.each([
    ["the assessment counts and kr. sums", () => getBenefitSummary(filter(), 0.1)],
    ["the assessment counts in one phase", () => getBenefitSummary(filter({ phase: "implementation" }), 0.1)],
    ["the benefits behind the target path", () => listBenefitsBehind(filter(), 0.1, everything)],
    ["the overdue measurements", () => listOverdueBenefits(filter(), 0.1, everything)],
  ])("%s read no big table whole", (_name, read) => {
    const statements = statementsOf(db(), read);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(fullScans(db(), statement), statement.sql).toEqual([]);
  });

  it("finds the benefits behind by their kept deviation and the overdue ones by their due key", () => {
    expect(plansOf(() => listBenefitsBehind(filter(), 0.1, everything)).join("\n")).toMatch(/benefits USING INDEX benefits_behind_idx \(status=\? AND latest_deviation<\?\)/);
    expect(plansOf(() => listOverdueBenefits(filter(), 0.1, everything)).join("\n")).toMatch(/benefits USING INDEX benefits_due_idx \(status=\? AND measurement_due_key<\?\)/);
  });
});
