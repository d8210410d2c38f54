import type { Light } from "../lib/codes";
import {
  benefitIndicators,
  involvementSummaries,
  learningSentences,
  projectPrefixes,
  projectSubjects,
  riskTitles,
} from "./bench-data/vocabulary";
import {
  addDays,
  at,
  earlier,
  inserter,
  later,
  monthsFrom,
  some,
  type BenchContext,
  type BenchPeople,
  type BenchProject,
  type BenchZone,
} from "./seed-bench-context";
import { defaultSettings } from "../lib/domain/settings";
import { proposeStatus, worstLight } from "../lib/domain/status-proposal";
import { gateChecklist } from "../lib/domain/gate-checklist";

/** 30 slots a cycle: every phase present, most projects in analysis to implementation. */
const phaseCycle = [
  ...Array<string>(3).fill("idea"),
  ...Array<string>(6).fill("analysis"),
  ...Array<string>(5).fill("trial"),
  ...Array<string>(7).fill("implementation"),
  ...Array<string>(5).fill("realisation"),
  ...Array<string>(3).fill("closed"),
  "stopped",
];

/** Baseline start and end, in months from today, per phase. */
const phaseMonths: Record<string, { start: [number, number]; end: [number, number] }> = {
  idea: { start: [-9, -7], end: [6, 18] },
  analysis: { start: [-12, -7], end: [6, 18] },
  trial: { start: [-18, -8], end: [3, 12] },
  implementation: { start: [-30, -10], end: [-2, 12] },
  realisation: { start: [-48, -20], end: [-12, -1] },
  closed: { start: [-60, -30], end: [-24, -6] },
  stopped: { start: [-24, -8], end: [0, 12] },
};

const purposes = ["efficiency", "new_service", "quality", "communication", "compliance"] as const;
const lightWeights = [["green", 85], ["yellow", 11], ["red", 4]] as const;
const lightNames: Record<Light, string> = { green: "grøn", yellow: "gul", red: "rød" };
const dimensionNotes = {
  delivery: "Leverancen er forsinket hos leverandøren.",
  risk: "En væsentlig risiko er steget og følges tæt.",
  benefits: "Gevinsterne kommer senere end planlagt.",
} as const;

function seedProjects(context: BenchContext, people: BenchPeople, zones: BenchZone[]): BenchProject[] {
  const { sql, random, today, counts } = context;
  const insert = inserter(sql, "projects", [
    "code", "title", "summary", "purpose", "department_id", "zone_id", "owner_id", "lead_id", "phase", "baseline_start", "baseline_end",
    "forecast_end", "approved_budget_kr", "spent_kr", "priority", "closing_learning", "stop_reason", "created_at", "updated_at",
  ]);
  const insertGoal = inserter(sql, "project_goals", ["project_id", "goal_id"]);
  const insertTag = inserter(sql, "project_tags", ["project_id", "tag_id"]);
  const sequenceByYear = new Map<string, number>();
  const projects: BenchProject[] = [];
  for (let index = 0; index < counts.projects; index += 1) {
    const phase = phaseCycle[index % phaseCycle.length];
    const months = phaseMonths[phase];
    const departmentId = random.pick(people.departmentIds);
    const ownerId = some(random, people.headsByDepartment.get(departmentId), people.directors);
    const leadId = some(random, people.staffByDepartment.get(departmentId), people.allUserIds);
    const baselineStart = monthsFrom(today, random.int(...months.start));
    const baselineEnd = monthsFrom(today, random.int(...months.end));
    const delay = phase === "closed" ? 0 : random.weighted([[0, 70], [1, 10], [2, 8], [4, 7], [7, 5]] as const);
    const forecastEnd = monthsFrom(baselineEnd, delay);
    const approvedBudgetKr = random.int(3, 200) * 100_000;
    const elapsed = Math.min(1, Math.max(0, (Date.parse(today) - Date.parse(baselineStart)) / (Date.parse(forecastEnd) - Date.parse(baselineStart))));
    const spentKr = Math.round((approvedBudgetKr * elapsed * random.weighted([[0.8, 45], [0.95, 40], [1.05, 10], [1.2, 5]] as const)) / 1000) * 1000;
    const year = baselineStart.slice(0, 4);
    const sequence = (sequenceByYear.get(year) ?? 0) + 1;
    sequenceByYear.set(year, sequence);
    const code = `DIG-${year}-${String(sequence).padStart(3, "0")}`;
    const subject = random.pick(projectSubjects);
    const title = `${random.pick(projectPrefixes)} ${subject} (${code.slice(4)})`;
    const closingLearning = phase === "closed" ? `${random.pick(learningSentences)} ${random.pick(learningSentences)}` : null;
    const created = at(addDays(baselineStart, -14), "09:00");
    const id = insert({
      code,
      title,
      summary: `Projektet skal samle erfaringerne med ${subject} og gøre løsningen til en del af driften.`,
      purpose: random.pick(purposes),
      department_id: departmentId,
      zone_id: random.chance(0.35) ? random.pick(zones).id : null,
      owner_id: ownerId,
      lead_id: leadId,
      phase,
      baseline_start: baselineStart,
      baseline_end: baselineEnd,
      forecast_end: forecastEnd,
      approved_budget_kr: approvedBudgetKr,
      spent_kr: spentKr,
      priority: random.pick(["high", "medium", "low"] as const),
      closing_learning: closingLearning,
      stop_reason: phase === "stopped" ? "Direktionen stoppede projektet, da gevinsterne ikke kunne dokumenteres." : null,
      created_at: created,
      updated_at: created,
    });
    for (const goalId of random.sample(people.goalIds, random.int(1, 2))) insertGoal({ project_id: id, goal_id: goalId });
    for (const tagId of random.sample(people.tagIds, random.int(1, 3))) insertTag({ project_id: id, tag_id: tagId });
    projects.push({
      id, code, title, phase, departmentId, ownerId, leadId, baselineStart, baselineEnd, forecastEnd, approvedBudgetKr, spentKr, closingLearning,
      benefitsTotal: 0, benefitsWithoutOwner: 0, risksTotal: 0, userOrMedInvolvements: 0,
    });
  }
  return projects;
}

