import "server-only";
import { and, asc, count, desc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db";
import { auditEvents, departments, experiments, ideas, ideaVotes, projects, strategyGoals, users, zoneMembers, zones } from "@/db/schema";
import { roles, type ExperimentState, type Light } from "@/lib/codes";
import { peopleChoices } from "@/lib/queries/pickers";
import { clampedOffset, pageInfo, type PageRequest, type Paged } from "@/lib/validation/pagination";
import { can, canEver, isEligibleSponsor, type Actor, type ZoneRef } from "@/lib/permissions";
import { outer } from "./outer-column";


const sponsor = alias(users, "sponsor");
const lead = alias(users, "lead");

/** Money at risk in a zone's running experiments: one expression for every place that shows a zone's frame use. */
export const runningKr = sql<number>`(select coalesce(sum(e.money_at_risk_kr), 0) from experiments e where e.zone_id = ${outer(zones.id)} and e.state = 'running')`.mapWith(
  Number,
);

export type ZoneCard = {
  id: number;
  slug: string;
  name: string;
  theme: string;
  status: "active" | "closed";
  sponsorName: string | null;
  leadName: string | null;
  projectCount: number;
  experimentCount: number;
  ideaCount: number;
  runningKr: number;
  riskFrameKr: number;
};

/** One page of zone cards, active before closed, with their counts computed in SQL for the shown zones only. */
export function listZoneCards(request: PageRequest = { page: 1, limit: 1000, offset: 0 }): Paged<ZoneCard> {
  const db = getDb();
  const total = db.select({ n: count() }).from(zones).get()?.n ?? 0;
  const rows = db
    .select({
      id: zones.id,
      slug: zones.slug,
      name: zones.name,
      theme: zones.theme,
      status: zones.status,
      sponsorName: sponsor.name,
      leadName: lead.name,
      projectCount: sql<number>`(select count(*) from projects p where p.zone_id = ${outer(zones.id)})`.mapWith(Number),
      experimentCount: sql<number>`(select count(*) from experiments e where e.zone_id = ${outer(zones.id)})`.mapWith(Number),
      ideaCount: sql<number>`(select count(*) from ideas i where i.zone_id = ${outer(zones.id)})`.mapWith(Number),
      runningKr,
      riskFrameKr: zones.riskFrameKr,
    })
    .from(zones)
    .leftJoin(sponsor, eq(sponsor.id, zones.sponsorId))
    .leftJoin(lead, eq(lead.id, zones.leadId))
    .orderBy(asc(zones.status), asc(zones.name))
    .limit(request.limit)
    .offset(clampedOffset(request, total))
    .all();
  return { rows, info: pageInfo(request, total) };
}

export function getZoneRef(zoneId: number): ZoneRef | null {
  const db = getDb();
  const zone = db.select({ sponsorId: zones.sponsorId, leadId: zones.leadId }).from(zones).where(eq(zones.id, zoneId)).get();
  if (!zone) return null;
  const memberIds = db.select({ id: zoneMembers.userId }).from(zoneMembers).where(eq(zoneMembers.zoneId, zoneId)).all().map((row) => row.id);
  return { ...zone, memberIds };
}

function zoneHeader(slug: string) {
  return getDb()
    .select({
      id: zones.id,
      slug: zones.slug,
      name: zones.name,
      theme: zones.theme,
      purpose: zones.purpose,
      cadence: zones.cadence,
      status: zones.status,
      riskFrameKr: zones.riskFrameKr,
      version: zones.version,
      strategyGoalId: zones.strategyGoalId,
      strategyGoalTitle: strategyGoals.title,
      sponsorId: zones.sponsorId,
      sponsorName: sponsor.name,
      sponsorTitle: sponsor.title,
      leadId: zones.leadId,
      leadName: lead.name,
      leadTitle: lead.title,
      leadDepartmentId: lead.departmentId,
      runningKr,
    })
    .from(zones)
    .leftJoin(strategyGoals, eq(strategyGoals.id, zones.strategyGoalId))
    .leftJoin(sponsor, eq(sponsor.id, zones.sponsorId))
    .leftJoin(lead, eq(lead.id, zones.leadId))
    .where(eq(zones.slug, slug))
    .get();
}
export type ZoneHeader = NonNullable<ReturnType<typeof zoneHeader>>;

export function getZone(slug: string): ZoneHeader | null {
  return zoneHeader(slug) ?? null;
}

export function listZoneMembers(zoneId: number) {
  return getDb()
    .select({
      userId: users.id,
      name: users.name,
      title: users.title,
      departmentName: departments.name,
      isMedRepresentative: zoneMembers.isMedRepresentative,
    })
    .from(zoneMembers)
    .innerJoin(users, eq(users.id, zoneMembers.userId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(zoneMembers.zoneId, zoneId))
    .orderBy(desc(zoneMembers.isMedRepresentative), asc(users.name))
    .all();
}
export type ZoneMember = ReturnType<typeof listZoneMembers>[number];

export type ZoneProject = {
  code: string;
  title: string;
  phase: (typeof projects.$inferSelect)["phase"];
  departmentName: string;
  overallLight: Light | null;
};

/** The zone's page lists this many of its newest projects; the register lists them all (`/portfolio/projects?zone=<id>`). */
export const ZONE_PROJECTS_SHOWN = 10;

/** The zone's newest projects (by code, which starts with the year), and how many it has in all. */
export function listZoneProjects(zoneId: number, limit = ZONE_PROJECTS_SHOWN): { rows: ZoneProject[]; total: number } {
  const db = getDb();
  const rows = db
    .select({
      code: projects.code,
      title: projects.title,
      phase: projects.phase,
      departmentName: departments.name,
      overallLight: projects.latestLight,
    })
    .from(projects)
    .innerJoin(departments, eq(departments.id, projects.departmentId))
    .where(eq(projects.zoneId, zoneId))
    .orderBy(desc(projects.code))
    .limit(limit)
    .all();
  const total = rows.length < limit ? rows.length : db.select({ n: count() }).from(projects).where(eq(projects.zoneId, zoneId)).get()!.n;
  return { rows, total };
}

/** Experiments on one page of a zone's page. */
export const ZONE_EXPERIMENTS_PAGE_SIZE = 20;

/** The order a zone's experiments are grouped in: those that need attention first, the ended last. */
export const zoneExperimentStateOrder = ["awaiting_approval", "running", "draft", "finished", "rejected"] as const satisfies readonly ExperimentState[];

const stateRank = sql`case ${experiments.state} ${sql.join(
  zoneExperimentStateOrder.map((state, index) => sql`when ${state} then ${index}`),
  sql` `,
)} end`;

/**
 * One page of the zone's experiments, grouped by state in `zoneExperimentStateOrder` and the most recently changed
 * first within a state, with how many the zone has in each state (for the group headings).
 */
export function listZoneExperiments(zoneId: number, request: PageRequest = { page: 1, limit: ZONE_EXPERIMENTS_PAGE_SIZE, offset: 0 }) {
  const db = getDb();
  const stateCounts = db
    .select({ state: experiments.state, n: count() })
    .from(experiments)
    .where(eq(experiments.zoneId, zoneId))
    .groupBy(experiments.state)
    .all();
  const countByState = Object.fromEntries(stateCounts.map(({ state, n }) => [state, n])) as Partial<Record<ExperimentState, number>>;
  const total = stateCounts.reduce((sum, { n }) => sum + n, 0);
  const rows = db
    .select({
      id: experiments.id,
      title: experiments.title,
      state: experiments.state,
      moneyAtRiskKr: experiments.moneyAtRiskKr,
      technology: experiments.technology,
      radarRing: experiments.radarRing,
      decision: experiments.decision,
      periodStart: experiments.periodStart,
      periodEnd: experiments.periodEnd,
      creatorName: users.name,
    })
    .from(experiments)
    .innerJoin(users, eq(users.id, experiments.createdById))
    .where(eq(experiments.zoneId, zoneId))
    .orderBy(stateRank, desc(experiments.updatedAt), desc(experiments.id))
    .limit(request.limit)
    .offset(clampedOffset(request, total))
    .all();
  return { rows, info: pageInfo(request, total), countByState };
}
export type ZoneExperimentPage = ReturnType<typeof listZoneExperiments>;
export type ZoneExperiment = ZoneExperimentPage["rows"][number];

/** The zone's page lists this many of its newest ideas; the idea box lists them all (`/ideas?rum=<slug>`). */
export const ZONE_IDEAS_SHOWN = 10;

/** The zone's newest ideas, and how many it has in all. */
export function listZoneIdeas(zoneId: number, limit = ZONE_IDEAS_SHOWN) {
  const db = getDb();
  const rows = db
    .select({
      id: ideas.id,
      title: ideas.title,
      status: ideas.status,
      createdAt: ideas.createdAt,
      votes: sql<number>`(select count(*) from ${ideaVotes} v where v.idea_id = ${outer(ideas.id)})`.mapWith(Number),
    })
    .from(ideas)
    .where(eq(ideas.zoneId, zoneId))
    .orderBy(desc(ideas.createdAt), desc(ideas.id))
    .limit(limit)
    .all();
  const total = rows.length < limit ? rows.length : db.select({ n: count() }).from(ideas).where(eq(ideas.zoneId, zoneId)).get()!.n;
  return { rows, total };
}
export type ZoneIdeas = ReturnType<typeof listZoneIdeas>;

/** The zone's recent history: its own events and its experiments' (all audited on the zone). */
export function listZoneActivity(slug: string, limit = 25) {
  return getDb()
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      changes: auditEvents.changes,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.objectType, "zone"), eq(auditEvents.objectId, slug), ne(auditEvents.outcome, "denied")))
    .orderBy(desc(auditEvents.id))
    .limit(limit)
    .all()
    .map((event) => ({ ...event, changes: event.changes ? (JSON.parse(event.changes) as Record<string, unknown>) : {} }));
}
export type ZoneActivity = ReturnType<typeof listZoneActivity>[number];

