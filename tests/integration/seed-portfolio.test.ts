import { count, eq, getTableName } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dropAllTables, seedDemo } from "@/db/seed";
import { migrateDatabase } from "@/db/migrate";
import { auditEvents, benefits, departments, gateRequests, involvements, projects, risks, statusReports, users } from "@/db/schema";
import { type Light, type Phase, riskCategories } from "@/lib/codes";
import { verifyAuditChain } from "@/lib/audit";
import { daysBetween, toDay } from "@/lib/domain/dates";
import { checklistMet, gateChecklist } from "@/lib/domain/gate-checklist";
import { defaultSettings } from "@/lib/domain/settings";
import { proposeStatus } from "@/lib/domain/status-proposal";
import { projectHistory } from "@/lib/queries/project-tabs";
import { loadDemoDatabase, withTempDatabase } from "./temp-database";

const db = withTempDatabase();
const activePhases: Phase[] = ["analysis", "trial", "implementation", "realisation"];
const dimensions = ["time", "economy", "delivery", "risk", "benefits", "overall"] as const;

async function seeded() {
  const now = await loadDemoDatabase();
  const all = db().select().from(projects).all();
  return { today: toDay(now), all, active: all.filter((project) => activePhases.includes(project.phase)) };
}

function publishedReports(projectId: number) {
  return db()
    .select()
    .from(statusReports)
    .where(eq(statusReports.projectId, projectId))
    .all()
    .filter((report) => report.state === "published")
    .sort((a, b) => a.reportDate.localeCompare(b.reportDate));
}

