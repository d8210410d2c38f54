import "server-only";
import { and, asc, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db";
import { foldText } from "@/db/fold";
import { departments, experiments, projects, projectTags, shareLinks, technologyTags, users, zones } from "@/db/schema";
import type { evidenceStrengths, experimentDecisions, inspirationSources, purposeTypes, radarRings, SearchKind, sharingLevels } from "@/lib/codes";
import { clampedOffset, pageInfo, type PageRequest, type Paged } from "@/lib/validation/pagination";
import { experimentResource, type ShareableResource } from "@/lib/permissions";
import { ftsMatchExpression, searchTerms } from "@/lib/domain/search-query";
import { syncSearchIndex } from "@/lib/search/sync";
import {
  hashShareToken,
  projectLearningSharing,
  shareTokenSchema,
  type LearningFilter,
  type LearningRef,
} from "@/lib/validation/learnings";

type Sharing = (typeof sharingLevels)[number];
type Decision = (typeof experimentDecisions)[number];
type Evidence = (typeof evidenceStrengths)[number];

export type LearningListItem = {
  kind: SearchKind;
  id: number;
  title: string;
  summary: string;
  learning: string;
  decision: Decision | null;
  evidenceStrength: Evidence | null;
  sharing: Sharing | null;
  technology: string;
  sourceKind: (typeof inspirationSources)[number] | null;
  zoneName: string | null;
  zoneSlug: string | null;
  date: string | null;
};

const kindCodes: Record<SearchKind, number> = { experiment: 1, project: 2, inspiration: 3 };
const kindOfCode: Record<number, SearchKind> = { 1: "experiment", 2: "project", 3: "inspiration" };

/** The search documents of the Erfaringsbank and their kind codes (ref_id * 10 + code keeps each hit one number). */
const learningDocuments = sql.raw(
  "(case d.type when 'learning_experiment' then 1 when 'learning_project' then 2 else 3 end)",
);
const learningTypes = sql.raw("('learning_experiment', 'learning_project', 'inspiration')");

const projectTagList = sql`(select group_concat(tt.name, ', ') from project_tags pt join technology_tags tt on tt.id = pt.tag_id where pt.project_id = p.id)`;

function filterConditions(filter: LearningFilter, searching: boolean): SQL[] {
  const conditions: SQL[] = [sql`(e.id is not null or p.id is not null or i.id is not null)`];
  if (filter.kind) conditions.push(sql`h.rid % 10 = ${kindCodes[filter.kind]}`);
  else if (!searching) conditions.push(sql`h.rid % 10 <> ${kindCodes.inspiration}`);
  if (filter.zone) conditions.push(sql`coalesce(e.zone_id, p.zone_id, i.zone_id) = ${filter.zone}`);
  if (filter.decision) conditions.push(sql`e.decision = ${filter.decision}`);
  if (filter.sharing) {
    conditions.push(filter.sharing === projectLearningSharing ? sql`(e.sharing = ${filter.sharing} or p.id is not null)` : sql`e.sharing = ${filter.sharing}`);
  }
  if (filter.technology) {
    const technology = foldText(filter.technology);
    conditions.push(sql`(fold(e.technology) = ${technology} or exists (
      select 1 from project_tags pt join technology_tags tt on tt.id = pt.tag_id
      where pt.project_id = p.id and fold(tt.name) = ${technology}))`);
  }
  return conditions;
}

type LearningRow = Omit<LearningListItem, "kind" | "id" | "technology"> & {
  kindCode: number;
  refId: number;
  technology: string | null;
  projectTags: string | null;
  total: number;
};

/**
 * The Erfaringsbank: finished experiments' learning cards and closed projects' closing learnings, from the portal's
 * one search index (Danish word forms match each other). A search also finds outlook entries and is ordered by
 * relevance (bm25, titles weigh most).
 */
export function searchLearnings(filter: LearningFilter, limit = 200): LearningListItem[] {
  return learningRows(filter, limit, 0).rows;
}

/** One page of the Erfaringsbank, counted in the same query (a window count over the filtered hits). */
export function searchLearningsPage(filter: LearningFilter, request: PageRequest): Paged<LearningListItem> {
  let { rows, total } = learningRows(filter, request.limit, request.offset);
  if (rows.length === 0 && request.offset > 0) {
    total = learningRows(filter, 1, 0).total;
    ({ rows } = learningRows(filter, request.limit, clampedOffset(request, total)));
  }
  return { rows, info: pageInfo(request, total) };
}

function learningRows(filter: LearningFilter, limit: number, offset: number): { rows: LearningListItem[]; total: number } {
  const match = filter.q ? ftsMatchExpression(searchTerms(filter.q)) : null;
  if (filter.q && !match) return { rows: [], total: 0 };
  if (match) syncSearchIndex(getDb());
  const hits = match
    ? sql`select d.ref_id * 10 + ${learningDocuments} as rid, bm25(search_index, 3.0, 1.0) as score
        from search_index join search_documents d on d.id = search_index.rowid
        where search_index match ${match} and d.deleted = 0 and d.type in ${learningTypes}`
    : sql`select d.ref_id * 10 + ${learningDocuments} as rid, 0 as score from search_documents d where d.deleted = 0 and d.type in ${learningTypes}`;
  const where = sql.join(filterConditions(filter, Boolean(match)), sql` and `);
  const order = match ? sql`h.score, date desc` : sql`date desc, h.rid desc`;
  const rows = getDb().all<LearningRow>(sql`
    select h.rid % 10 as kindCode, h.rid / 10 as refId,
      coalesce(e.title, p.title, i.title) as title,
      coalesce(e.hypothesis, p.summary, i.organisation, '') as summary,
      coalesce(e.learning, p.closing_learning, i.takeaway, '') as learning,
      e.decision as decision, e.evidence_strength as evidenceStrength,
      case when e.id is not null then e.sharing when p.id is not null then ${projectLearningSharing} end as sharing,
      e.technology as technology, ${projectTagList} as projectTags,
      i.source_kind as sourceKind, z.name as zoneName, z.slug as zoneSlug,
      coalesce(e.finished_at, p.updated_at, i.date) as date,
      count(*) over () as total
    from (${hits}) h
    left join experiments e on h.rid % 10 = 1 and e.id = h.rid / 10 and e.state = 'finished'
    left join projects p on h.rid % 10 = 2 and p.id = h.rid / 10 and p.phase = 'closed'
    left join inspirations i on h.rid % 10 = 3 and i.id = h.rid / 10
    left join zones z on z.id = coalesce(e.zone_id, p.zone_id, i.zone_id)
    where ${where}
    order by ${order}
    limit ${limit} offset ${offset}`);
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.map(({ kindCode, refId, projectTags: tags, technology, total: _total, ...row }) => ({
      ...row,
      kind: kindOfCode[kindCode],
      id: refId,
      technology: technology ?? tags ?? "",
    })),
  };
}