function seedStatusReports(context: BenchContext, projects: BenchProject[]): void {
  const { sql, random, today, counts } = context;
  const insert = inserter(sql, "status_reports", [
    "project_id", "report_date", "state", "time_light", "time_comment", "economy_light", "economy_comment", "delivery_light", "delivery_comment",
    "risk_light", "risk_comment", "benefits_light", "benefits_comment", "overall_light", "overall_comment", "proposals", "override_reasons",
    "author_id", "published_at", "published_by_id", "created_at", "updated_at",
  ]);
  for (const project of projects) {
    const proposals = proposeStatus(
      { baselineEnd: project.baselineEnd, forecastEnd: project.forecastEnd, approvedBudgetKr: project.approvedBudgetKr, spentKr: project.spentKr, benefitAssessments: [] },
      defaultSettings,
    );
    const time = proposals.time!;
    const economy = proposals.economy!;
    const ended = project.phase === "closed" || project.phase === "stopped";
    const newest = ended ? earlier(project.forecastEnd, addDays(today, -random.int(0, 60))) : addDays(today, -random.int(0, 70));
    for (let step = counts.statusReportsPerProject - 1; step >= 0; step -= 1) {
      const day = later(addDays(newest, -30 * step - (step > 0 ? random.int(0, 4) : 0)), project.baselineStart);
      const delivery = random.weighted(lightWeights);
      const risk = random.weighted(lightWeights);
      const benefits = random.weighted(lightWeights);
      const overall = worstLight([time.light, economy.light, delivery, risk, benefits]) as Light;
      const overrideReasons = overall !== proposals.overall?.light ? { overall: `Den samlede status følger den dårligste dimension (${lightNames[overall]}).` } : {};
      const comment = (light: Light, note: string) => (light === "green" ? "" : note);
      insert({
        project_id: project.id,
        report_date: day,
        state: "published",
        time_light: time.light,
        time_comment: `${time.explanation}.`,
        economy_light: economy.light,
        economy_comment: `${economy.explanation}.`,
        delivery_light: delivery,
        delivery_comment: comment(delivery, dimensionNotes.delivery),
        risk_light: risk,
        risk_comment: comment(risk, dimensionNotes.risk),
        benefits_light: benefits,
        benefits_comment: comment(benefits, dimensionNotes.benefits),
        overall_light: overall,
        overall_comment: overall === "green" ? "Projektet forløber som planlagt." : `Samlet ${lightNames[overall]} status.`,
        proposals: JSON.stringify(proposals),
        override_reasons: JSON.stringify(overrideReasons),
        author_id: project.leadId,
        published_at: at(day, "13:30"),
        published_by_id: project.leadId,
        created_at: at(day, "08:15"),
        updated_at: at(day, "13:30"),
      });
    }
  }
}