describe("portfolio demo seed", () => {
  it("gives the active projects a red, yellow and green story with stale reports", async () => {
    const { today, active, all } = await seeded();
    const latest = new Map(active.map((project) => [project.id, publishedReports(project.id).at(-1)]));
    const tally = (light: Light) => [...latest.values()].filter((report) => report?.overallLight === light).length;
    expect(tally("red")).toBeGreaterThanOrEqual(4);
    expect(tally("red")).toBeLessThanOrEqual(6);
    expect(tally("yellow")).toBeGreaterThanOrEqual(8);
    expect(tally("yellow")).toBeLessThanOrEqual(10);
    expect(tally("green")).toBeGreaterThan(0);

    const stale = active.filter((project) => {
      const report = latest.get(project.id);
      return !report || daysBetween(report.reportDate, today) > defaultSettings.staleReportDays;
    });
    expect(stale.length).toBeGreaterThanOrEqual(4);
    expect(stale.length).toBeLessThanOrEqual(6);
    expect(stale.filter((project) => !latest.get(project.id)).length).toBe(2);

    const withHistory = active.filter((project) => publishedReports(project.id).length >= 2);
    expect(withHistory.length).toBeGreaterThan(active.length / 2);
    for (const project of all.filter((candidate) => !activePhases.includes(candidate.phase))) {
      const report = publishedReports(project.id).at(-1);
      if (report) expect(report.overallLight).toBe("green");
    }
    const drafts = db().select().from(statusReports).where(eq(statusReports.state, "draft")).all();
    expect(drafts.length).toBeGreaterThanOrEqual(1);
    expect(drafts.length).toBeLessThanOrEqual(2);
    for (const draft of drafts) expect(draft.publishedAt).toBeNull();
  });

  it("writes every report the way the portal would: comments, proposals and override reasons", async () => {
    const { all, today } = await seeded();
    const reports = db().select().from(statusReports).all();
    expect(reports.length).toBeGreaterThan(60);
    for (const report of reports) {
      for (const dimension of dimensions) {
        const light = report[`${dimension}Light`];
        if (light !== "green") expect(report[`${dimension}Comment`].trim(), `${report.id} ${dimension}`).not.toBe("");
      }
      expect(report.reportDate <= today).toBe(true);
      const proposals = JSON.parse(report.proposals);
      const reasons = JSON.parse(report.overrideReasons);
      expect(Object.keys(proposals).sort()).toEqual(["benefits", "delivery", "economy", "overall", "risk", "time"]);
      expect([proposals.delivery, proposals.risk, proposals.benefits]).toEqual([null, null, null]);
      for (const dimension of ["time", "economy", "overall"] as const) {
        if (proposals[dimension].light !== report[`${dimension}Light`]) expect(reasons[dimension]?.length).toBeGreaterThan(10);
        else expect(reasons[dimension]).toBeUndefined();
      }
    }
    expect(reports.filter((report) => report.overrideReasons !== "{}").length).toBeGreaterThanOrEqual(1);

    for (const project of all) {
      const latest = publishedReports(project.id).at(-1);
      if (!latest || !activePhases.includes(project.phase)) continue;
      const proposal = proposeStatus({ ...project, benefitAssessments: [] }, defaultSettings);
      const stored = JSON.parse(latest.proposals);
      expect(stored.time, project.code).toEqual(proposal.time);
      expect(stored.economy, project.code).toEqual(proposal.economy);
      expect(latest.authorId === project.leadId || latest.authorId === project.ownerId).toBe(true);
      expect(latest.publishedById).not.toBeNull();
    }
  });

  it("spreads risks across the heatmap with actions, owners and lower residuals", async () => {
    const { all, active } = await seeded();
    const everyRisk = db().select().from(risks).all();
    const open = everyRisk.filter((risk) => risk.status === "open");
    const cells = new Set(open.map((risk) => `${risk.probability}x${risk.consequence}`));
    expect(cells.size).toBeGreaterThanOrEqual(15);
    expect(cells.has("5x5")).toBe(true);
    expect(cells.has("4x5")).toBe(true);
    expect(new Set(everyRisk.map((risk) => risk.category))).toEqual(new Set(riskCategories));
    expect(everyRisk.some((risk) => risk.status === "closed")).toBe(true);
    expect(open.length).toBeGreaterThan(everyRisk.length / 2);

    const staffDepartment = new Map(db().select({ id: users.id, departmentId: users.departmentId }).from(users).all().map((user) => [user.id, user.departmentId]));
    const byId = new Map(all.map((project) => [project.id, project]));
    for (const risk of everyRisk) {
      const project = byId.get(risk.projectId)!;
      expect(risk.action.trim()).not.toBe("");
      expect(risk.ownerId === project.leadId || staffDepartment.get(risk.ownerId!) === project.departmentId, risk.title).toBe(true);
      expect(risk.residualProbability!).toBeLessThanOrEqual(risk.probability);
      expect(risk.residualConsequence!).toBeLessThanOrEqual(risk.consequence);
      expect(risk.residualProbability! * risk.residualConsequence!).toBeLessThan(risk.probability * risk.consequence);
    }
    for (const project of active) {
      const n = everyRisk.filter((risk) => risk.projectId === project.id).length;
      if (project.noSignificantRisks) expect(n, project.code).toBe(0);
      else expect(n, project.code).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(5);
    }
    const ticked = all.filter((project) => project.noSignificantRisks);
    expect(ticked.length).toBeGreaterThanOrEqual(1);
    expect(ticked.length).toBeLessThanOrEqual(2);
    for (const project of ticked) expect(project.phase).toBe("analysis");
  });

  it("logs involvement for most projects, but not all, with citizen and MED shares well inside 20–90 %", async () => {
    const { all, active, today } = await seeded();
    const entries = db().select().from(involvements).all();
    const groupsOf = (projectId: number) => new Set(entries.filter((entry) => entry.projectId === projectId).map((entry) => entry.group));
    const share = (group: string) => active.filter((project) => groupsOf(project.id).has(group as never)).length / active.length;
    for (const group of ["citizens", "med"]) {
      expect(share(group), group).toBeGreaterThan(0.2);
      expect(share(group), group).toBeLessThan(0.9);
    }
    expect(active.some((project) => groupsOf(project.id).size === 0)).toBe(true);
    const nonIdeas = all.filter((project) => project.phase !== "idea");
    const involved = nonIdeas.filter((project) => groupsOf(project.id).size > 0).length / nonIdeas.length;
    expect(involved).toBeGreaterThan(0.65);
    expect(involved).toBeLessThan(0.85);
    for (const entry of entries) {
      expect(entry.state).toBe(entry.date <= today ? "done" : "planned");
      expect(entry.summary.trim()).not.toBe("");
    }
  });

  it("gives every analysis and trial project one or two measurable benefits", async () => {
    const { all } = await seeded();
    const owners = new Map(db().select({ id: users.id, role: users.role, departmentId: users.departmentId }).from(users).all().map((user) => [user.id, user]));
    for (const project of all.filter((candidate) => candidate.phase === "analysis" || candidate.phase === "trial")) {
      const list = db().select().from(benefits).where(eq(benefits.projectId, project.id)).all();
      expect(list.length, project.code).toBeGreaterThanOrEqual(1);
      expect(list.length, project.code).toBeLessThanOrEqual(2);
      for (const benefit of list) {
        expect(benefit.baselineValue).not.toBeNull();
        expect(benefit.targetValue).not.toBeNull();
        expect(benefit.baselineDate! < benefit.targetDate!).toBe(true);
        expect(owners.get(benefit.ownerId!)?.departmentId).toBe(benefit.receivingDepartmentId);
        expect(["approved", "proposed"]).toContain(benefit.status);
        if (benefit.type.startsWith("economic")) expect(benefit.annualValueKr).toBeGreaterThan(0);
      }
    }
  });

  it("queues pending gate requests whose checklists hold up against the data, one of them in SOS", async () => {
    const { all, today } = await seeded();
    const byId = new Map(all.map((project) => [project.id, project]));
    const directors = new Set(db().select({ id: users.id }).from(users).where(eq(users.role, "director")).all().map((user) => user.id));
    const sos = db().select({ id: departments.id }).from(departments).where(eq(departments.name, "Social og Sundhed")).get()!;
    const requests = db().select().from(gateRequests).all();
    const pending = requests.filter((request) => request.status === "pending");
    expect(pending.length).toBeGreaterThanOrEqual(3);
    expect(pending.length).toBeLessThanOrEqual(4);
    expect(requests.filter((request) => request.status === "approved").length).toBeGreaterThanOrEqual(2);
    expect(requests.filter((request) => request.status === "rejected").length).toBe(1);
    expect(pending.some((request) => byId.get(request.projectId)!.departmentId === sos.id)).toBe(true);

    let fullyMet = 0;
    for (const request of requests) {
      const project = byId.get(request.projectId)!;
      const projectBenefits = db().select().from(benefits).where(eq(benefits.projectId, project.id)).all();
      const checklist = gateChecklist(request.fromPhase, request.toPhase, {
        purposeSet: Boolean(project.purpose),
        benefitsTotal: projectBenefits.length,
        benefitsWithBaselineAndTarget: projectBenefits.filter((benefit) => benefit.baselineValue !== null && benefit.targetValue !== null).length,
        benefitsWithoutOwner: projectBenefits.filter((benefit) => benefit.ownerId === null).length,
        risksTotal: db().select({ n: count() }).from(risks).where(eq(risks.projectId, project.id)).get()!.n,
        noSignificantRisks: project.noSignificantRisks,
        userOrMedInvolvements: db()
          .select()
          .from(involvements)
          .where(eq(involvements.projectId, project.id))
          .all()
          .filter((entry) => ["citizens", "employees", "med"].includes(entry.group)).length,
        approvedBudgetKr: project.approvedBudgetKr,
        closingLearning: project.closingLearning,
      });
      expect(JSON.parse(request.checklist)).toEqual(checklist);
      expect([project.ownerId, project.leadId]).toContain(request.requestedById);
      expect(request.requestComment.trim()).not.toBe("");
      if (request.status === "pending") {
        expect(request.fromPhase).toBe(project.phase);
        expect(daysBetween(request.requestedAt.slice(0, 10), today)).toBeLessThanOrEqual(21);
        expect(request.decidedAt).toBeNull();
        if (checklistMet(checklist)) fullyMet += 1;
      } else {
        expect(directors.has(request.decidedById!)).toBe(true);
        expect(request.decisionComment?.trim()).toBeTruthy();
        expect(request.decidedAt! > request.requestedAt).toBe(true);
      }
    }
    expect(fullyMet).toBeGreaterThanOrEqual(3);
  });

  it("writes each published report's event at its publish time, in the order they happened, so Historik shows it", async () => {
    await seeded();
    const reports = db().select().from(statusReports).all().filter((report) => report.state === "published");
    const events = db().select().from(auditEvents).orderBy(auditEvents.id).all().filter((event) => event.action === "status_report.publish");
    expect(events).toHaveLength(reports.length);
    const times = events.map((event) => event.occurredAt);
    expect(times).toEqual([...times].sort());
    const codes = new Map(db().select({ id: projects.id, code: projects.code }).from(projects).all().map((project) => [project.id, project.code]));
    for (const report of reports) {
      const event = events.find((candidate) => JSON.parse(candidate.changes!).reportId === report.id)!;
      expect(event).toMatchObject({ objectType: "project", objectId: codes.get(report.projectId), actorId: report.publishedById, occurredAt: report.publishedAt, outcome: "success" });
      expect(JSON.parse(event.changes!)).toMatchObject({ overall: report.overallLight, overrides: JSON.parse(report.overrideReasons) });
    }
    const history = projectHistory(codes.get(reports[0].projectId)!).rows.filter((event) => event.action === "status_report.publish");
    expect(history.length).toBe(reports.filter((report) => report.projectId === reports[0].projectId).length);
    expect(verifyAuditChain(db()).ok).toBe(true);
  });

  it("keeps the audit chain intact with the one seed event, and seeds the same data for the same date", async () => {
    const now = new Date("2026-03-31T10:00:00Z");
    await seedDemo(db(), now);
    expect(verifyAuditChain(db()).ok).toBe(true);
    expect(db().select().from(auditEvents).all().some((event) => event.action === "seed.demo")).toBe(true);

    const snapshot = () =>
      [statusReports, risks, involvements, benefits, gateRequests].map((table) =>
        db().$client.prepare(`select * from "${getTableName(table)}" order by id`).all(),
      );
    const first = snapshot();
    dropAllTables(db());
    migrateDatabase(db());
    await seedDemo(db(), now);
    expect(snapshot()).toEqual(first);
  });
});
