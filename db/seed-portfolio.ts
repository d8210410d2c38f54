import { inArray } from "drizzle-orm";
import type { Transaction } from "./index";
import { benefits, gateRequests, involvements, projects, risks, statusReports, users } from "./schema";
import type { Light } from "../lib/codes";
import {
  demoBenefits,
  demoGateRequests,
  demoInvolvements,
  demoRisks,
  demoStatusStories,
  type DemoNote,
  type DemoStatusStory,
} from "./demo-data-portfolio";
import { addMonths, daysBetween, parseDay, toDay, wholeMonthsBetween } from "../lib/domain/dates";
import { gateChecklist } from "../lib/domain/gate-checklist";
import { loadGateFacts } from "../lib/queries/project-facts";
import { proposeStatus, worstLight, type Proposal } from "../lib/domain/status-proposal";
import { defaultSettings } from "../lib/domain/settings";
import { dimensionLabels, lightLabels } from "../lib/domain/labels";
import { formatKr } from "../lib/format";
import { recordAudit } from "../lib/audit";

type ProjectRow = typeof projects.$inferSelect;
type Dimension = "time" | "economy" | "delivery" | "risk" | "benefits";
type Lookup = { project: (code: string) => ProjectRow; user: (email: string) => number };

/** Involvement that counts for the gate checklist: users/citizens, employees or MED. */

const codeLights: Record<string, Light> = { g: "green", y: "yellow", r: "red" };
const greenComments: Record<"delivery" | "risk" | "benefits", string[]> = {
  delivery: ["Leverancerne følger planen.", "Periodens milepæle er nået.", "Ingen afvigelser i leverancerne."],
  risk: ["Ingen nye væsentlige risici.", "Risikoregistret er gennemgået uden ændringer.", "Risiciene er under kontrol."],
  benefits: ["Gevinstplanen følges.", "Ingen afvigelser på gevinsterne.", "Gevinsterne er beskrevet og har ejere."],
};

/** Mulberry32: a tiny deterministic PRNG, so the demo looks lived-in yet is the same every time. */
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

const addDays = (day: string, days: number) => toDay(new Date(parseDay(day).getTime() + days * 86_400_000));
const daysAgo = (day: string, days: number) => addDays(day, -days);
const at = (day: string, time: string) => `${day}T${time}:00.000Z`;