function seedRisks(context: BenchContext, projects: BenchProject[]): void {
  const { sql, random, counts } = context;
  const insert = inserter(sql, "risks", [
    "project_id", "title", "description", "category", "probability", "consequence", "action", "owner_id", "residual_probability",
    "residual_consequence", "status", "created_at", "updated_at",
  ]);
  const started = projects.filter((project) => project.phase !== "idea");
  for (let index = 0; index < counts.risks; index += 1) {
    const project = started[index % started.length];
    const probability = random.int(1, 5);
    const consequence = random.int(1, 5);
    const ended = project.phase === "closed" || project.phase === "stopped";
    const created = at(addDays(project.baselineStart, random.int(7, 60)), "10:00");
    insert({
      project_id: project.id,
      title: random.pick(riskTitles),
      description: "Risikoen er vurderet på styregruppemødet.",
      category: random.pick(["technology", "economy", "organisation", "supplier", "legal_gdpr", "adoption"] as const),
      probability,
      consequence,
      action: "Tæt opfølgning med leverandør og styregruppe.",
      owner_id: project.leadId,
      residual_probability: Math.max(1, probability - random.int(0, 2)),
      residual_consequence: Math.max(1, consequence - random.int(0, 1)),
      status: ended || random.chance(0.2) ? "closed" : "open",
      created_at: created,
      updated_at: created,
    });
    project.risksTotal += 1;
  }
}

function seedInvolvements(context: BenchContext, projects: BenchProject[]): void {
  const { sql, random, today, counts } = context;
  const insert = inserter(sql, "involvements", [
    "project_id", "date", "group", "form", "summary", "outcome", "state", "created_by_id", "created_at", "updated_at",
  ]);
  const started = projects.filter((project) => project.phase !== "idea");
  for (let index = 0; index < counts.involvements; index += 1) {
    const project = started[(index * 7) % started.length];
    const date = addDays(today, random.int(-400, 60));
    const done = date <= today;
    const group = random.pick(["citizens", "employees", "med", "union", "other_municipality", "supplier"] as const);
    const created = at(done ? date : addDays(today, -14), "11:00");
    insert({
      project_id: project.id,
      date,
      group,
      form: random.pick(["workshop", "test", "hearing", "interview", "briefing"] as const),
      summary: random.pick(involvementSummaries),
      outcome: done ? "Input er indarbejdet i løsningen." : "",
      state: done ? "done" : "planned",
      created_by_id: project.leadId,
      created_at: created,
      updated_at: created,
    });
    if (group === "citizens" || group === "employees" || group === "med") project.userOrMedInvolvements += 1;
  }
}

type BenchBenefit = { id: number; project: BenchProject; baselineValue: number; targetValue: number; baselineDate: string; targetDate: string; ownerId: number | null };

const benefitStatusFor: Record<string, readonly (readonly [string, number])[]> = {
  analysis: [["proposed", 60], ["approved", 40]],
  trial: [["approved", 80], ["proposed", 20]],
  implementation: [["approved", 50], ["realising", 50]],
  realisation: [["realising", 80], ["realised", 20]],
  closed: [["realised", 90], ["cancelled", 10]],
  stopped: [["cancelled", 100]],
};

