import { eq } from "drizzle-orm";
import type { Transaction } from "./index";
import { experiments, ideaComments, ideas, ideaVotes, inspirations, projects, strategyGoals, users, zoneMembers, zones } from "./schema";
import { demoExperiments, demoIdeas, demoInspirations, demoZones, type DemoExperiment } from "./demo-data-zones";
import { addMonths, parseDay, toDay } from "../lib/domain/dates";

type UserRow = { id: number; email: string; departmentId: number | null };
type ProjectRow = { id: number; title: string; zoneId: number | null };

type Lookup = {
  user: (email: string) => UserRow;
  project: (title: string) => ProjectRow;
  goal: (title: string) => number;
  zone: (name: string) => number;
  allUsers: UserRow[];
};

const daysBefore = (day: string, days: number) => toDay(new Date(parseDay(day).getTime() - days * 86_400_000));
const at = (day: string, time: string) => `${day}T${time}:00.000Z`;

/** ASCII slug of a Danish name: æ → ae, ø → oe, å → aa, spaces → "-". */
export function zoneSlug(name: string): string {
  return name
    .toLowerCase()
    .replaceAll("æ", "ae")
    .replaceAll("ø", "oe")
    .replaceAll("å", "aa")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function lookupIn(tx: Transaction): Lookup {
  const allUsers = tx.select({ id: users.id, email: users.email, departmentId: users.departmentId }).from(users).orderBy(users.id).all();
  const userByEmail = new Map(allUsers.map((user) => [user.email, user]));
  const projectByTitle = new Map(tx.select({ id: projects.id, title: projects.title, zoneId: projects.zoneId }).from(projects).all().map((row) => [row.title, row]));
  const zoneByName = new Map(tx.select({ id: zones.id, name: zones.name }).from(zones).all().map((zone) => [zone.name, zone.id]));
  const goalByTitle = new Map(tx.select({ id: strategyGoals.id, title: strategyGoals.title }).from(strategyGoals).all().map((goal) => [goal.title, goal.id]));
  const need = <T>(map: Map<string, T>, key: string, what: string): T => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`Zone demo data refers to unknown ${what} "${key}"`);
    return value;
  };
  return {
    user: (email) => need(userByEmail, email, "user"),
    project: (title) => need(projectByTitle, title, "project"),
    goal: (title) => need(goalByTitle, title, "strategy goal"),
    zone: (name) => need(zoneByName, name, "zone"),
    allUsers,
  };
}

function seedZones(tx: Transaction, lookup: Lookup, today: string): void {
  for (const zone of demoZones) {
    const created = at(daysBefore(today, zone.createdDaysAgo), "10:00");
    const row = tx
      .insert(zones)
      .values({
        name: zone.name,
        slug: zoneSlug(zone.name),
        theme: zone.theme,
        purpose: zone.purpose,
        strategyGoalId: lookup.goal(zone.goalTitle),
        sponsorId: lookup.user(zone.sponsorEmail).id,
        leadId: lookup.user(zone.leadEmail).id,
        cadence: zone.cadence,
        riskFrameKr: zone.riskFrameKr,
        status: "active",
        createdAt: created,
        updatedAt: created,
      })
      .returning({ id: zones.id })
      .get();
    zone.members.forEach((member, index) => {
      tx.insert(zoneMembers)
        .values({
          zoneId: row.id,
          userId: lookup.user(member.email).id,
          isMedRepresentative: member.med ?? false,
          addedAt: at(daysBefore(today, zone.createdDaysAgo - index), "11:00"),
        })
        .run();
    });
    for (const title of zone.projectTitles) {
      tx.update(projects).set({ zoneId: row.id }).where(eq(projects.id, lookup.project(title).id)).run();
    }
  }
}

function isMember(zoneName: string, email: string): boolean {
  const zone = demoZones.find((candidate) => candidate.name === zoneName);
  return Boolean(zone?.members.some((member) => member.email === email));
}

function experimentValues(experiment: DemoExperiment, lookup: Lookup, today: string) {
  if (!isMember(experiment.zone, experiment.createdByEmail)) {
    throw new Error(`Demo experiment "${experiment.title}" must be created by a member of ${experiment.zone}`);
  }
  if ((experiment.state === "finished") !== Boolean(experiment.learning)) {
    throw new Error(`Demo experiment "${experiment.title}" needs a learning card exactly when finished`);
  }
  const created = at(daysBefore(today, experiment.createdDaysAgo), "09:30");
  const learning = experiment.learning;
  const finishedAt = learning ? at(daysBefore(today, learning.finishedDaysAgo), "14:00") : null;
  const decidedAt = experiment.state === "rejected" ? at(daysBefore(today, experiment.createdDaysAgo - 7), "15:30") : null;
  return {
    zoneId: lookup.zone(experiment.zone),
    title: experiment.title,
    hypothesis: experiment.hypothesis,
    test: experiment.test,
    metric: experiment.metric,
    successCriterion: experiment.successCriterion,
    periodStart: addMonths(today, experiment.periodMonths[0]),
    periodEnd: addMonths(today, experiment.periodMonths[1]),
    moneyAtRiskKr: experiment.moneyAtRiskKr,
    technology: experiment.technology,
    radarRing: experiment.radarRing,
    involvementPlanned: experiment.involvementPlanned,
    state: experiment.state,
    observation: learning?.observation ?? "",
    learning: learning?.learning ?? "",
    decision: learning?.decision ?? null,
    evidenceStrength: learning?.evidence ?? null,
    sharing: learning?.sharing ?? "internal",
    promotedProjectId: learning?.promotedTo ? lookup.project(learning.promotedTo).id : null,
    createdById: lookup.user(experiment.createdByEmail).id,
    finishedAt,
    createdAt: created,
    updatedAt: finishedAt ?? decidedAt ?? created,
  };
}

