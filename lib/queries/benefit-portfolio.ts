import "server-only";
import { and, asc, count, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { alias, type SelectedFields } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db";
import { benefitStatuses } from "@/lib/codes";
import { benefits, departments, projects } from "@/db/schema";
import { assessBenefit, isMeasurementOverdue, measurementDueKeyOf, type BenefitVerdict } from "@/lib/domain/benefit-assessment";
import { toDay } from "@/lib/domain/dates";
import { realisedShare, type EconomicRow } from "@/lib/domain/benefit-economy";
import type { BenefitAssessment } from "@/lib/domain/status-proposal";
import { clampedOffset, pageInfo, type PageInfo, type PageRequest } from "@/lib/validation/pagination";
import type { PortfolioFilter } from "@/lib/validation/portfolio";
import { portfolioConditions } from "./dashboard-scope";

const receiving = alias(departments, "receiving_department");
const owner = alias(departments, "project_department");

export type PortfolioBenefit = {
  id: number;
  title: string;
  type: (typeof benefits.$inferSelect)["type"];
  status: (typeof benefits.$inferSelect)["status"];
  indicator: string;
  unit: string;
  ownerId: number | null;
  projectId: number;
  projectCode: string;
  projectTitle: string;
  projectPhase: (typeof projects.$inferSelect)["phase"];
  projectDepartmentId: number;
  projectLeadId: number;
  departmentName: string;
  annualValueKr: number | null;
  budgetTakeoutKr: number | null;
  budgetTakeoutYear: number | null;
  budgetTakeoutConfirmed: boolean;
  targetDate: string | null;
  baselineDate: string | null;
  verdict: BenefitVerdict;
  overdue: boolean;
  lastMeasuredOn: string | null;
  realisedKr: number | null;
};

/** The portfolio filter's dimensions that apply to benefits (the project's department, phase, goal and zone). */
const benefitScope = (filter: PortfolioFilter) => portfolioConditions(filter, ["purpose", "light", "owner", "q"]);

/**
 * The benefits an aggregate reads, joined to their projects only when the filter asks something of the project.
 * Every benefit has a project, so without such a condition the join only costs time: half of an unfiltered count's,
 * on the bench data.
 */
function scopedBenefits<T extends SelectedFields>(fields: T, filter: PortfolioFilter) {
  const query = getDb().select(fields).from(benefits).$dynamic();
  return benefitScope(filter) ? (query.innerJoin(projects, eq(projects.id, benefits.projectId)) as unknown as typeof query) : query;
}

const benefitColumns = {
  id: benefits.id,
  title: benefits.title,
  type: benefits.type,
  status: benefits.status,
  indicator: benefits.indicator,
  unit: benefits.unit,
  ownerId: benefits.ownerId,
  direction: benefits.direction,
  baselineValue: benefits.baselineValue,
  baselineDate: benefits.baselineDate,
  targetValue: benefits.targetValue,
  targetDate: benefits.targetDate,
  annualValueKr: benefits.annualValueKr,
  budgetTakeoutKr: benefits.budgetTakeoutKr,
  budgetTakeoutYear: benefits.budgetTakeoutYear,
  budgetTakeoutConfirmed: benefits.budgetTakeoutConfirmed,
  measurementFrequencyMonths: benefits.measurementFrequencyMonths,
  latestMeasuredOn: benefits.latestMeasuredOn,
  latestMeasuredValue: benefits.latestMeasuredValue,
  projectId: benefits.projectId,
  projectCode: projects.code,
  projectTitle: projects.title,
  projectPhase: projects.phase,
  projectDepartmentId: projects.departmentId,
  projectLeadId: projects.leadId,
  receivingName: receiving.name,
  projectDepartmentName: owner.name,
};

function benefitQuery() {
  return getDb()
    .select(benefitColumns)
    .from(benefits)
    .innerJoin(projects, eq(projects.id, benefits.projectId))
    .innerJoin(owner, eq(owner.id, projects.departmentId))
    .leftJoin(receiving, eq(receiving.id, benefits.receivingDepartmentId))
    .$dynamic();
}

type BenefitRow = Awaited<ReturnType<ReturnType<typeof benefitQuery>["all"]>>[number];

/** A benefit row assessed from its latest measurement with the pure rules (for the rows a page shows). */
function assessed(
  { latestMeasuredOn, latestMeasuredValue, direction, measurementFrequencyMonths, receivingName, projectDepartmentName, ...row }: BenefitRow,
  tolerance: number,
  today: string,
): PortfolioBenefit {
  const latest = latestMeasuredOn != null && latestMeasuredValue != null ? [{ date: latestMeasuredOn, value: latestMeasuredValue }] : [];
  const verdict = assessBenefit(
    {
      direction,
      baselineValue: row.baselineValue ?? undefined,
      baselineDate: row.baselineDate ?? undefined,
      targetValue: row.targetValue ?? undefined,
      targetDate: row.targetDate ?? undefined,
    },
    latest,
    tolerance,
  );
  const active = row.status !== "cancelled" && row.status !== "realised";
  return {
    ...row,
    departmentName: receivingName ?? projectDepartmentName,
    verdict,
    overdue: active && isMeasurementOverdue(latest, row.baselineDate, measurementFrequencyMonths, today),
    lastMeasuredOn: latestMeasuredOn,
    realisedKr: row.annualValueKr == null ? null : Math.round(row.annualValueKr * realisedShare(row.status, verdict.achievementPercent)),
  };
}

/** Every benefit in the filter's scope, each assessed (the exports; pages use the paged reads below). */
export function listPortfolioBenefits(filter: PortfolioFilter, tolerance: number, now = new Date()): PortfolioBenefit[] {
  const today = toDay(now);
  return benefitQuery()
    .where(benefitScope(filter))
    .orderBy(asc(projects.code), asc(benefits.id))
    .all()
    .map((row) => assessed(row, tolerance, today));
}

// Status lists rather than "not cancelled", so that the status-first indexes serve the reads.
const liveStatuses = benefitStatuses.filter((status) => status !== "cancelled");
const activeStatuses = liveStatuses.filter((status) => status !== "realised");
const live = inArray(benefits.status, liveStatuses);

/** realisedShare (benefit-economy.ts) × the annual value, in whole kr. */
const realisedKrSql = sql<number>`round(${benefits.annualValueKr} * (case ${benefits.status} when 'realised' then 1.0 when 'cancelled' then 0.0
  else min(1.0, max(0.0, coalesce(${benefits.latestAchievementPercent}, 0) / 100.0)) end))`;

/** Overdue as isMeasurementOverdue (benefit-assessment.ts) decides it, over the kept due key (db/schema.ts). */
function overdueSql(today: string) {
  return and(inArray(benefits.status, activeStatuses), sql`${benefits.measurementDueKey} < ${measurementDueKeyOf(today)}`)!;
}

export type BenefitSummary = {
  live: number;
  assessments: Record<BenefitAssessment, number>;
  unmeasured: number;
  byYear: EconomicRow[];
  byDepartment: EconomicRow[];
  takeout: EconomicRow[];
};

/** The counts and kr. sums of /benefits, aggregated in SQL over the benefits in scope that are not cancelled. */
export function getBenefitSummary(filter: PortfolioFilter, tolerance: number): BenefitSummary {
  const db = getDb();
  const scope = and(benefitScope(filter), live);
  const deviation = benefits.latestDeviation;
  const counted = (condition: SQL) => sql<number>`coalesce(sum(${condition}), 0)`.mapWith(Number);
  const counts = scopedBenefits(
    {
      live: count(),
      on_track: counted(sql`${deviation} >= ${-tolerance}`),
      watch: counted(sql`${deviation} < ${-tolerance} and ${deviation} >= ${-2 * tolerance}`),
      off_track: counted(sql`${deviation} < ${-2 * tolerance}`),
    },
    filter,
  )
    .where(scope)
    .get()!;
  const assessments: Record<BenefitAssessment, number> = { on_track: counts.on_track, watch: counts.watch, off_track: counts.off_track };
  const unmeasured = counts.live - counts.on_track - counts.watch - counts.off_track;

  const economic = and(scope, isNotNull(benefits.annualValueKr));
  const sums = { expectedKr: sql<number>`sum(${benefits.annualValueKr})`.mapWith(Number), realisedKr: sql<number>`sum(${realisedKrSql})`.mapWith(Number) };
  const year = sql<string | null>`cast(coalesce(${benefits.budgetTakeoutYear}, cast(substr(${benefits.targetDate}, 1, 4) as integer)) as text)`;
  const byYear = scopedBenefits({ key: year, ...sums }, filter)
    .where(and(economic, isNotNull(year)))
    .groupBy(year)
    .all();
  const department = sql<string>`coalesce(${receiving.name}, ${owner.name})`;
  const byDepartment = db
    .select({ key: department, ...sums })
    .from(benefits)
    .innerJoin(projects, eq(projects.id, benefits.projectId))
    .innerJoin(owner, eq(owner.id, projects.departmentId))
    .leftJoin(receiving, eq(receiving.id, benefits.receivingDepartmentId))
    .where(economic)
    .groupBy(department)
    .all();
  const takeout = scopedBenefits(
    {
      key: sql<string>`cast(${benefits.budgetTakeoutYear} as text)`,
      expectedKr: sql<number>`sum(${benefits.budgetTakeoutKr})`.mapWith(Number),
      realisedKr: sql<number>`sum(case when ${benefits.budgetTakeoutConfirmed} then ${benefits.budgetTakeoutKr} else 0 end)`.mapWith(Number),
    },
    filter,
  )
    .where(and(scope, isNotNull(benefits.budgetTakeoutKr), isNotNull(benefits.budgetTakeoutYear)))
    .groupBy(benefits.budgetTakeoutYear)
    .all();

  const byKey = (rows: { key: string | null; expectedKr: number; realisedKr: number }[]) =>
    rows
      .filter((row): row is EconomicRow => row.key !== null)
      .map((row) => ({ key: row.key, expectedKr: row.expectedKr, realisedKr: row.realisedKr }))
      .sort((a, b) => a.key.localeCompare(b.key, "da"));
  return {
    live: counts.live,
    assessments,
    unmeasured,
    byYear: byKey(byYear),
    byDepartment: byKey(byDepartment),
    takeout: byKey(takeout),
  };
}

export type BenefitPage = { rows: PortfolioBenefit[]; info: PageInfo };

/** One page of the benefits in the filter's scope that meet `condition`, in `order`. */
function benefitPage(filter: PortfolioFilter, condition: SQL, order: SQL[], request: PageRequest, tolerance: number, now: Date): BenefitPage {
  const where = and(benefitScope(filter), condition);
  const total = scopedBenefits({ n: count() }, filter).where(where).get()!.n;
  const today = toDay(now);
  const rows = benefitQuery()
    .where(where)
    .orderBy(...order)
    .limit(request.limit)
    .offset(clampedOffset(request, total))
    .all()
    .map((row) => assessed(row, tolerance, today));
  return { rows, info: pageInfo(request, total) };
}

/** Live benefits whose latest measurement is Følg med or Afvigelse, the furthest behind first. */
export function listBenefitsBehind(filter: PortfolioFilter, tolerance: number, request: PageRequest, now = new Date()): BenefitPage {
  const behind = sql`${benefits.latestDeviation} < ${-tolerance}`;
  return benefitPage(filter, and(live, behind)!, [asc(benefits.latestDeviation), asc(benefits.id)], request, tolerance, now);
}

/** Active benefits whose next measurement is overdue, the longest waiting first. */
export function listOverdueBenefits(filter: PortfolioFilter, tolerance: number, request: PageRequest, now = new Date()): BenefitPage {
  const since = sql`coalesce(${benefits.latestMeasuredOn}, ${benefits.baselineDate})`;
  return benefitPage(filter, overdueSql(toDay(now)), [asc(since), asc(benefits.id)], request, tolerance, now);
}

/** The live benefits the user owns, in project order. */
export function listOwnBenefits(filter: PortfolioFilter, userId: number, tolerance: number, request: PageRequest, now = new Date()): BenefitPage {
  return benefitPage(filter, and(live, eq(benefits.ownerId, userId))!, [asc(projects.code), asc(benefits.id)], request, tolerance, now);
}
