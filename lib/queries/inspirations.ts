import "server-only";
import { and, asc, count, desc, eq, gt, or, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { inspirations, projects, users, zones } from "@/db/schema";
import type { inspirationSources } from "@/lib/codes";
import type { InspirationFilter } from "@/lib/validation/inspirations";
import { clampedOffset, pageInfo, type PageRequest, type Paged } from "@/lib/validation/pagination";

export type InspirationItem = {
  id: number;
  title: string;
  sourceKind: (typeof inspirationSources)[number];
  organisation: string;
  date: string;
  link: string | null;
  takeaway: string;
  zoneName: string | null;
  zoneSlug: string | null;
  projectCode: string | null;
  projectTitle: string | null;
  createdByName: string;
};

function listQuery(where: SQL | undefined, limit: number, offset = 0): InspirationItem[] {
  return getDb()
    .select({
      id: inspirations.id,
      title: inspirations.title,
      sourceKind: inspirations.sourceKind,
      organisation: inspirations.organisation,
      date: inspirations.date,
      link: inspirations.link,
      takeaway: inspirations.takeaway,
      zoneName: zones.name,
      zoneSlug: zones.slug,
      projectCode: projects.code,
      projectTitle: projects.title,
      createdByName: users.name,
    })
    .from(inspirations)
    .innerJoin(users, eq(users.id, inspirations.createdById))
    .leftJoin(zones, eq(zones.id, inspirations.zoneId))
    .leftJoin(projects, eq(projects.id, inspirations.projectId))
    .where(where)
    .orderBy(desc(inspirations.date), desc(inspirations.id))
    .limit(limit)
    .offset(offset)
    .all();
}

const sourceCondition = (filter: InspirationFilter) => (filter.source ? eq(inspirations.sourceKind, filter.source) : undefined);

/** One page of the outlook, newest first. */
export function pageInspirations(filter: InspirationFilter, request: PageRequest): Paged<InspirationItem> {
  const where = sourceCondition(filter);
  const total = getDb().select({ n: count() }).from(inspirations).where(where).get()?.n ?? 0;
  return { rows: listQuery(where, request.limit, clampedOffset(request, total)), info: pageInfo(request, total) };
}

/** The page of the outlook (newest first) that shows this entry, so that a link to it lands where it is; null when the filter hides it. */
export function inspirationPageNumber(filter: InspirationFilter, id: number, pageSize: number): number | null {
  const db = getDb();
  const entry = db.select({ date: inspirations.date }).from(inspirations).where(and(eq(inspirations.id, id), sourceCondition(filter))).get();
  if (!entry) return null;
  const newer = or(gt(inspirations.date, entry.date), and(eq(inspirations.date, entry.date), gt(inspirations.id, id)));
  const before = db.select({ n: count() }).from(inspirations).where(and(sourceCondition(filter), newer)).get()?.n ?? 0;
  return Math.floor(before / pageSize) + 1;
}


/** The inspirations linked to a project or a zone (either, or both). */
export function listLinkedInspirations({ projectId, zoneId }: { projectId?: number; zoneId?: number }, limit = 50): InspirationItem[] {
  const conditions = [projectId ? eq(inspirations.projectId, projectId) : undefined, zoneId ? eq(inspirations.zoneId, zoneId) : undefined].filter(
    (condition): condition is SQL => condition !== undefined,
  );
  if (!conditions.length) return [];
  return listQuery(or(...conditions), limit);
}

export type LinkChoices = { zones: { id: number; name: string }[] };

/** Zones an outlook entry can be linked to (a handful; its project is searched with the project picker). */
export function listLinkChoices(): LinkChoices {
  return { zones: getDb().select({ id: zones.id, name: zones.name }).from(zones).orderBy(asc(zones.name)).all() };
}
