import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { departments, projectGoals, projects, settings, strategyGoals, zones } from "@/db/schema";
import type { Light } from "@/lib/codes";
import { getAttention } from "@/lib/queries/dashboard-attention";
import { getRiskHeatmap, listOpenRisks } from "@/lib/queries/dashboard-risks";
import { getRoadmap } from "@/lib/queries/dashboard-roadmap";
import {
  currentStaleCutoff,
  getDepartmentLightMatrix,
  getInvolvementShares,
  getPhaseFunnel,
  getPortfolioKpis,
  getPurposeBalance,
  staleCutoff,
} from "@/lib/queries/dashboard";
import { countProjectsByPhase, listMyProjects, listProjects } from "@/lib/queries/projects";
import { activePhases, parsePortfolioFilter, type PortfolioFilter } from "@/lib/validation/portfolio";
import { removePortfolioItems, allProjects, daysAgo, insertGate, insertInvolvement, insertReport, insertRisk, userId, type ProjectRow } from "./dashboard-fixtures";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();
const filter = (params: Record<string, string> = {}): PortfolioFilter => parsePortfolioFilter(params);
const isActive = (project: ProjectRow) => (activePhases as readonly string[]).includes(project.phase);

let all: ProjectRow[];
let active: ProjectRow[];
let author: number;
/** The light each project should show: latest published report wins. */
let expectedLight: Map<number, Light>;

beforeEach(() => {
  removePortfolioItems(db());
  all = allProjects(db());
  active = all.filter(isActive);
  author = userId(db(), "direktor@egeby.dk");
  expectedLight = new Map();
  const [a, b, c, d, e] = active;
  // a: red then newer green, and a newer draft that must not count
  insertReport(db(), a.id, "red", daysAgo(30), author);
  insertReport(db(), a.id, "green", daysAgo(5), author);
  insertReport(db(), a.id, "red", null, author);
  expectedLight.set(a.id, "green");
  // b: green then newer red
  insertReport(db(), b.id, "green", daysAgo(60), author);
  insertReport(db(), b.id, "red", daysAgo(20), author);
  expectedLight.set(b.id, "red");
  // c: yellow, long ago (stale)
  insertReport(db(), c.id, "yellow", daysAgo(100), author);
  expectedLight.set(c.id, "yellow");
  // d: red, recent
  insertReport(db(), d.id, "red", daysAgo(2), author);
  expectedLight.set(d.id, "red");
  // e: only a draft: no status
  insertReport(db(), e.id, "green", null, author);
});

describe("latest published status", () => {
  it("is the newest published report, ignoring drafts and older reports", () => {
    const rows = listProjects(filter());
    expect(rows).toHaveLength(all.length);
    for (const row of rows) expect(row.overallLight, row.code).toBe(expectedLight.get(row.id) ?? null);
  });

  it("filters by light, including no status", () => {
    for (const light of ["green", "yellow", "red"] as const) {
      const expected = [...expectedLight].filter(([, value]) => value === light).map(([id]) => id).sort((x, y) => x - y);
      expect(listProjects(filter({ light })).map((row) => row.id).sort((x, y) => x - y), light).toEqual(expected);
    }
    expect(listProjects(filter({ light: "none" }))).toHaveLength(all.length - expectedLight.size);
  });

  it("sorts by status with red first when descending", () => {
    const lights = listProjects(filter({ sort: "status", dir: "desc" })).map((row) => row.overallLight);
    const rank = (light: Light | null) => ({ red: 3, yellow: 2, green: 1 })[light ?? "none" as never] ?? 0;
    expect(lights.map(rank)).toEqual([...lights.map(rank)].sort((x, y) => y - x));
    expect(lights[0]).toBe("red");
  });

  it("is also on the user's own projects, with owner and lead names", () => {
    const [a] = active;
    const mine = listMyProjects(a.ownerId).rows;
    const row = mine.find((project) => project.id === a.id)!;
    expect(row.overallLight).toBe("green");
    expect(row.ownerName).toBeTruthy();
    expect(row.leadName).toBeTruthy();
  });
});