const listInDanish = (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`);

const lowerLabels = (dimensions: Dimension[]) => listInDanish(dimensions.map((dimension) => dimensionLabels[dimension].toLowerCase()));

/** Why the overall light differs from the proposal: a dimension without a proposal is worse, or a proposal was overridden. */
function overallReason(lights: Record<Dimension, Light>, overall: Light, reasons: Partial<Record<Dimension | "overall", string>>): string {
  const overridden = (["time", "economy"] as const).filter((dimension) => reasons[dimension]);
  if (overall === "green") {
    return `Forslaget bygger på ${lowerLabels(overridden)}, som er vurderet grøn med begrundelse; den samlede status følger dimensionerne.`;
  }
  const worst = (Object.keys(lights) as Dimension[]).filter((dimension) => lights[dimension] === overall);
  return `Status for ${lowerLabels(worst)} er ${lightLabels[overall].toLowerCase()}, og den samlede status følger den dårligste dimension.`;
}

function noteFor(story: DemoStatusStory, dimension: Dimension, light: Light): string {
  const note: DemoNote | undefined = story.notes?.[dimension];
  const text = typeof note === "string" ? note : note?.[light];
  if (!text) throw new Error(`Demo status for ${story.project} needs a ${light} comment on ${dimension}`);
  return text;
}

type ReportFacts = { forecastEnd: string | null; spentKr: number };

/** What the project looked like on `day`: the delay of that time and spending in proportion to elapsed time. */
function factsAt(project: ProjectRow, day: string, today: string, delayMonths: number | null): ReportFacts {
  if (delayMonths === null) return { forecastEnd: project.forecastEnd, spentKr: project.spentKr };
  const forecastEnd = project.baselineEnd && delayMonths > 0 ? addMonths(project.baselineEnd, delayMonths) : project.baselineEnd;
  const start = project.baselineStart ?? day;
  const until = project.forecastEnd && project.forecastEnd < today ? project.forecastEnd : today;
  const span = Math.max(1, daysBetween(start, until));
  const share = Math.min(1, Math.max(0, daysBetween(start, day) / span));
  return { forecastEnd, spentKr: Math.round((project.spentKr * share) / 1000) * 1000 };
}

function buildReport(
  story: DemoStatusStory,
  project: ProjectRow,
  facts: ReportFacts,
  codes: string,
  options: { newest: boolean; variant: number; overallComment?: string },
) {
  const proposals = proposeStatus(
    { baselineEnd: project.baselineEnd, forecastEnd: facts.forecastEnd, approvedBudgetKr: project.approvedBudgetKr, spentKr: facts.spentKr, benefitAssessments: [] },
    defaultSettings,
  );
  const lights = {} as Record<Dimension, Light>;
  const comments = {} as Record<Dimension, string>;
  const overrideReasons: Partial<Record<Dimension | "overall", string>> = {};

  for (const dimension of ["time", "economy"] as const) {
    const proposal = proposals[dimension] as NonNullable<Proposal>;
    const override = options.newest ? story.overrides?.[dimension] : undefined;
    lights[dimension] = override?.light ?? proposal.light;
    if (override && override.light !== proposal.light) overrideReasons[dimension] = override.reason;
    if (override) comments[dimension] = override.comment;
    else if (lights[dimension] !== "green") comments[dimension] = `${proposal.explanation}. ${noteFor(story, dimension, lights[dimension])}`;
    else if (dimension === "economy") comments[dimension] = `Inden for budget. Forbrugt ${formatKr(facts.spentKr)} af ${formatKr(project.approvedBudgetKr)}`;
    else comments[dimension] = `${proposal.explanation}.`;
  }
  (["delivery", "risk", "benefits"] as const).forEach((dimension, index) => {
    const light = codeLights[codes[index]];
    if (!light) throw new Error(`Demo status for ${story.project} has an unknown light "${codes}"`);
    lights[dimension] = light;
    comments[dimension] = light === "green" ? greenComments[dimension][options.variant % 3] : noteFor(story, dimension, light);
  });

  const overallLight = worstLight(Object.values(lights)) as Light;
  const behind = (Object.keys(lights) as Dimension[]).filter((dimension) => lights[dimension] === overallLight);
  const overallProposal = proposals.overall as NonNullable<Proposal>;
  if (overallLight !== overallProposal.light) overrideReasons.overall = overallReason(lights, overallLight, overrideReasons);
  const overallComment =
    options.overallComment ??
    (overallLight === "green"
      ? "Projektet forløber som planlagt."
      : `Samlet ${lightLabels[overallLight].toLowerCase()} på grund af ${lowerLabels(behind)}.`);

  return {
    projectId: project.id,
    timeLight: lights.time,
    timeComment: comments.time,
    economyLight: lights.economy,
    economyComment: comments.economy,
    deliveryLight: lights.delivery,
    deliveryComment: comments.delivery,
    riskLight: lights.risk,
    riskComment: comments.risk,
    benefitsLight: lights.benefits,
    benefitsComment: comments.benefits,
    overallLight,
    overallComment,
    proposals: JSON.stringify(proposals),
    overrideReasons: JSON.stringify(overrideReasons),
    authorId: project.leadId,
  };
}

/**
 * The demo's reports, each with the audit event a publish writes, so a project's Historik shows them. The events are
 * written in the order they happened, after every report, so the audit log reads oldest to newest like a real one.
 */
function seedStatusReports(tx: Transaction, lookup: Lookup, today: string): void {
  const random = prng(20_260_301);
  const published: { occurredAt: string; actorId: number; code: string; reportId: number; overall: Light; overrides: string }[] = [];
  for (const story of demoStatusStories) {
    const project = lookup.project(story.project);
    const newestDay = story.latest === "end" ? (project.forecastEnd ?? today) : daysAgo(today, story.latest);
    const currentDelay =
      project.baselineEnd && project.forecastEnd && project.forecastEnd > project.baselineEnd
        ? wholeMonthsBetween(project.baselineEnd, project.forecastEnd)
        : 0;
    const count = story.reports.length;
    story.reports.forEach((codes, index) => {
      const stepsBack = count - 1 - index;
      const newest = stepsBack === 0;
      const jitter = newest ? 0 : Math.floor(random() * 5) - 2;
      const day = daysAgo(newestDay, stepsBack * 30 + jitter);
      if (project.baselineStart && day < project.baselineStart) {
        throw new Error(`Demo status for ${story.project} on ${day} is before the project started`);
      }
      const delay = newest ? null : (story.delays?.[index] ?? Math.max(0, currentDelay - stepsBack));
      const report = buildReport(story, project, factsAt(project, day, today, delay), codes, {
        newest,
        variant: index,
        overallComment: newest ? story.overall : undefined,
      });
      const publishedAt = at(day, "13:30");
      const reportId = tx
        .insert(statusReports)
        .values({
          ...report,
          reportDate: day,
          state: "published",
          publishedAt,
          publishedById: project.leadId,
          createdAt: at(day, "08:15"),
          updatedAt: publishedAt,
        })
        .returning({ id: statusReports.id })
        .get().id;
      published.push({ occurredAt: publishedAt, actorId: project.leadId, code: project.code, reportId, overall: report.overallLight, overrides: report.overrideReasons });
    });
    if (story.draft) {
      const day = daysAgo(today, story.draft.daysAgo);
      const report = buildReport(story, project, factsAt(project, day, today, null), story.draft.lights, {
        newest: true,
        variant: count,
        overallComment: story.draft.overall,
      });
      tx.insert(statusReports)
        .values({ ...report, reportDate: day, state: "draft", createdAt: at(day, "09:00"), updatedAt: at(day, "09:40") })
        .run();
    }
  }
  const roles = new Map(tx.select({ id: users.id, role: users.role }).from(users).all().map((user) => [user.id, user.role]));
  for (const event of published.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))) {
    recordAudit(tx, {
      actorId: event.actorId,
      actorRole: roles.get(event.actorId),
      action: "status_report.publish",
      objectType: "project",
      objectId: event.code,
      occurredAt: event.occurredAt,
      changes: { reportId: event.reportId, overall: event.overall, overrides: JSON.parse(event.overrides) as Record<string, string> },
    });
  }
}

function seedRisks(tx: Transaction, lookup: Lookup, today: string): void {
  for (const [code, list] of Object.entries(demoRisks)) {
    const project = lookup.project(code);
    const start = project.baselineStart && project.baselineStart < today ? project.baselineStart : daysAgo(today, 30);
    list.forEach((risk, index) => {
      const [residualProbability, residualConsequence] = risk.residual;
      const identified = addDays(start, 7 + index * 9);
      const created = at(identified < today ? identified : daysAgo(today, 1), "10:00");
      tx.insert(risks)
        .values({
          projectId: project.id,
          title: risk.title,
          description: risk.description,
          category: risk.category,
          probability: risk.probability,
          consequence: risk.consequence,
          action: risk.action,
          ownerId: risk.ownerEmail ? lookup.user(risk.ownerEmail) : project.leadId,
          residualProbability,
          residualConsequence,
          status: risk.closed ? "closed" : "open",
          createdAt: created,
          updatedAt: created,
        })
        .run();
    });
  }
}

function seedInvolvements(tx: Transaction, lookup: Lookup, today: string): void {
  for (const [code, list] of Object.entries(demoInvolvements)) {
    const project = lookup.project(code);
    for (const entry of list) {
      const date = daysAgo(today, -entry.daysFromNow);
      const done = entry.daysFromNow <= 0;
      const created = at(done ? date : daysAgo(today, 14), "11:00");
      tx.insert(involvements)
        .values({
          projectId: project.id,
          date,
          group: entry.group,
          form: entry.form,
          summary: entry.summary,
          outcome: done ? (entry.outcome ?? "") : "",
          state: done ? "done" : "planned",
          createdById: project.leadId,
          createdAt: created,
          updatedAt: created,
        })
        .run();
    }
  }
}

function seedBenefits(tx: Transaction, lookup: Lookup, today: string): void {
  for (const benefit of demoBenefits) {
    const project = lookup.project(benefit.project);
    const baselineDate = addMonths(today, benefit.baselineMonths);
    tx.insert(benefits)
      .values({
        projectId: project.id,
        title: benefit.title,
        type: benefit.type,
        ownerId: lookup.user(benefit.ownerEmail),
        receivingDepartmentId: project.departmentId,
        indicator: benefit.indicator,
        unit: benefit.unit,
        method: benefit.method,
        direction: benefit.direction,
        baselineValue: benefit.baselineValue,
        baselineDate,
        targetValue: benefit.targetValue,
        targetDate: addMonths(today, benefit.targetMonths),
        annualValueKr: benefit.annualValueKr ?? null,
        status: benefit.status,
        createdAt: at(baselineDate, "12:00"),
        updatedAt: at(baselineDate, "12:00"),
      })
      .run();
  }
}

function seedGateRequests(tx: Transaction, lookup: Lookup, today: string): void {
  for (const gate of demoGateRequests) {
    const project = lookup.project(gate.project);
    const checklist = gateChecklist(gate.from, gate.to, loadGateFacts(tx, project));
    tx.insert(gateRequests)
      .values({
        projectId: project.id,
        fromPhase: gate.from,
        toPhase: gate.to,
        status: gate.status,
        requestComment: gate.requestComment,
        checklist: JSON.stringify(checklist),
        requestedById: lookup.user(gate.requestedByEmail),
        requestedAt: at(daysAgo(today, gate.requestedDaysAgo), "09:45"),
        decidedById: gate.decision ? lookup.user(gate.decision.byEmail) : null,
        decidedAt: gate.decision ? at(daysAgo(today, gate.decision.daysAgo), "15:00") : null,
        decisionComment: gate.decision?.comment ?? null,
      })
      .run();
  }
}

/** Analysis projects whose risk assessment is the "ingen væsentlige risici" tick. */
const noSignificantRiskProjects = ["DIG-2026-006", "DIG-2026-013"];

/**
 * Gives the demo portfolio a story: status history (some red, some stale), risks across the heatmap,
 * involvement for most projects, benefits for the projects near a gate, and gate requests.
 * Runs inside the demo seed's transaction; the seed's own audit event covers it.
 */
export function seedPortfolioDemo(tx: Transaction, now: Date): void {
  const today = toDay(now);
  const projectByCode = new Map(tx.select().from(projects).all().map((project) => [project.code, project]));
  const userByEmail = new Map(tx.select({ id: users.id, email: users.email }).from(users).all().map((user) => [user.email, user.id]));
  const lookup: Lookup = {
    project: (code) => {
      const project = projectByCode.get(code);
      if (!project) throw new Error(`Portfolio demo data refers to unknown project "${code}"`);
      return project;
    },
    user: (email) => {
      const id = userByEmail.get(email);
      if (id === undefined) throw new Error(`Portfolio demo data refers to unknown user "${email}"`);
      return id;
    },
  };

  const ticked = noSignificantRiskProjects.map((code) => lookup.project(code).id);
  tx.update(projects).set({ noSignificantRisks: true }).where(inArray(projects.id, ticked)).run();
  for (const code of noSignificantRiskProjects) projectByCode.set(code, { ...lookup.project(code), noSignificantRisks: true });

  seedStatusReports(tx, lookup, today);
  seedRisks(tx, lookup, today);
  seedInvolvements(tx, lookup, today);
  seedBenefits(tx, lookup, today);
  seedGateRequests(tx, lookup, today);
}