function seedBenefits(context: BenchContext, people: BenchPeople, projects: BenchProject[]): BenchBenefit[] {
  const { sql, random, today, counts } = context;
  const insert = inserter(sql, "benefits", [
    "project_id", "title", "type", "owner_id", "receiving_department_id", "indicator", "unit", "method", "direction", "baseline_value",
    "baseline_date", "target_value", "target_date", "annual_value_kr", "budget_takeout_kr", "budget_takeout_year", "budget_takeout_confirmed",
    "status", "created_at", "updated_at",
  ]);
  const eligible = projects.filter((project) => project.phase !== "idea");
  const benefits: BenchBenefit[] = [];
  for (let index = 0; index < counts.benefits; index += 1) {
    const project = eligible[(index * 13) % eligible.length];
    const template = random.pick(benefitIndicators);
    const baselineValue = template.unit === "%" ? random.int(40, 70) : random.int(20, 2000);
    const change = random.int(15, 50) / 100;
    const targetValue = Math.round(template.direction === "up" ? baselineValue * (1 + change) : baselineValue * (1 - change));
    const baselineDate = earlier(monthsFrom(project.baselineStart, 1), today);
    const targetDate = monthsFrom(project.baselineEnd, random.int(6, 18));
    const ownerId = project.phase === "analysis" && random.chance(0.1) ? null : some(random, people.headsByDepartment.get(project.departmentId), people.allUserIds);
    const economic = template.type === "economic_cash" || template.type === "economic_time";
    const annualValueKr = economic ? random.int(1, 40) * 50_000 : null;
    const takeout = template.type === "economic_cash" && random.chance(0.5);
    const created = at(baselineDate, "12:00");
    const id = insert({
      project_id: project.id,
      title: template.title,
      type: template.type,
      owner_id: ownerId,
      receiving_department_id: project.departmentId,
      indicator: template.indicator,
      unit: template.unit,
      method: "Udtræk fra fagsystemet hvert kvartal.",
      direction: template.direction,
      baseline_value: baselineValue,
      baseline_date: baselineDate,
      target_value: targetValue,
      target_date: targetDate,
      annual_value_kr: annualValueKr,
      budget_takeout_kr: takeout && annualValueKr ? Math.round(annualValueKr / 2) : null,
      budget_takeout_year: takeout ? Number(targetDate.slice(0, 4)) : null,
      budget_takeout_confirmed: takeout && random.chance(0.5) ? 1 : 0,
      status: random.weighted(benefitStatusFor[project.phase]),
      created_at: created,
      updated_at: created,
    });
    project.benefitsTotal += 1;
    if (ownerId === null) project.benefitsWithoutOwner += 1;
    benefits.push({ id, project, baselineValue, targetValue, baselineDate, targetDate, ownerId });
  }
  return benefits;
}

function seedMeasurements(context: BenchContext, benefits: BenchBenefit[]): void {
  const { sql, random, today, counts } = context;
  const insert = inserter(sql, "benefit_measurements", ["benefit_id", "date", "value", "comment", "recorded_by_id", "created_at", "updated_at"]);
  const measured = benefits.filter(
    (benefit) => ["implementation", "realisation", "closed"].includes(benefit.project.phase) && benefit.baselineDate <= addDays(today, -90),
  );
  if (measured.length === 0) return;
  const perBenefit = Math.floor(counts.measurements / measured.length);
  const extra = counts.measurements - perBenefit * measured.length;
  measured.forEach((benefit, index) => {
    const count = perBenefit + (index < extra ? 1 : 0);
    const lastDay = addDays(today, -random.int(0, 100));
    const span = Math.max(count, (Date.parse(lastDay) - Date.parse(benefit.baselineDate)) / 86_400_000);
    const progressFactor = random.weighted([[1, 60], [0.8, 25], [0.5, 15]] as const);
    const totalSpan = Math.max(1, (Date.parse(benefit.targetDate) - Date.parse(benefit.baselineDate)) / 86_400_000);
    for (let step = 1; step <= count; step += 1) {
      const offset = Math.round((span * step) / (count + 1));
      const date = addDays(benefit.baselineDate, offset);
      const expectedShare = Math.min(1, offset / totalSpan);
      const value = benefit.baselineValue + (benefit.targetValue - benefit.baselineValue) * expectedShare * progressFactor * (0.95 + random.next() * 0.1);
      insert({
        benefit_id: benefit.id,
        date: earlier(date, today),
        value: Math.round(value * 10) / 10,
        comment: "",
        recorded_by_id: benefit.ownerId ?? benefit.project.leadId,
        created_at: at(earlier(date, today), "10:00"),
        updated_at: at(earlier(date, today), "10:00"),
      });
    }
  });
}