export type LearningFilterOptions = { technologies: string[]; zones: { id: number; name: string }[] };

export function learningFilterOptions(): LearningFilterOptions {
  const db = getDb();
  const technologies = db.all<{ name: string }>(sql`
    select distinct technology as name from experiments where state = 'finished' and trim(technology) <> ''
    union
    select distinct tt.name from technology_tags tt join project_tags pt on pt.tag_id = tt.id
      join projects p on p.id = pt.project_id where p.phase = 'closed' and trim(coalesce(p.closing_learning, '')) <> ''
    order by name collate nocase`);
  const zoneRows = db.select({ id: zones.id, name: zones.name }).from(zones).orderBy(asc(zones.name)).all();
  return { technologies: technologies.map((row) => row.name), zones: zoneRows };
}

type CardCommon = { id: number; title: string; zoneName: string | null; zoneSlug: string | null; technology: string; sharing: Sharing };

export type ExperimentLearningCard = CardCommon & {
  kind: "experiment";
  radarRing: (typeof radarRings)[number];
  hypothesis: string;
  test: string;
  metric: string;
  successCriterion: string;
  periodStart: string | null;
  periodEnd: string | null;
  observation: string;
  learning: string;
  decision: Decision | null;
  evidenceStrength: Evidence | null;
  finishedAt: string | null;
};

export type ProjectLearningCard = CardCommon & {
  kind: "project";
  code: string;
  summary: string;
  purpose: (typeof purposeTypes)[number];
  departmentName: string;
  baselineStart: string | null;
  baselineEnd: string | null;
  closingLearning: string;
};

export type LearningCard = ExperimentLearningCard | ProjectLearningCard;
export type LearningDetail = { card: LearningCard; access: ShareableResource };

