import { describe, expect, it } from "vitest";
import { getRiskHeatmap, listOpenRisks } from "@/lib/queries/dashboard-risks";
import { parsePortfolioFilter, statusScope } from "@/lib/validation/portfolio";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

describe("the risk heatmap after action", () => {
  it("moves risks with a residual assessment to their residual cell, and its cells list the same risks", () => {
    const filter = parsePortfolioFilter({});
    const before = getRiskHeatmap(filter, "before");
    const after = getRiskHeatmap(filter, "after");
    expect(after.total).toBe(before.total);
    expect(before.total).toBeGreaterThan(0);

    const residual = db()
      .$client.prepare(
        `select count(*) as n from risks r join projects p on p.id = r.project_id
         where r.status = 'open' and r.residual_probability is not null and r.residual_consequence is not null
           and (r.residual_probability <> r.probability or r.residual_consequence <> r.consequence)`,
      )
      .get() as { n: number };
    expect(residual.n, "the demo has risks whose action lowers them").toBeGreaterThan(0);
    expect(after.counts).not.toEqual(before.counts);

    const scope = statusScope(filter);
    for (let p = 1; p <= 5; p++) {
      for (let c = 1; c <= 5; c++) {
        expect(listOpenRisks(scope, { p, c, view: "after" }).info.total, `cell ${p}×${c}`).toBe(after.counts[p - 1][c - 1]);
      }
    }
  });
});