describe("the user's own projects", () => {
  it("come a page at a time in code order, with the total", () => {
    const [a] = active;
    const all = listMyProjects(a.ownerId, { page: 1, limit: 1000, offset: 0 });
    expect(all.info.total).toBe(all.rows.length);
    expect(all.rows.length).toBeGreaterThan(1);
    const pages = Array.from({ length: all.rows.length }, (_, index) => listMyProjects(a.ownerId, { page: index + 1, limit: 1, offset: index }));
    expect(pages.map((page) => page.rows[0].code)).toEqual(all.rows.map((row) => row.code).sort());
    expect(pages[0].info).toMatchObject({ total: all.rows.length, pageCount: all.rows.length });
  });
});

describe("the department × light matrix", () => {
  it("counts active projects per department and latest light, ignoring the light filter", () => {
    const matrix = getDepartmentLightMatrix(filter({ light: "red" }));
    const total = matrix.reduce((sum, row) => sum + row.total, 0);
    expect(total).toBe(active.length);
    for (const row of matrix) {
      const inDepartment = active.filter((project) => project.departmentId === row.departmentId);
      expect(row.total).toBe(inDepartment.length);
      for (const light of ["green", "yellow", "red"] as const) {
        expect(row.counts[light], `${row.departmentName} ${light}`).toBe(inDepartment.filter((project) => expectedLight.get(project.id) === light).length);
      }
      expect(row.counts.none).toBe(inDepartment.filter((project) => !expectedLight.has(project.id)).length);
    }
  });

  it("each cell equals the list its link opens", () => {
    for (const row of getDepartmentLightMatrix(filter())) {
      for (const light of ["green", "yellow", "red", "none"] as const) {
        const list = listProjects(filter({ department: String(row.departmentId), light, phase: "active" }));
        expect(list.length, `${row.departmentName} ${light}`).toBe(row.counts[light]);
      }
    }
  });

  it("narrows to one department under the department filter", () => {
    const departmentId = active[0].departmentId;
    const matrix = getDepartmentLightMatrix(filter({ department: String(departmentId) }));
    expect(matrix.map((row) => row.departmentId)).toEqual([departmentId]);
  });
});

describe("key figures", () => {
  it("count active projects, their budgets and lights", () => {
    const kpis = getPortfolioKpis(filter(), staleCutoff(new Date(), 45));
    expect(kpis.projects).toBe(active.length);
    expect(kpis.approvedBudgetKr).toBe(active.reduce((sum, project) => sum + project.approvedBudgetKr, 0));
    expect(kpis.spentKr).toBe(active.reduce((sum, project) => sum + project.spentKr, 0));
    expect(kpis.lights).toEqual({ green: 1, yellow: 1, red: 2, none: active.length - 4 });
  });

  it("count stale reports by the staleReportDays setting", () => {
    // Fresh: a (5 days), b (20), d (2). Stale at 45 days: c (100) and every active project without a published report.
    expect(getPortfolioKpis(filter(), currentStaleCutoff()).staleReports).toBe(active.length - 3);
    db().insert(settings).values({ key: "staleReportDays", value: "10" }).run();
    // At 10 days b (20 days) is stale too.
    expect(getPortfolioKpis(filter(), currentStaleCutoff()).staleReports).toBe(active.length - 2);
    expect(getAttention(filter(), currentStaleCutoff(), 100).stale.total).toBe(active.length - 2);
  });

  it("count pending gate requests only", () => {
    const [a, b] = active;
    insertGate(db(), a.id, "pending", author);
    insertGate(db(), b.id, "pending", author);
    insertGate(db(), b.id, "approved", author);
    expect(getPortfolioKpis(filter(), currentStaleCutoff()).pendingGates).toBe(2);
    expect(getPortfolioKpis(filter({ department: String(a.departmentId) }), currentStaleCutoff()).pendingGates).toBe(
      [a, b].filter((project) => project.departmentId === a.departmentId).length,
    );
  });

  it("follow a chosen phase instead of the active ones", () => {
    const ideas = all.filter((project) => project.phase === "idea");
    expect(getPortfolioKpis(filter({ phase: "idea" }), currentStaleCutoff())).toMatchObject({ projects: ideas.length, staleReports: 0 });
  });
});

