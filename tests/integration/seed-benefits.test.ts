import { getTableName } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dropAllTables, seedDemo } from "@/db/seed";
import { migrateDatabase } from "@/db/migrate";
import { auditEvents, benefitMeasurements, benefitRebaselines, benefits, projects, statusReports, users } from "@/db/schema";
import { benefitTypes } from "@/lib/codes";
import { verifyAuditChain } from "@/lib/audit";
import { assessBenefit, isMeasurementOverdue } from "@/lib/domain/benefit-assessment";
import { canCorrectMeasurement, isBaselineLocked } from "@/lib/domain/benefit-rules";
import { daysBetween, toDay } from "@/lib/domain/dates";
import { defaultSettings } from "@/lib/domain/settings";
import { proposeBenefits } from "@/lib/domain/status-proposal";
import { loadDemoDatabase, withTempDatabase } from "./temp-database";

const db = withTempDatabase();
const demoUsers = ["afdelingschef@egeby.dk", "medarbejder@egeby.dk"];

async function seeded(requested?: Date) {
  const now = await loadDemoDatabase(requested);
  const today = toDay(now);
  const everyMeasurement = db().select().from(benefitMeasurements).all();
  const assessed = db()
    .select()
    .from(benefits)
    .all()
    .map((benefit) => {
      const measurements = everyMeasurement.filter((measurement) => measurement.benefitId === benefit.id);
      const path = {
        direction: benefit.direction,
        baselineValue: benefit.baselineValue ?? undefined,
        baselineDate: benefit.baselineDate ?? undefined,
        targetValue: benefit.targetValue ?? undefined,
        targetDate: benefit.targetDate ?? undefined,
      };
      const followedUp = benefit.status !== "cancelled" && benefit.status !== "realised";
      return {
        benefit,
        measurements,
        assessment: assessBenefit(path, measurements, defaultSettings.benefitTolerance).assessment,
        overdue: followedUp && isMeasurementOverdue(measurements, benefit.baselineDate, benefit.measurementFrequencyMonths, today),
      };
    });
  const people = db().select().from(users).all();
  return {
    now,
    today,
    assessed,
    everyMeasurement,
    projects: db().select().from(projects).all(),
    userByEmail: new Map(people.map((user) => [user.email, user])),
    userById: new Map(people.map((user) => [user.id, user])),
  };
}