/**
 * Choices for the zone form: active directors as sponsors (a handful), the strategy goals, and the current lead as
 * the lead picker's starting value (the picker searches the rest).
 */
export function zoneFormChoices(leadId: number | null = null) {
  const db = getDb();
  const sponsorRoles = roles.filter((role) => isEligibleSponsor({ role }));
  return {
    sponsors: db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(eq(users.active, true), inArray(users.role, sponsorRoles)))
      .orderBy(asc(users.name))
      .all(),
    lead: peopleChoices([leadId])[0] ?? null,
    goals: db.select({ id: strategyGoals.id, title: strategyGoals.title }).from(strategyGoals).orderBy(asc(strategyGoals.title)).all(),
  };
}
export type ZoneFormChoices = ReturnType<typeof zoneFormChoices>;

/** Active zones where the user is lead or member (for a director: all active zones). */
export function zonesForNewExperiment(user: Actor) {
  const db = getDb();
  const active = eq(zones.status, "active");
  if (!canEver(user, "experiment.create")) return [];
  if (can(user, "experiment.create")) {
    return db.select({ id: zones.id, name: zones.name }).from(zones).where(active).orderBy(asc(zones.name)).all();
  }
  const memberOf = db.select({ id: zoneMembers.zoneId }).from(zoneMembers).where(eq(zoneMembers.userId, user.id)).all().map((row) => row.id);
  return db
    .select({ id: zones.id, name: zones.name })
    .from(zones)
    .where(and(active, or(eq(zones.leadId, user.id), memberOf.length ? inArray(zones.id, memberOf) : undefined)))
    .orderBy(asc(zones.name))
    .all();
}
