import { zoneSlug } from "./seed-zones";
import {
  ideaTopics,
  inspirationOrganisations,
  learningSentences,
  technologyTags,
  zoneAreas,
  zoneThemes,
} from "./bench-data/vocabulary";
import { addDays, at, inserter, monthsFrom, some, type BenchContext, type BenchPeople, type BenchProject, type BenchZone } from "./seed-bench-context";

/** Development zones, each anchored with a director and led by a head or staff member, with 8–14 members. */
export function seedBenchZones(context: BenchContext, people: BenchPeople): BenchZone[] {
  const { sql, random, today, counts } = context;
  const insertZone = inserter(sql, "zones", [
    "name", "slug", "theme", "purpose", "strategy_goal_id", "sponsor_id", "lead_id", "cadence", "risk_frame_kr", "status", "created_at", "updated_at",
  ]);
  const insertMember = inserter(sql, "zone_members", ["zone_id", "user_id", "is_med_representative", "added_at"]);
  const zones: BenchZone[] = [];
  for (let index = 0; index < counts.zones; index += 1) {
    const theme = zoneThemes[index % zoneThemes.length];
    const round = Math.floor(index / zoneThemes.length);
    const name = `${theme} ${zoneAreas[round % zoneAreas.length]}${round >= zoneAreas.length ? ` ${round + 1}` : ""}`;
    const departmentId = random.pick(people.departmentIds);
    const leadId = some(random, people.headsByDepartment.get(departmentId), people.allUserIds);
    const sponsorId = people.directors[index % people.directors.length];
    const created = at(addDays(today, -random.int(200, 900)), "10:00");
    const id = insertZone({
      name,
      slug: zoneSlug(name),
      theme,
      purpose: `At afprøve ${theme.toLowerCase()} ${zoneAreas[round % zoneAreas.length]} i små, styrede forsøg.`,
      strategy_goal_id: random.pick(people.goalIds),
      sponsor_id: sponsorId,
      lead_id: leadId,
      cadence: random.pick(["Hver 14. dag", "Månedligt", "Hver 3. uge"]),
      risk_frame_kr: random.int(5, 50) * 100_000,
      status: index % 20 === 19 ? "closed" : "active",
      created_at: created,
      updated_at: created,
    });
    const memberIds = [leadId, ...random.sample(people.allUserIds.filter((userId) => userId !== leadId), random.int(7, 13))];
    memberIds.forEach((userId, position) =>
      insertMember({ zone_id: id, user_id: userId, is_med_representative: position === 1 ? 1 : 0, added_at: created }),
    );
    zones.push({ id, sponsorId, leadId, memberIds });
  }
  return zones;
}

type ExperimentRef = { id: number; zoneId: number; ideaLinked: boolean };

function seedExperiments(context: BenchContext, zones: BenchZone[], projects: BenchProject[]): ExperimentRef[] {
  const { sql, random, today, counts } = context;
  const insert = inserter(sql, "experiments", [
    "zone_id", "project_id", "title", "hypothesis", "test", "metric", "success_criterion", "period_start", "period_end", "money_at_risk_kr",
    "technology", "radar_ring", "involvement_planned", "state", "observation", "learning", "decision", "evidence_strength", "sharing",
    "created_by_id", "approved_by_id", "approved_at", "finished_at", "created_at", "updated_at",
  ]);
  const experiments: ExperimentRef[] = [];
  for (let index = 0; index < counts.experiments; index += 1) {
    const zone = zones[index % zones.length];
    const finished = index < counts.finishedExperiments;
    const state = finished
      ? "finished"
      : random.weighted([["running", 50], ["draft", 15], ["awaiting_approval", 15], ["rejected", 20]] as const);
    const technology = random.pick(technologyTags);
    const topic = random.pick(ideaTopics);
    const createdDay = addDays(today, -random.int(finished ? 120 : 10, finished ? 700 : 200));
    const periodStart = addDays(createdDay, random.int(7, 30));
    const periodEnd = monthsFrom(periodStart, random.int(2, 6));
    const finishedDay = finished ? (periodEnd < today ? periodEnd : addDays(today, -random.int(1, 20))) : null;
    const approved = state === "running" || finished;
    const learning = finished ? `${random.pick(learningSentences)} ${random.pick(learningSentences)}` : "";
    const project = random.chance(0.3) ? random.pick(projects) : null;
    const id = insert({
      zone_id: zone.id,
      project_id: project?.id ?? null,
      title: `Forsøg ${index + 1}: ${topic} med ${technology}`,
      hypothesis: `Hvis vi bruger ${technology} til ${topic.toLowerCase()}, sparer vi tid og øger kvaliteten.`,
      test: "Afprøvning i to teams i otte uger.",
      metric: "Minutter sparet pr. opgave",
      success_criterion: "Mindst 15 % færre minutter pr. opgave",
      period_start: periodStart,
      period_end: periodEnd,
      money_at_risk_kr: random.int(2, 30) * 10_000,
      technology,
      radar_ring: random.pick(["adopt", "trial", "assess", "hold"] as const),
      involvement_planned: "Medarbejderne i de to teams og MED-repræsentanten.",
      state,
      observation: finished ? "Forsøget blev gennemført som planlagt, og målingerne er samlet i rapporten." : "",
      learning,
      decision: finished ? random.pick(["scale", "adjust", "stop", "continue"] as const) : null,
      evidence_strength: finished ? random.pick(["weak", "moderate", "strong"] as const) : null,
      sharing: finished ? random.pick(["internal", "network", "public"] as const) : "internal",
      created_by_id: random.pick(zone.memberIds),
      approved_by_id: approved ? zone.sponsorId : null,
      approved_at: approved ? at(addDays(createdDay, 5), "12:00") : null,
      finished_at: finishedDay ? at(finishedDay, "14:00") : null,
      created_at: at(createdDay, "09:30"),
      updated_at: at(finishedDay ?? createdDay, "14:00"),
    });
    experiments.push({ id, zoneId: zone.id, ideaLinked: false });
  }
  return experiments;
}

