import { describe, expect, it } from "vitest";
import { getAttention } from "@/lib/queries/dashboard-attention";
import { getRiskHeatmap, listOpenRisks } from "@/lib/queries/dashboard-risks";
import { currentStaleCutoff, getDepartmentLightMatrix, getInvolvementShares, getPortfolioKpis } from "@/lib/queries/dashboard";
import { listProjects } from "@/lib/queries/projects";
import { parsePortfolioFilter } from "@/lib/validation/portfolio";
import { withDemoDatabase } from "./temp-database";

withDemoDatabase();

describe("the dashboard over the demo municipality", () => {
  it("tells one consistent story across its widgets", () => {
    const filter = parsePortfolioFilter({});
    const cutoff = currentStaleCutoff();
    const kpis = getPortfolioKpis(filter, cutoff);
    const lights = kpis.lights.green + kpis.lights.yellow + kpis.lights.red + kpis.lights.none;
    expect(lights).toBe(kpis.projects);
    expect(kpis.projects).toBe(listProjects(parsePortfolioFilter({ phase: "active" })).length);

    const matrix = getDepartmentLightMatrix(filter);
    for (const light of ["green", "yellow", "red", "none"] as const) {
      expect(matrix.reduce((sum, row) => sum + row.counts[light], 0), light).toBe(kpis.lights[light]);
    }

    const attention = getAttention(filter, cutoff);
    expect(attention.red.total).toBe(kpis.lights.red);
    expect(attention.stale.total).toBe(kpis.staleReports);
    expect(attention.gates.total).toBe(kpis.pendingGates);

    const heatmap = getRiskHeatmap(filter);
    expect(listOpenRisks(filter, {}).info.total).toBe(heatmap.total);

    const shares = getInvolvementShares(filter);
    expect(shares.projects).toBe(kpis.projects);
    expect(shares.citizens).toBeLessThanOrEqual(shares.projects);
    expect(shares.med).toBeLessThanOrEqual(shares.projects);
  });
});