function seedRebaselines(context: BenchContext, people: BenchPeople, benefits: BenchBenefit[]): void {
  const { sql, random, today } = context;
  const insert = inserter(sql, "benefit_rebaselines", [
    "benefit_id", "old_baseline_value", "old_baseline_date", "old_target_value", "old_target_date", "new_baseline_value", "new_baseline_date",
    "new_target_value", "new_target_date", "reason", "status", "requested_by_id", "requested_at", "decided_by_id", "decided_at", "decision_comment",
  ]);
  const candidates = benefits.filter((benefit) => ["trial", "implementation", "realisation"].includes(benefit.project.phase));
  const chosen = random.sample(candidates, Math.max(3, Math.round(candidates.length / 60)));
  chosen.forEach((benefit, index) => {
    const pending = index % 3 === 0;
    const requested = addDays(today, -random.int(3, 200));
    insert({
      benefit_id: benefit.id,
      old_baseline_value: benefit.baselineValue,
      old_baseline_date: benefit.baselineDate,
      old_target_value: benefit.targetValue,
      old_target_date: benefit.targetDate,
      new_baseline_value: benefit.baselineValue,
      new_baseline_date: benefit.baselineDate,
      new_target_value: benefit.targetValue,
      new_target_date: monthsFrom(benefit.targetDate, 6),
      reason: "Implementeringen er forsinket, så gevinsten kommer et halvt år senere.",
      status: pending ? "pending" : "approved",
      requested_by_id: benefit.project.leadId,
      requested_at: at(requested, "09:00"),
      decided_by_id: pending ? null : people.chairId,
      decided_at: pending ? null : at(addDays(requested, 7), "15:00"),
      decision_comment: pending ? null : "Godkendt af direktionen.",
    });
  });
}

export type BenchGates = { pending: number[]; decidedForMeetings: number[] };

function seedGateRequests(context: BenchContext, people: BenchPeople, projects: BenchProject[]): BenchGates {
  const { sql, random, today } = context;
  const insert = inserter(sql, "gate_requests", [
    "project_id", "from_phase", "to_phase", "status", "request_comment", "checklist", "requested_by_id", "requested_at", "decided_by_id",
    "decided_at", "decision_comment",
  ]);
  const gates: BenchGates = { pending: [], decidedForMeetings: [] };
  for (const project of projects) {
    const facts = {
      purposeSet: true,
      benefitsTotal: project.benefitsTotal,
      benefitsWithBaselineAndTarget: project.benefitsTotal,
      benefitsWithoutOwner: project.benefitsWithoutOwner,
      risksTotal: project.risksTotal,
      noSignificantRisks: false,
      userOrMedInvolvements: project.userOrMedInvolvements,
      approvedBudgetKr: project.approvedBudgetKr,
      closingLearning: project.closingLearning,
    };
    const pendingTo = project.phase === "analysis" ? "trial" : project.phase === "trial" ? "implementation" : null;
    if (pendingTo && random.chance(0.12)) {
      const id = insert({
        project_id: project.id,
        from_phase: project.phase,
        to_phase: pendingTo,
        status: "pending",
        request_comment: "Projektet er klar til næste fase.",
        checklist: JSON.stringify(gateChecklist(project.phase as "analysis" | "trial", pendingTo, facts)),
        requested_by_id: project.leadId,
        requested_at: at(addDays(today, -random.int(1, 30)), "09:45"),
        decided_by_id: null,
        decided_at: null,
        decision_comment: null,
      });
      gates.pending.push(id);
    }
    if (project.phase === "implementation" || project.phase === "realisation") {
      const decided = later(monthsFrom(project.baselineStart, 6), addDays(today, -700));
      const id = insert({
        project_id: project.id,
        from_phase: "trial",
        to_phase: "implementation",
        status: "approved",
        request_comment: "Afprøvningen er afsluttet med gode resultater.",
        checklist: JSON.stringify(gateChecklist("trial", "implementation", facts)),
        requested_by_id: project.leadId,
        requested_at: at(addDays(decided, -10), "09:45"),
        decided_by_id: people.chairId,
        decided_at: at(earlier(decided, today), "15:00"),
        decision_comment: "Godkendt.",
      });
      gates.decidedForMeetings.push(id);
    }
  }
  return gates;
}

/** Projects with goals and tags, four published status reports each, risks, involvement, benefits, measurements, re-baselines and gates. */
export function seedBenchPortfolio(context: BenchContext, people: BenchPeople, zones: BenchZone[]): { projects: BenchProject[]; gates: BenchGates } {
  const projects = seedProjects(context, people, zones);
  seedStatusReports(context, projects);
  seedRisks(context, projects);
  seedInvolvements(context, projects);
  const benefits = seedBenefits(context, people, projects);
  seedMeasurements(context, benefits);
  seedRebaselines(context, people, benefits);
  return { projects, gates: seedGateRequests(context, people, projects) };
}