function seedIdeas(context: BenchContext, people: BenchPeople, zones: BenchZone[], projects: BenchProject[], experiments: ExperimentRef[]): void {
  const { sql, random, today, counts } = context;
  const insertIdea = inserter(sql, "ideas", [
    "title", "description", "department_id", "author_id", "status", "rejection_reason", "zone_id", "experiment_id", "project_id", "created_at", "updated_at",
  ]);
  const insertVote = inserter(sql, "idea_votes", ["idea_id", "user_id", "created_at"]);
  const insertComment = inserter(sql, "idea_comments", ["idea_id", "author_id", "body", "created_at"]);
  const linkExperiment = sql.prepare("update experiments set idea_id = ? where id = ?");
  const departmentOf = new Map<number, number>();
  for (const [departmentId, ids] of [...people.headsByDepartment, ...people.staffByDepartment]) for (const id of ids) departmentOf.set(id, departmentId);
  const earlyProjects = projects.filter((project) => project.phase === "idea" || project.phase === "analysis");
  let nextExperiment = 0;

  for (let index = 0; index < counts.ideas; index += 1) {
    const authorId = random.pick(people.allUserIds);
    const createdDay = addDays(today, -random.int(1, 720));
    let status = random.weighted([["new", 40], ["reviewing", 25], ["rejected", 15], ["to_experiment", 10], ["became_project", 10]] as const);
    const experiment = status === "to_experiment" ? experiments[nextExperiment++] : undefined;
    if (status === "to_experiment" && !experiment) status = "reviewing";
    const project = status === "became_project" && earlyProjects.length > 0 ? random.pick(earlyProjects) : undefined;
    if (status === "became_project" && !project) status = "reviewing";
    const triaged = status === "new" ? createdDay : addDays(createdDay, random.int(0, 30));
    const id = insertIdea({
      title: `${random.pick(ideaTopics)} (${index + 1})`,
      description: "Idéen kom fra en medarbejder, der oplever, at opgaven i dag tager unødigt lang tid.",
      department_id: departmentOf.get(authorId) ?? null,
      author_id: authorId,
      status,
      rejection_reason: status === "rejected" ? "Ligner en løsning, vi allerede har i drift." : null,
      zone_id: experiment ? experiment.zoneId : random.chance(0.3) ? random.pick(zones).id : null,
      experiment_id: experiment?.id ?? null,
      project_id: project?.id ?? null,
      created_at: at(createdDay, "08:45"),
      updated_at: at(triaged < today ? triaged : today, "13:15"),
    });
    if (experiment) linkExperiment.run(id, experiment.id);
    const voters = random.sample(people.allUserIds.filter((userId) => userId !== authorId), random.int(0, 10));
    for (const userId of voters) insertVote({ idea_id: id, user_id: userId, created_at: at(createdDay, "12:00") });
    const comments = random.weighted([[0, 20], [1, 35], [2, 30], [3, 15]] as const);
    for (let step = 0; step < comments; step += 1) {
      insertComment({ idea_id: id, author_id: random.pick(people.allUserIds), body: "God idé – vi har samme udfordring hos os.", created_at: at(createdDay, `1${step}:20`) });
    }
  }
}

function seedInspirations(context: BenchContext, people: BenchPeople, zones: BenchZone[], count: number): void {
  const { sql, random, today } = context;
  const insert = inserter(sql, "inspirations", [
    "title", "source_kind", "organisation", "date", "link", "takeaway", "zone_id", "project_id", "created_by_id", "created_at", "updated_at",
  ]);
  for (let index = 0; index < count; index += 1) {
    const date = addDays(today, -random.int(1, 900));
    const organisation = random.pick(inspirationOrganisations);
    insert({
      title: `${random.pick(ideaTopics)} hos ${organisation}`,
      source_kind: random.pick(["network", "conference", "course", "municipality", "kl_os2", "other"] as const),
      organisation,
      date,
      link: null,
      takeaway: random.pick(learningSentences),
      zone_id: random.chance(0.4) ? random.pick(zones).id : null,
      project_id: null,
      created_by_id: random.pick(people.allUserIds),
      created_at: at(date, "15:45"),
      updated_at: at(date, "15:45"),
    });
  }
}

/**
 * Experiments in every state (finished ones carry learning cards into the Erfaringsbank through its
 * triggers), ideas with votes and comments, and inspirations that fill the Erfaringsbank up to its count.
 */
export function seedBenchInnovation(context: BenchContext, people: BenchPeople, zones: BenchZone[], projects: BenchProject[]): void {
  const experiments = seedExperiments(context, zones, projects);
  seedIdeas(context, people, zones, projects, experiments);
  const closedWithLearning = projects.filter((project) => project.closingLearning).length;
  seedInspirations(context, people, zones, Math.max(0, context.counts.learningsAndInspirations - context.counts.finishedExperiments - closedWithLearning));
}
