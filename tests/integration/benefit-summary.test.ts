import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { benefitMeasurements, benefits } from "@/db/schema";
import { assessBenefit, isMeasurementOverdue } from "@/lib/domain/benefit-assessment";
import { benefitBudgetYear, sumEconomy } from "@/lib/domain/benefit-economy";
import { getBenefitSummary, listBenefitsBehind, listOverdueBenefits, listOwnBenefits, listPortfolioBenefits, type PortfolioBenefit } from "@/lib/queries/benefit-portfolio";
import { parsePageRequest } from "@/lib/validation/pagination";
import { parsePortfolioFilter } from "@/lib/validation/portfolio";
import { insertBenefit, seedWorld } from "./project-fixtures";
import { withDemoDatabase, withTempDatabase } from "./temp-database";

const tolerance = 0.1;
const everything = { page: 1, limit: 10_000, offset: 0 };

describe("the benefits overview computed in SQL agrees with the pure rules", () => {
  const db = withDemoDatabase(new Date("2026-11-27T09:00:00Z"));
  const now = new Date("2026-11-27T09:00:00Z");

  for (const params of [{}, { department: "1" }, { phase: "implementation" }]) {
    it(`counts, sums and lists the same as assessing every benefit in JavaScript (${JSON.stringify(params)})`, () => {
      expect(db()).toBeTruthy();
      const filter = parsePortfolioFilter(params);
      const all = listPortfolioBenefits(filter, tolerance, now);
      const live = all.filter((b) => b.status !== "cancelled");
      const summary = getBenefitSummary(filter, tolerance);
      expect(summary.live).toBe(live.length);
      for (const assessment of ["on_track", "watch", "off_track"] as const) {
        expect(summary.assessments[assessment], assessment).toBe(live.filter((b) => b.verdict.assessment === assessment).length);
      }
      expect(summary.unmeasured).toBe(live.filter((b) => b.verdict.assessment === null).length);
      const economic = (b: PortfolioBenefit) => (b.annualValueKr == null ? null : { expectedKr: b.annualValueKr, realisedKr: b.realisedKr ?? 0 });
      expect(summary.byYear).toEqual(sumEconomy(live, (b) => benefitBudgetYear(b.budgetTakeoutYear, b.targetDate)?.toString() ?? null, economic));
      expect(summary.byDepartment).toEqual(sumEconomy(live, (b) => b.departmentName, economic));
      expect(summary.takeout).toEqual(
        sumEconomy(
          live.filter((b) => b.budgetTakeoutKr != null && b.budgetTakeoutYear != null),
          (b) => String(b.budgetTakeoutYear),
          (b) => ({ expectedKr: b.budgetTakeoutKr!, realisedKr: b.budgetTakeoutConfirmed ? b.budgetTakeoutKr! : 0 }),
        ),
      );

      const ids = (rows: PortfolioBenefit[]) => rows.map((b) => b.id).sort((a, b) => a - b);
      const behind = listBenefitsBehind(filter, tolerance, everything, now);
      expect(ids(behind.rows)).toEqual(ids(live.filter((b) => b.verdict.assessment === "watch" || b.verdict.assessment === "off_track")));
      const deviations = behind.rows.map((b) => b.verdict.deviation!);
      expect(deviations).toEqual([...deviations].sort((a, b) => a - b));
      expect(ids(listOverdueBenefits(filter, tolerance, everything, now).rows)).toEqual(ids(all.filter((b) => b.overdue)));
      const owner = live.find((b) => b.ownerId !== null)!.ownerId!;
      expect(ids(listOwnBenefits(filter, owner, tolerance, everything, now).rows)).toEqual(ids(live.filter((b) => b.ownerId === owner)));
    });
  }

  it("pages a list in SQL and reports the total", () => {
    const filter = parsePortfolioFilter({});
    const first = listBenefitsBehind(filter, tolerance, parsePageRequest({}, "side", 2), now);
    const second = listBenefitsBehind(filter, tolerance, parsePageRequest({ side: "2" }, "side", 2), now);
    expect(first.rows).toHaveLength(2);
    expect(first.info.total).toBeGreaterThan(2);
    expect(second.rows.map((b) => b.id)).not.toContain(first.rows[0].id);
  });
});

describe("the kept verdict columns at the edges of the target path", () => {
  const db = withTempDatabase();

  const cases: { name: string; values: Partial<typeof benefits.$inferInsert>; measured: [string, number] }[] = [
    { name: "before the baseline date", values: {}, measured: ["2025-12-01", 45] },
    { name: "half-way, behind", values: {}, measured: ["2026-12-31", 38] },
    { name: "after the target date", values: {}, measured: ["2028-03-01", 21] },
    { name: "going up, ahead", values: { direction: "up", baselineValue: 10, targetValue: 50 }, measured: ["2026-06-01", 40] },
    { name: "no span, target met", values: { baselineValue: 20, targetValue: 20 }, measured: ["2026-06-01", 19] },
    { name: "no span, target missed", values: { baselineValue: 20, targetValue: 20 }, measured: ["2026-06-01", 25] },
    { name: "baseline and target on one day", values: { baselineDate: "2026-06-01", targetDate: "2026-06-01" }, measured: ["2026-06-01", 30] },
  ];

  it.each(cases)("deviation and achievement % equal the pure rules: $name", ({ values, measured }) => {
    const world = seedWorld(db());
    const id = insertBenefit(db(), world.project.id, values);
    db().insert(benefitMeasurements).values({ benefitId: id, date: measured[0], value: measured[1], recordedById: world.lead.id }).run();
    const row = db().select().from(benefits).where(eq(benefits.id, id)).get()!;
    const verdict = assessBenefit(
      { direction: row.direction, baselineValue: row.baselineValue!, baselineDate: row.baselineDate!, targetValue: row.targetValue!, targetDate: row.targetDate! },
      [{ date: measured[0], value: measured[1] }],
      tolerance,
    );
    expect(row.latestDeviation).toBeCloseTo(verdict.deviation!, 9);
    expect(row.latestAchievementPercent).toBeCloseTo(verdict.achievementPercent!, 9);
  });

  it("finds a measurement overdue exactly when the pure rule does, around month ends", () => {
    const world = seedWorld(db());
    const starts = ["2026-01-31", "2026-02-28", "2026-08-29", "2026-08-30", "2026-08-31", "2026-09-30", "2026-10-15"];
    const ids = starts.map((day) => {
      const id = insertBenefit(db(), world.project.id, { baselineDate: day, measurementFrequencyMonths: 3, status: "realising" });
      return { id, day };
    });
    for (const today of ["2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01", "2026-12-31", "2027-01-15"]) {
      const now = new Date(`${today}T12:00:00Z`);
      const found = new Set(listOverdueBenefits(parsePortfolioFilter({}), tolerance, everything, now).rows.map((b) => b.id));
      for (const { id, day } of ids) expect(found.has(id), `${day} on ${today}`).toBe(isMeasurementOverdue([], day, 3, today));
    }
  });
});
