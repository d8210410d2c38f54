import { and, eq } from "drizzle-orm";
import type { Transaction } from "./index";
import { benefitMeasurements, benefitRebaselines, benefits, departments, projects, users } from "./schema";
import { demoDepartments } from "./demo-data";
import {
  demoBenefitFollowUps,
  demoClosingLearnings,
  demoRebaselines,
  demoRichBenefits,
  type DemoAssessment,
  type DemoMeasurements,
  type DemoTakeout,
} from "./demo-data-benefits";
import { assessBenefit, expectedValue, type BenefitPath } from "../lib/domain/benefit-assessment";
import { addMonths, parseDay, toDay } from "../lib/domain/dates";
import { defaultSettings } from "../lib/domain/settings";

type ProjectRow = typeof projects.$inferSelect;
type BenefitRow = typeof benefits.$inferSelect;
type Lookup = { project: (code: string) => ProjectRow; user: (email: string) => number; department: (key: string) => number };

const rank: Record<DemoAssessment, number> = { off_track: 0, watch: 1, on_track: 2 };

/** Mulberry32, seeded per benefit so each history stays the same whatever else the demo holds. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to turn a benefit's project and title into a PRNG seed. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) value = Math.imul(value ^ text.charCodeAt(index), 0x01000193);
  return value >>> 0;
}

const addDays = (day: string, days: number) => toDay(new Date(parseDay(day).getTime() + days * 86_400_000));
const at = (day: string, time: string) => `${day}T${time}:00.000Z`;

function roundTo(value: number, decimals: number): number {
  if (decimals < 0) return Math.round(value / 10 ** -decimals) * 10 ** -decimals;
  return Math.round(value * 10 ** decimals) / 10 ** decimals;
}

/** A deviation from the target path (share of the span, positive = ahead) that gives the story's assessment. */
function deviationFor(story: DemoAssessment, random: () => number): number {
  if (story === "on_track") return 0.03 + (random() - 0.5) * 0.08;
  if (story === "watch") return -0.15 + (random() - 0.5) * 0.04;
  return -0.35 + (random() - 0.5) * 0.12;
}

/** Monthly, quarterly or half-yearly dates back from the latest one, never closer than a week to the baseline. */
function measurementDays(baselineDate: string, frequencyMonths: number, latest: string, random: () => number): string[] {
  const earliest = addDays(baselineDate, 7);
  const days: string[] = [];
  for (let step = 0; step < 36; step += 1) {
    const day = addMonths(latest, -step * frequencyMonths);
    if (day <= earliest) break;
    const jittered = step === 0 ? day : addDays(day, Math.floor(random() * 7) - 3);
    days.unshift(jittered > earliest ? jittered : day);
  }
  return days;
}

type History = { path: BenefitPath; spec: DemoMeasurements; frequencyMonths: number; unit: string; today: string; key: string };

/** Values that wander around the target path and end with the story's assessment. */
function historyValues({ path, spec, frequencyMonths, unit, today, key }: History): { date: string; value: number }[] {
  const random = prng(hash(key));
  const days = measurementDays(path.baselineDate, frequencyMonths, addDays(today, -spec.lastDaysAgo), random);
  const sign = path.direction === "up" ? 1 : -1;
  const span = Math.abs(path.targetValue - path.baselineValue);
  const clamp = (value: number) => Math.min(unit === "%" ? 100 : Infinity, Math.max(0, value));
  const valueAt = (day: string, deviation: number) => clamp(expectedValue(path, day) + sign * span * deviation);
  const latestDay = days[days.length - 1];
  const finalDeviation =
    spec.finalValue !== undefined ? (sign * (spec.finalValue - expectedValue(path, latestDay))) / span : deviationFor(spec.story, random);
  const startDeviation = (random() - 0.5) * 0.06;
  return days.map((date, index) => {
    if (index === days.length - 1) return { date, value: settle(path, date, spec.finalValue ?? valueAt(date, finalDeviation), spec) };
    const progress = (index + 1) / days.length;
    const deviation = startDeviation + (finalDeviation - startDeviation) * progress ** 1.5 + (random() - 0.5) * 0.08;
    return { date, value: roundTo(valueAt(date, deviation), spec.decimals) };
  });
}