describe("what needs attention", () => {
  it("lists red projects, stale reports and pending gates with totals", () => {
    const [a, , c, d] = active;
    insertGate(db(), a.id, "pending", author);
    const attention = getAttention(filter(), currentStaleCutoff(), 3);
    expect(attention.red.total).toBe(2);
    expect(attention.red.items.map((item) => item.code).sort()).toEqual([active[1].code, d.code].sort());
    expect(attention.stale.items.length).toBeLessThanOrEqual(3);
    expect(attention.stale.total).toBe(active.length - 3);
    const stale = getAttention(filter(), currentStaleCutoff(), 1000).stale.items.map((item) => item.code);
    expect(stale).toContain(c.code);
    expect(stale).not.toContain(a.code);
    expect(attention.gates.total).toBe(1);
    expect(attention.gates.items[0]).toMatchObject({ code: a.code, fromPhase: "analysis", toPhase: "trial" });
  });
});

describe("risk heatmap", () => {
  it("counts open risks per probability × consequence and lists a cell", () => {
    const [a, b] = active;
    insertRisk(db(), a.id, 4, 5);
    insertRisk(db(), b.id, 4, 5);
    insertRisk(db(), b.id, 4, 5, "closed");
    insertRisk(db(), a.id, 1, 2);
    const closedProject = all.find((project) => project.phase === "closed")!;
    insertRisk(db(), closedProject.id, 4, 5);
    const heatmap = getRiskHeatmap(filter());
    expect(heatmap.total).toBe(3);
    expect(heatmap.counts[3][4]).toBe(2);
    expect(heatmap.counts[0][1]).toBe(1);
    const cell = listOpenRisks(filter(), { p: 4, c: 5 }).rows;
    expect(cell.map((risk) => risk.projectCode).sort()).toEqual([a.code, b.code].sort());
    expect(cell[0]).toMatchObject({ probability: 4, consequence: 5, score: 20 });
    expect(listOpenRisks(filter({ phase: "closed" }), { p: 4, c: 5 }).rows.map((risk) => risk.projectCode)).toEqual([closedProject.code]);
    expect(listOpenRisks(filter(), {}).info.total).toBe(3);
    const secondPage = listOpenRisks(filter(), {}, { page: 2, limit: 2, offset: 2 });
    expect(secondPage.rows).toHaveLength(1);
    expect(secondPage.info).toMatchObject({ page: 2, pageCount: 2, total: 3, from: 3, to: 3 });
    const openRisks = listOpenRisks(filter(), {}).rows;
    const scores = openRisks.map((risk) => risk.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    const paged = [1, 2].flatMap((page) => listOpenRisks(filter(), {}, { page, limit: 2, offset: (page - 1) * 2 }).rows);
    expect(paged.map((risk) => risk.id)).toEqual(openRisks.map((risk) => risk.id));
  });
});

describe("involvement", () => {
  it("gives the share of active projects with citizen and MED involvement, planned or done", () => {
    const [a, b, c] = active;
    const staff = userId(db(), "medarbejder@egeby.dk");
    insertInvolvement(db(), a.id, "citizens", "done", staff);
    insertInvolvement(db(), a.id, "citizens", "planned", staff);
    insertInvolvement(db(), b.id, "citizens", "planned", staff);
    insertInvolvement(db(), b.id, "med", "done", staff);
    insertInvolvement(db(), c.id, "employees", "done", staff);
    expect(getInvolvementShares(filter())).toEqual({ projects: active.length, citizens: 2, med: 1 });
  });
});

describe("breakdowns", () => {
  it("the funnel ignores the phase filter but keeps the others", () => {
    const departmentId = all[0].departmentId;
    const funnel = getPhaseFunnel(filter({ phase: "trial", department: String(departmentId) }));
    const inDepartment = all.filter((project) => project.departmentId === departmentId);
    for (const phase of Object.keys(funnel) as (keyof typeof funnel)[]) {
      expect(funnel[phase], phase).toBe(inDepartment.filter((project) => project.phase === phase).length);
    }
    const counts = Object.fromEntries(countProjectsByPhase(filter({ phase: "trial", department: String(departmentId) })).map((row) => [row.phase, row.count]));
    for (const phase of Object.keys(counts) as (keyof typeof funnel)[]) expect(counts[phase]).toBe(funnel[phase]);
  });

  it("the purpose balance counts projects and approved budget per purpose in scope", () => {
    const balance = getPurposeBalance(filter({ purpose: "efficiency" }));
    expect(balance.reduce((sum, row) => sum + row.projects, 0)).toBe(active.length);
    for (const row of balance) {
      const matching = active.filter((project) => project.purpose === row.purpose);
      expect(row.projects).toBe(matching.length);
      expect(row.approvedBudgetKr).toBe(matching.reduce((sum, project) => sum + project.approvedBudgetKr, 0));
    }
  });

  it("the roadmap shows the largest planned active projects by start, and how many there are", () => {
    const roadmap = getRoadmap(filter(), 5);
    const planned = active.filter((project) => project.baselineStart && project.baselineEnd);
    expect(roadmap.total).toBe(planned.length);
    expect(roadmap.items).toHaveLength(Math.min(5, planned.length));
    const starts = roadmap.items.map((item) => item.baselineStart);
    expect(starts).toEqual([...starts].sort());
    const largest = [...planned].sort((x, y) => y.approvedBudgetKr - x.approvedBudgetKr || x.code.localeCompare(y.code)).slice(0, 5);
    expect(roadmap.items.map((item) => item.code).sort()).toEqual(largest.map((project) => project.code).sort());
  });
});

describe("filters", () => {
  it("narrow by department, phase, purpose and owner", () => {
    const sample = all[3];
    const cases: [Record<string, string>, (project: ProjectRow) => boolean][] = [
      [{ department: String(sample.departmentId) }, (project) => project.departmentId === sample.departmentId],
      [{ phase: "trial" }, (project) => project.phase === "trial"],
      [{ phase: "active" }, isActive],
      [{ purpose: "new_service" }, (project) => project.purpose === "new_service"],
      [{ owner: String(sample.ownerId) }, (project) => project.ownerId === sample.ownerId],
      [
        { department: String(sample.departmentId), purpose: sample.purpose },
        (project) => project.departmentId === sample.departmentId && project.purpose === sample.purpose,
      ],
    ];
    for (const [params, predicate] of cases) {
      expect(listProjects(filter(params)).map((row) => row.code), JSON.stringify(params)).toEqual(all.filter(predicate).map((project) => project.code));
    }
  });

  it("narrow by strategy goal and zone", () => {
    const goal = db().select().from(strategyGoals).get()!;
    const linked = db().select({ projectId: projectGoals.projectId }).from(projectGoals).where(eq(projectGoals.goalId, goal.id)).all().map((row) => row.projectId);
    expect(listProjects(filter({ goal: String(goal.id) })).map((row) => row.id).sort((x, y) => x - y)).toEqual([...linked].sort((x, y) => x - y));

    const zone = db().insert(zones).values({ name: "Velfærdsteknologi", slug: "velfaerd" }).returning({ id: zones.id }).get();
    db().update(projects).set({ zoneId: zone.id }).where(eq(projects.id, all[1].id)).run();
    expect(listProjects(filter({ zone: String(zone.id) })).map((row) => row.code)).toEqual([all[1].code]);
  });

  it("search free text in code, title and summary, whatever the case", () => {
    const sample = all[2];
    expect(listProjects(filter({ q: sample.code.toLowerCase() })).map((row) => row.code)).toEqual([sample.code]);
    const word = sample.title.split(" ").find((part) => part.length > 5)!;
    const titleHits = listProjects(filter({ q: word.toUpperCase() })).map((row) => row.code);
    expect(titleHits).toContain(sample.code);
    db().update(projects).set({ summary: "Indeholder ordet zebrafinke" }).where(eq(projects.id, sample.id)).run();
    expect(listProjects(filter({ q: "  Zebrafinke " })).map((row) => row.code)).toEqual([sample.code]);
    expect(listProjects(filter({ q: "%" }))).toEqual([]);
  });

  it("ignore values that do not parse", () => {
    const parsed = filter({ department: "abc", phase: "nope", light: "blue", owner: "-1", goal: "1.5", sort: "x", dir: "sideways" });
    expect(listProjects(parsed)).toHaveLength(all.length);
  });

  it("apply to every widget", () => {
    const departmentId = active[0].departmentId;
    const scoped = active.filter((project) => project.departmentId === departmentId);
    const params = filter({ department: String(departmentId) });
    expect(getPortfolioKpis(params, currentStaleCutoff()).projects).toBe(scoped.length);
    expect(getInvolvementShares(params).projects).toBe(scoped.length);
    expect(getRoadmap(params).total).toBe(scoped.filter((project) => project.baselineStart && project.baselineEnd).length);
    const departmentName = db().select().from(departments).where(eq(departments.id, departmentId)).get()!.name;
    expect(getDepartmentLightMatrix(params).map((row) => row.departmentName)).toEqual([departmentName]);
  });
});