function experimentDetail(id: number): LearningDetail | null {
  const row = getDb()
    .select({
      experiment: experiments,
      zoneName: zones.name,
      zoneSlug: zones.slug,
      sponsorId: zones.sponsorId,
      leadId: zones.leadId,
    })
    .from(experiments)
    .innerJoin(zones, eq(zones.id, experiments.zoneId))
    .where(and(eq(experiments.id, id), eq(experiments.state, "finished")))
    .get();
  if (!row) return null;
  const e = row.experiment;
  return {
    card: {
      kind: "experiment",
      id: e.id,
      title: e.title,
      zoneName: row.zoneName,
      zoneSlug: row.zoneSlug,
      technology: e.technology,
      radarRing: e.radarRing,
      sharing: e.sharing,
      hypothesis: e.hypothesis,
      test: e.test,
      metric: e.metric,
      successCriterion: e.successCriterion,
      periodStart: e.periodStart,
      periodEnd: e.periodEnd,
      observation: e.observation,
      learning: e.learning,
      decision: e.decision,
      evidenceStrength: e.evidenceStrength,
      finishedAt: e.finishedAt,
    },
    access: experimentResource({ sponsorId: row.sponsorId, leadId: row.leadId }, e),
  };
}

function projectDetail(id: number): LearningDetail | null {
  const db = getDb();
  const row = db
    .select({ project: projects, departmentName: departments.name, zoneName: zones.name, zoneSlug: zones.slug })
    .from(projects)
    .innerJoin(departments, eq(departments.id, projects.departmentId))
    .leftJoin(zones, eq(zones.id, projects.zoneId))
    .where(and(eq(projects.id, id), eq(projects.phase, "closed")))
    .get();
  if (!row?.project.closingLearning?.trim()) return null;
  const p = row.project;
  const tags = db
    .select({ name: technologyTags.name })
    .from(projectTags)
    .innerJoin(technologyTags, eq(technologyTags.id, projectTags.tagId))
    .where(eq(projectTags.projectId, p.id))
    .orderBy(asc(technologyTags.name))
    .all();
  return {
    card: {
      kind: "project",
      id: p.id,
      code: p.code,
      title: p.title,
      zoneName: row.zoneName,
      zoneSlug: row.zoneSlug,
      technology: tags.map((tag) => tag.name).join(", "),
      sharing: projectLearningSharing,
      summary: p.summary,
      purpose: p.purpose,
      departmentName: row.departmentName,
      baselineStart: p.baselineStart,
      baselineEnd: p.baselineEnd,
      closingLearning: p.closingLearning ?? "",
    },
    access: { kind: "project", departmentId: p.departmentId, ownerId: p.ownerId, leadId: p.leadId },
  };
}

/** A finished experiment's learning card or a closed project's closing learning; null for anything else. */
export function getLearningDetail(ref: LearningRef): LearningDetail | null {
  return ref.kind === "experiment" ? experimentDetail(ref.id) : projectDetail(ref.id);
}

/**
 * The one sharing card a share link opens, or null (the page answers 404) for an unknown, malformed or revoked
 * token, and for a learning that is no longer public.
 */
export function getSharedLearningCard(token: string): LearningCard | null {
  if (!shareTokenSchema.safeParse(token).success) return null;
  const link = getDb()
    .select({ experimentId: shareLinks.experimentId, projectId: shareLinks.projectId })
    .from(shareLinks)
    .where(and(eq(shareLinks.tokenHash, hashShareToken(token)), isNull(shareLinks.revokedAt)))
    .get();
  if (!link) return null;
  const detail = link.experimentId ? experimentDetail(link.experimentId) : link.projectId ? projectDetail(link.projectId) : null;
  return detail?.card.sharing === "public" ? detail.card : null;
}

export type ShareLinkItem = { id: number; createdAt: string; createdByName: string; revokedAt: string | null; revokedByName: string | null };

const creator = alias(users, "creator");
const revoker = alias(users, "revoker");

export function listShareLinks(ref: LearningRef): ShareLinkItem[] {
  const owner = ref.kind === "experiment" ? eq(shareLinks.experimentId, ref.id) : eq(shareLinks.projectId, ref.id);
  return getDb()
    .select({
      id: shareLinks.id,
      createdAt: shareLinks.createdAt,
      createdByName: creator.name,
      revokedAt: shareLinks.revokedAt,
      revokedByName: revoker.name,
    })
    .from(shareLinks)
    .innerJoin(creator, eq(creator.id, shareLinks.createdById))
    .leftJoin(revoker, eq(revoker.id, shareLinks.revokedById))
    .where(owner)
    .orderBy(desc(shareLinks.id))
    .all();
}