/** Rounds the latest value and nudges it a step at a time until it gives the story's assessment. */
function settle(path: BenefitPath, date: string, raw: number, spec: DemoMeasurements): number {
  const step = 10 ** -spec.decimals;
  const sign = path.direction === "up" ? 1 : -1;
  let value = roundTo(raw, spec.decimals);
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const got = assessBenefit(path, [{ date, value }], defaultSettings.benefitTolerance).assessment;
    if (!got || got === spec.story) break;
    value = roundTo(value + sign * step * (rank[got] < rank[spec.story] ? 1 : -1), spec.decimals);
  }
  return value;
}

function insertMeasurements(tx: Transaction, lookup: Lookup, benefit: BenefitRow, project: ProjectRow, spec: DemoMeasurements, today: string): void {
  const path: BenefitPath = {
    direction: benefit.direction,
    baselineValue: benefit.baselineValue!,
    baselineDate: benefit.baselineDate!,
    targetValue: benefit.targetValue!,
    targetDate: benefit.targetDate!,
  };
  const history = historyValues({
    path,
    spec,
    frequencyMonths: benefit.measurementFrequencyMonths,
    unit: benefit.unit,
    today,
    key: `${project.code}|${benefit.title}`,
  });
  const recorderId = spec.recorderEmail ? lookup.user(spec.recorderEmail) : project.leadId;
  history.forEach(({ date, value }, index) => {
    const latest = index === history.length - 1;
    const createdAt = at(date, "10:00");
    tx.insert(benefitMeasurements)
      .values({
        benefitId: benefit.id,
        date,
        value,
        comment: latest ? (spec.latestComment ?? "") : "",
        recordedById: latest && spec.latestRecorderEmail ? lookup.user(spec.latestRecorderEmail) : recorderId,
        createdAt,
        updatedAt: createdAt,
      })
      .run();
  });
}

const takeoutValues = (takeout: DemoTakeout | undefined, year: number) => ({
  budgetTakeoutKr: takeout?.kr ?? null,
  budgetTakeoutYear: takeout ? year + takeout.yearOffset : null,
  budgetTakeoutConfirmed: takeout?.confirmed ?? false,
});

function seedRichBenefits(tx: Transaction, lookup: Lookup, today: string, year: number): void {
  for (const demo of demoRichBenefits) {
    const project = lookup.project(demo.project);
    const baselineDate = addMonths(today, demo.baselineMonths);
    const created = at(baselineDate, "12:00");
    const benefit = tx
      .insert(benefits)
      .values({
        projectId: project.id,
        title: demo.title,
        type: demo.type,
        ownerId: lookup.user(demo.ownerEmail),
        receivingDepartmentId: demo.receivingDepartmentKey ? lookup.department(demo.receivingDepartmentKey) : project.departmentId,
        indicator: demo.indicator,
        unit: demo.unit,
        method: demo.method,
        direction: demo.direction,
        baselineValue: demo.baselineValue,
        baselineDate,
        targetValue: demo.targetValue,
        targetDate: addMonths(today, demo.targetMonths),
        annualValueKr: demo.annualValueKr ?? null,
        ...takeoutValues(demo.takeout, year),
        status: demo.status,
        measurementFrequencyMonths: demo.frequencyMonths,
        createdAt: created,
        updatedAt: created,
      })
      .returning()
      .get();
    if (demo.measurements) insertMeasurements(tx, lookup, benefit, project, demo.measurements, today);
  }
}

function findBenefit(tx: Transaction, project: ProjectRow, title: string): BenefitRow {
  const benefit = tx
    .select()
    .from(benefits)
    .where(and(eq(benefits.projectId, project.id), eq(benefits.title, title)))
    .get();
  if (!benefit) throw new Error(`Benefit demo data refers to unknown benefit "${title}" on ${project.code}`);
  return benefit;
}

