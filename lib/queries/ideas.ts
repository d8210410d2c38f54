import "server-only";
import { and, asc, count, desc, eq, inArray, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { departments, experiments, ideaComments, ideas, projects, users, zoneMembers, zones } from "@/db/schema";
import { activeDepartmentOptions } from "@/lib/queries/departments";
import type { ideaStatuses } from "@/lib/codes";
import { can, type Actor } from "@/lib/permissions";
import type { IdeaListFilter } from "@/lib/validation/ideas";
import { clampedOffset, PAGE_SIZE, pageInfo, type PageRequest, type Paged } from "@/lib/validation/pagination";
import { outer } from "./outer-column";

export type IdeaStatus = (typeof ideaStatuses)[number];

export type IdeaListItem = {
  id: number;
  title: string;
  description: string;
  status: IdeaStatus;
  rejectionReason: string | null;
  authorName: string;
  departmentName: string | null;
  createdAt: string;
  voteCount: number;
  votedByMe: boolean;
  commentCount: number;
};

export type IdeaComment = { id: number; authorName: string; body: string; createdAt: string };

export type IdeaDetail = IdeaListItem & {
  version: number;
  zoneName: string | null;
  zoneSlug: string | null;
  experimentId: number | null;
  experimentTitle: string | null;
  projectCode: string | null;
  projectTitle: string | null;
  comments: IdeaComment[];
};

const voteCount = sql<number>`(select count(*) from idea_votes v where v.idea_id = ${outer(ideas.id)})`.mapWith(Number);
const commentCount = sql<number>`(select count(*) from idea_comments c where c.idea_id = ${outer(ideas.id)})`.mapWith(Number);
const votedBy = (userId: number) =>
  sql<boolean>`exists (select 1 from idea_votes v where v.idea_id = ${outer(ideas.id)} and v.user_id = ${userId})`.mapWith((value) => Boolean(value));

function listColumns(viewerId: number) {
  return {
    id: ideas.id,
    title: ideas.title,
    description: ideas.description,
    status: ideas.status,
    rejectionReason: ideas.rejectionReason,
    authorName: users.name,
    departmentName: departments.name,
    createdAt: ideas.createdAt,
    voteCount,
    votedByMe: votedBy(viewerId),
    commentCount,
  };
}

/** One page of ideas, counted and sorted in SQL; votes and comments counted per shown idea only. */
export function listIdeas(filter: IdeaListFilter, viewerId: number, request: PageRequest = { page: 1, limit: PAGE_SIZE, offset: 0 }): Paged<IdeaListItem> {
  const db = getDb();
  const where = and(
    filter.status ? eq(ideas.status, filter.status) : undefined,
    filter.rum ? eq(ideas.zoneId, sql`(select ${zones.id} from ${zones} where ${zones.slug} = ${filter.rum})`) : undefined,
  );
  const total = db.select({ n: count() }).from(ideas).where(where).get()?.n ?? 0;
  const info = pageInfo(request, total);
  const order = filter.sort === "votes" ? [desc(voteCount), desc(ideas.createdAt), desc(ideas.id)] : [desc(ideas.createdAt), desc(ideas.id)];
  const page = db
    .select({ id: ideas.id })
    .from(ideas)
    .where(where)
    .orderBy(...order)
    .limit(request.limit)
    .offset(clampedOffset(request, total))
    .all()
    .map((row) => row.id);
  if (!page.length) return { rows: [], info };
  const rows = db
    .select(listColumns(viewerId))
    .from(ideas)
    .innerJoin(users, eq(users.id, ideas.authorId))
    .leftJoin(departments, eq(departments.id, ideas.departmentId))
    .where(inArray(ideas.id, page))
    .all();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return { rows: page.flatMap((id) => byId.get(id) ?? []), info };
}

export function getIdea(id: number, viewerId: number): IdeaDetail | null {
  const db = getDb();
  const row = db
    .select({
      ...listColumns(viewerId),
      version: ideas.version,
      zoneName: zones.name,
      zoneSlug: zones.slug,
      experimentId: ideas.experimentId,
      experimentTitle: experiments.title,
      projectCode: projects.code,
      projectTitle: projects.title,
    })
    .from(ideas)
    .innerJoin(users, eq(users.id, ideas.authorId))
    .leftJoin(departments, eq(departments.id, ideas.departmentId))
    .leftJoin(zones, eq(zones.id, ideas.zoneId))
    .leftJoin(experiments, eq(experiments.id, ideas.experimentId))
    .leftJoin(projects, eq(projects.id, ideas.projectId))
    .where(eq(ideas.id, id))
    .get();
  if (!row) return null;
  const comments = db
    .select({ id: ideaComments.id, authorName: users.name, body: ideaComments.body, createdAt: ideaComments.createdAt })
    .from(ideaComments)
    .innerJoin(users, eq(users.id, ideaComments.authorId))
    .where(eq(ideaComments.ideaId, id))
    .orderBy(asc(ideaComments.createdAt), asc(ideaComments.id))
    .all();
  return { ...row, comments };
}

export function listDepartmentOptions(): { id: number; name: string }[] {
  return activeDepartmentOptions();
}

export function userLeadsAnyZone(userId: number): boolean {
  return Boolean(getDb().select({ id: zones.id }).from(zones).where(and(eq(zones.leadId, userId), eq(zones.status, "active"))).limit(1).get());
}

/** The active zones an idea can be sent to as an experiment: those where the triager may add experiments. */
export function listTriageZones(actor: Actor): { id: number; name: string }[] {
  const db = getDb();
  if (can(actor, "experiment.create")) {
    return db.select({ id: zones.id, name: zones.name }).from(zones).where(eq(zones.status, "active")).orderBy(asc(zones.name)).all();
  }
  return db
    .selectDistinct({ id: zones.id, name: zones.name })
    .from(zones)
    .leftJoin(zoneMembers, and(eq(zoneMembers.zoneId, zones.id), eq(zoneMembers.userId, actor.id)))
    .where(and(eq(zones.status, "active"), or(eq(zones.leadId, actor.id), eq(zoneMembers.userId, actor.id))))
    .orderBy(asc(zones.name))
    .all();
}