describe("benefits demo seed", () => {
  it("puts at least five benefits on the path, in Følg med, in Afvigelse and overdue", async () => {
    const { assessed } = await seeded();
    const live = assessed.filter(({ benefit }) => benefit.status !== "cancelled");
    const count = (assessment: string) => live.filter((entry) => entry.assessment === assessment).length;
    expect(count("on_track")).toBeGreaterThanOrEqual(5);
    expect(count("watch")).toBeGreaterThanOrEqual(5);
    expect(count("off_track")).toBeGreaterThanOrEqual(5);
    expect(live.filter((entry) => entry.overdue).length).toBeGreaterThanOrEqual(5);
    expect(live.filter((entry) => entry.overdue && entry.assessment === "on_track").length).toBeGreaterThanOrEqual(1);
  });

  it("gives every project past analysis one to three benefits with every field filled in", async () => {
    const { assessed, projects: all, userById, now } = await seeded();
    for (const project of all.filter((candidate) => ["trial", "implementation", "realisation", "closed"].includes(candidate.phase))) {
      const n = assessed.filter(({ benefit }) => benefit.projectId === project.id).length;
      expect(n, project.code).toBeGreaterThanOrEqual(1);
      expect(n, project.code).toBeLessThanOrEqual(3);
    }
    const list = assessed.map(({ benefit }) => benefit);
    for (const benefit of list) {
      for (const field of ["title", "indicator", "unit", "method"] as const) expect(benefit[field].trim(), `${benefit.title} ${field}`).not.toBe("");
      expect(benefit.baselineValue).not.toBeNull();
      expect(benefit.targetValue).not.toBeNull();
      expect(benefit.baselineDate! < benefit.targetDate!, benefit.title).toBe(true);
      expect(benefit.baselineValue, benefit.title).not.toBe(benefit.targetValue);
      expect(benefit.direction === "up", benefit.title).toBe(benefit.targetValue! > benefit.baselineValue!);
      expect([1, 3, 6]).toContain(benefit.measurementFrequencyMonths);
      const owner = userById.get(benefit.ownerId!);
      expect(owner?.departmentId, benefit.title).toBe(benefit.receivingDepartmentId);
      expect(["department_head", "staff"]).toContain(owner?.role);
    }
    expect(new Set(list.map((benefit) => benefit.type))).toEqual(new Set(benefitTypes));
    expect(new Set(list.map((benefit) => benefit.status))).toEqual(new Set(["proposed", "approved", "realising", "realised", "cancelled"]));
    expect(list.filter((benefit) => benefit.status === "cancelled")).toHaveLength(1);

    const economic = list.filter((benefit) => benefit.type.startsWith("economic"));
    for (const benefit of economic) {
      expect(benefit.annualValueKr, benefit.title).toBeGreaterThanOrEqual(150_000);
      expect(benefit.annualValueKr, benefit.title).toBeLessThanOrEqual(4_000_000);
    }
    for (const benefit of list.filter((candidate) => !candidate.type.startsWith("economic"))) expect(benefit.annualValueKr).toBeNull();
    const total = (rows: typeof list) => rows.reduce((sum, benefit) => sum + (benefit.annualValueKr ?? 0), 0);
    for (const sum of [total(economic), total(economic.filter((benefit) => benefit.status !== "cancelled"))]) {
      expect(sum).toBeGreaterThanOrEqual(15_000_000);
      expect(sum).toBeLessThanOrEqual(35_000_000);
    }

    const cash = economic.filter((benefit) => benefit.type === "economic_cash" && benefit.status !== "cancelled");
    const withTakeout = cash.filter((benefit) => benefit.budgetTakeoutKr !== null);
    expect(withTakeout.length).toBeGreaterThan(cash.length / 2);
    const year = now.getUTCFullYear();
    for (const benefit of withTakeout) {
      expect(benefit.budgetTakeoutKr!).toBeLessThanOrEqual(benefit.annualValueKr!);
      expect(benefit.budgetTakeoutYear!).toBeGreaterThanOrEqual(year - 1);
      expect(benefit.budgetTakeoutYear!).toBeLessThanOrEqual(year + 2);
    }
    expect(new Set(withTakeout.map((benefit) => benefit.budgetTakeoutConfirmed))).toEqual(new Set([true, false]));
  });

  it("records measurements by the owner or the project lead, and only the demo users' recent ones can still be corrected", async () => {
    const { assessed, projects: all, userByEmail, now, today } = await seeded();
    const byId = new Map(all.map((project) => [project.id, project]));
    for (const { benefit, measurements } of assessed) {
      const project = byId.get(benefit.projectId)!;
      if (project.phase === "analysis") expect(measurements, benefit.title).toHaveLength(0);
      for (const measurement of measurements) {
        expect([benefit.ownerId, project.leadId], benefit.title).toContain(measurement.recordedById);
        expect(measurement.createdAt).toBe(`${measurement.date}T10:00:00.000Z`);
        expect(measurement.date > benefit.baselineDate!, benefit.title).toBe(true);
        expect(measurement.date < today, benefit.title).toBe(true);
        if (benefit.unit === "%") expect(measurement.value).toBeLessThanOrEqual(100);
        expect(measurement.value).toBeGreaterThanOrEqual(0);
      }
    }
    const recent = assessed
      .flatMap(({ measurements }) => measurements)
      .filter((measurement) => canCorrectMeasurement(measurement.recordedById, measurement, now, 7));
    expect(recent.length).toBeGreaterThanOrEqual(1);
    expect(recent.length).toBeLessThanOrEqual(2);
    const demoIds = demoUsers.map((email) => userByEmail.get(email)!.id);
    for (const measurement of recent) expect(demoIds).toContain(measurement.recordedById);
  });

  it("keeps one pending re-baseline and approved ones that match their benefits' values", async () => {
    const { assessed, projects: all, userById, today } = await seeded();
    const benefitById = new Map(assessed.map(({ benefit }) => [benefit.id, benefit]));
    const projectById = new Map(all.map((project) => [project.id, project]));
    const requests = db().select().from(benefitRebaselines).all();
    const valuesOf = (benefit: typeof benefits.$inferSelect) => [benefit.baselineValue, benefit.baselineDate, benefit.targetValue, benefit.targetDate];
    const oldValues = (request: (typeof requests)[number]) => [request.oldBaselineValue, request.oldBaselineDate, request.oldTargetValue, request.oldTargetDate];
    const newValues = (request: (typeof requests)[number]) => [request.newBaselineValue, request.newBaselineDate, request.newTargetValue, request.newTargetDate];

    const pending = requests.filter((request) => request.status === "pending");
    expect(pending).toHaveLength(1);
    const [request] = pending;
    const benefit = benefitById.get(request.benefitId)!;
    const project = projectById.get(benefit.projectId)!;
    expect(isBaselineLocked(project.phase)).toBe(true);
    expect(request.requestedById).toBe(project.leadId);
    expect(daysBetween(request.requestedAt.slice(0, 10), today)).toBeLessThanOrEqual(14);
    expect(oldValues(request)).toEqual(valuesOf(benefit));
    expect(newValues(request)).not.toEqual(valuesOf(benefit));
    expect(request.reason.trim().length).toBeGreaterThan(30);
    expect(request.decidedById).toBeNull();

    const approved = requests.filter((candidate) => candidate.status === "approved");
    expect(approved.length).toBeGreaterThanOrEqual(1);
    expect(approved.length).toBeLessThanOrEqual(2);
    for (const decided of approved) {
      const changed = benefitById.get(decided.benefitId)!;
      expect(newValues(decided)).toEqual(valuesOf(changed));
      expect(oldValues(decided)).not.toEqual(valuesOf(changed));
      expect(changed.version).toBe(2);
      expect(userById.get(decided.decidedById!)?.role).toBe("director");
      expect(decided.decidedAt! > decided.requestedAt).toBe(true);
      expect(decided.decisionComment?.trim()).toBeTruthy();
      expect(isBaselineLocked(projectById.get(changed.projectId)!.phase)).toBe(true);
    }
  });

  it("lets the demo department head own benefits, one of them overdue, and the demo staff record measurements", async () => {
    const { assessed, userByEmail, everyMeasurement } = await seeded();
    const head = userByEmail.get("afdelingschef@egeby.dk")!;
    const owned = assessed.filter(({ benefit }) => benefit.ownerId === head.id);
    expect(owned.length).toBeGreaterThanOrEqual(2);
    expect(owned.filter((entry) => entry.overdue).length).toBeGreaterThanOrEqual(1);
    const staff = userByEmail.get("medarbejder@egeby.dk")!;
    expect(everyMeasurement.filter((measurement) => measurement.recordedById === staff.id).length).toBeGreaterThanOrEqual(1);
  });

  it("gives every closed project a closing learning and makes the newest status reports agree with the benefits", async () => {
    const { assessed, projects: all } = await seeded();
    for (const project of all.filter((candidate) => candidate.phase === "closed")) {
      const sentences = project.closingLearning?.split(/(?<=\.)\s+/).filter(Boolean) ?? [];
      expect(sentences.length, project.code).toBeGreaterThanOrEqual(2);
      expect(sentences.length, project.code).toBeLessThanOrEqual(4);
    }
    const reports = db().select().from(statusReports).all().filter((report) => report.state === "published");
    for (const project of all) {
      const latest = reports.filter((report) => report.projectId === project.id).sort((a, b) => a.reportDate.localeCompare(b.reportDate)).at(-1);
      const assessments = assessed
        .filter(({ benefit }) => benefit.projectId === project.id && benefit.status !== "cancelled")
        .flatMap((entry) => (entry.assessment ? [entry.assessment] : []));
      const proposal = proposeBenefits(assessments);
      if (latest && proposal) expect(latest.benefitsLight, project.code).toBe(proposal.light);
    }
  });

  it("keeps the audit chain intact, and seeds the same benefits for the same date", async () => {
    const now = new Date("2026-03-31T10:00:00Z");
    await seedDemo(db(), now);
    expect(verifyAuditChain(db()).ok).toBe(true);
    expect(db().select().from(auditEvents).all().map((event) => event.action)).toContain("seed.demo");
    const snapshot = () => [
      ...[benefits, benefitMeasurements, benefitRebaselines].map((table) =>
        db().$client.prepare(`select * from "${getTableName(table)}" order by id`).all(),
      ),
      db().select({ code: projects.code, closingLearning: projects.closingLearning }).from(projects).all(),
    ];
    const first = snapshot();
    dropAllTables(db());
    migrateDatabase(db());
    await seedDemo(db(), now);
    expect(snapshot()).toEqual(first);
  });
});