function seedFollowUps(tx: Transaction, lookup: Lookup, today: string, year: number): void {
  for (const followUp of demoBenefitFollowUps) {
    const project = lookup.project(followUp.project);
    const benefit = findBenefit(tx, project, followUp.title);
    const changes = { measurementFrequencyMonths: followUp.frequencyMonths, ...takeoutValues(followUp.takeout, year) };
    tx.update(benefits).set(changes).where(eq(benefits.id, benefit.id)).run();
    insertMeasurements(tx, lookup, { ...benefit, ...changes }, project, followUp.measurements, today);
  }
}

function seedRebaselines(tx: Transaction, lookup: Lookup, today: string): void {
  for (const demo of demoRebaselines) {
    const benefit = findBenefit(tx, lookup.project(demo.project), demo.title);
    const current = {
      baselineValue: benefit.baselineValue!,
      baselineDate: benefit.baselineDate!,
      targetValue: benefit.targetValue!,
      targetDate: benefit.targetDate!,
    };
    const other = demo.status === "pending" ? demo.proposed : demo.previous;
    const otherValues = {
      baselineValue: other.baselineValue,
      baselineDate: addMonths(today, other.baselineMonths),
      targetValue: other.targetValue,
      targetDate: addMonths(today, other.targetMonths),
    };
    const [before, after] = demo.status === "pending" ? [current, otherValues] : [otherValues, current];
    const decidedAt = demo.status === "approved" ? at(addDays(today, -demo.decision.daysAgo), "14:00") : null;
    tx.insert(benefitRebaselines)
      .values({
        benefitId: benefit.id,
        oldBaselineValue: before.baselineValue,
        oldBaselineDate: before.baselineDate,
        oldTargetValue: before.targetValue,
        oldTargetDate: before.targetDate,
        newBaselineValue: after.baselineValue,
        newBaselineDate: after.baselineDate,
        newTargetValue: after.targetValue,
        newTargetDate: after.targetDate,
        reason: demo.reason,
        status: demo.status,
        requestedById: lookup.user(demo.requestedByEmail),
        requestedAt: at(addDays(today, -demo.requestedDaysAgo), "09:30"),
        decidedById: demo.status === "approved" ? lookup.user(demo.decision.byEmail) : null,
        decidedAt,
        decisionComment: demo.status === "approved" ? demo.decision.comment : null,
      })
      .run();
    if (decidedAt) tx.update(benefits).set({ version: benefit.version + 1, updatedAt: decidedAt }).where(eq(benefits.id, benefit.id)).run();
  }
}

function seedClosingLearnings(tx: Transaction, lookup: Lookup): void {
  for (const [code, learning] of Object.entries(demoClosingLearnings)) {
    tx.update(projects).set({ closingLearning: learning }).where(eq(projects.id, lookup.project(code).id)).run();
  }
}

/**
 * Benefits realisation for the demo: benefits with measurement histories on the projects past analysis
 * (some on the path, some behind, some overdue), follow-up on the trial projects' benefits, re-baselines
 * (approved ones and one waiting for a director) and the closed projects' closing learnings.
 * Runs inside the demo seed's transaction after the portfolio seed; the seed's own audit event covers it.
 */
export function seedBenefitsDemo(tx: Transaction, now: Date): void {
  const today = toDay(now);
  const projectByCode = new Map(tx.select().from(projects).all().map((project) => [project.code, project]));
  const userByEmail = new Map(tx.select({ id: users.id, email: users.email }).from(users).all().map((user) => [user.email, user.id]));
  const departmentByName = new Map(tx.select({ id: departments.id, name: departments.name }).from(departments).all().map((row) => [row.name, row.id]));
  const required = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`Benefit demo data refers to unknown ${what}`);
    return value;
  };
  const lookup: Lookup = {
    project: (code) => required(projectByCode.get(code), `project "${code}"`),
    user: (email) => required(userByEmail.get(email), `user "${email}"`),
    department: (key) => {
      const name = demoDepartments.find((department) => department.key === key)?.name;
      return required(name === undefined ? undefined : departmentByName.get(name), `department "${key}"`);
    },
  };

  seedRichBenefits(tx, lookup, today, now.getUTCFullYear());
  seedFollowUps(tx, lookup, today, now.getUTCFullYear());
  seedRebaselines(tx, lookup, today);
  seedClosingLearnings(tx, lookup);
}