function seedExperiments(tx: Transaction, lookup: Lookup, today: string): Map<string, number> {
  const ids = new Map<string, number>();
  for (const experiment of demoExperiments) {
    const row = tx.insert(experiments).values(experimentValues(experiment, lookup, today)).returning({ id: experiments.id }).get();
    ids.set(experiment.key, row.id);
  }
  return ids;
}

/** Mulberry32: a tiny deterministic PRNG, so the votes look scattered yet are the same every time. */
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

/** Distinct voters other than the author, drawn deterministically per idea. */
function votersFor(lookup: Lookup, ideaIndex: number, authorId: number, count: number): number[] {
  const candidates = lookup.allUsers.filter((user) => user.id !== authorId).map((user) => user.id);
  if (count > candidates.length) throw new Error(`Too many demo votes (${count})`);
  const random = prng(20_260_500 + ideaIndex);
  for (let index = candidates.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [candidates[index], candidates[other]] = [candidates[other], candidates[index]];
  }
  return candidates.slice(0, count);
}

function seedIdeas(tx: Transaction, lookup: Lookup, today: string, experimentIds: Map<string, number>): void {
  demoIdeas.forEach((idea, index) => {
    const author = lookup.user(idea.authorEmail);
    const createdDay = daysBefore(today, idea.createdDaysAgo);
    const created = at(createdDay, "08:45");
    const status = idea.status;
    const experimentId = status.kind === "to_experiment" ? experimentIds.get(status.experimentKey) : undefined;
    if (status.kind === "to_experiment" && experimentId === undefined) throw new Error(`Unknown demo experiment "${status.experimentKey}"`);
    const project = status.kind === "became_project" ? lookup.project(status.projectTitle) : undefined;
    const experiment = status.kind === "to_experiment" ? demoExperiments.find((candidate) => candidate.key === status.experimentKey) : undefined;
    const triagedDay = daysBefore(today, experiment ? experiment.createdDaysAgo : Math.max(1, Math.floor(idea.createdDaysAgo / 2)));
    const row = tx
      .insert(ideas)
      .values({
        title: idea.title,
        description: idea.description,
        departmentId: author.departmentId,
        authorId: author.id,
        status: status.kind,
        rejectionReason: status.kind === "rejected" ? status.reason : null,
        zoneId: experiment ? lookup.zone(experiment.zone) : (project?.zoneId ?? null),
        experimentId: experimentId ?? null,
        projectId: project?.id ?? null,
        createdAt: created,
        updatedAt: status.kind === "new" ? created : at(triagedDay, "13:15"),
      })
      .returning({ id: ideas.id })
      .get();
    if (experimentId !== undefined) tx.update(experiments).set({ ideaId: row.id }).where(eq(experiments.id, experimentId)).run();

    const spread = Math.max(1, idea.createdDaysAgo - 1);
    votersFor(lookup, index, author.id, idea.votes).forEach((userId, step) => {
      const day = daysBefore(today, idea.createdDaysAgo - 1 - (step % spread));
      tx.insert(ideaVotes).values({ ideaId: row.id, userId, createdAt: at(day, "12:00") }).run();
    });
    idea.comments.forEach(([email, body], step) => {
      const day = daysBefore(today, Math.max(1, idea.createdDaysAgo - 2 * (step + 1)));
      tx.insert(ideaComments).values({ ideaId: row.id, authorId: lookup.user(email).id, body, createdAt: at(day, `1${step}:20`) }).run();
    });
  });
}

function seedInspirations(tx: Transaction, lookup: Lookup, today: string): void {
  for (const inspiration of demoInspirations) {
    const date = daysBefore(today, inspiration.daysAgo);
    const logged = at(daysBefore(today, Math.max(1, inspiration.daysAgo - 2)), "15:45");
    tx.insert(inspirations)
      .values({
        title: inspiration.title,
        sourceKind: inspiration.sourceKind,
        organisation: inspiration.organisation,
        date,
        link: inspiration.link,
        takeaway: inspiration.takeaway,
        zoneId: inspiration.zone ? lookup.zone(inspiration.zone) : null,
        projectId: inspiration.projectTitle ? lookup.project(inspiration.projectTitle).id : null,
        createdById: lookup.user(inspiration.createdByEmail).id,
        createdAt: logged,
        updatedAt: logged,
      })
      .run();
  }
}

/**
 * Development zones with members and projects, experiments in every state (one zone near its risk frame,
 * one experiment waiting for its sponsor), ideas with votes and comments, and the outlook on others.
 * Runs inside the demo seed's transaction; the seed's own audit event covers it.
 */
export function seedZonesDemo(tx: Transaction, now: Date): void {
  const today = toDay(now);
  seedZones(tx, lookupIn(tx), today);
  const lookup = lookupIn(tx);
  const experimentIds = seedExperiments(tx, lookup, today);
  seedIdeas(tx, lookup, today, experimentIds);
  seedInspirations(tx, lookup, today);
}
