import "server-only";
import { asc, desc, eq, ne, or, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { inspirations, projects, users, zones } from "@/db/schema";
import type { inspirationSources } from "@/lib/codes";
import type { InspirationFilter } from "@/lib/validation/inspirations";

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

function listQuery(where: SQL | undefined, limit: number): InspirationItem[] {
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
    .all();
}

export function listInspirations(filter: InspirationFilter, limit = 300): InspirationItem[] {
  return listQuery(filter.source ? eq(inspirations.sourceKind, filter.source) : undefined, limit);
}

/** The inspirations linked to a project or a zone (either, or both). */
export function listLinkedInspirations({ projectId, zoneId }: { projectId?: number; zoneId?: number }, limit = 50): InspirationItem[] {
  const conditions = [projectId ? eq(inspirations.projectId, projectId) : undefined, zoneId ? eq(inspirations.zoneId, zoneId) : undefined].filter(
    (condition): condition is SQL => condition !== undefined,
  );
  if (!conditions.length) return [];
  return listQuery(or(...conditions), limit);
}

export type LinkChoices = { zones: { id: number; name: string }[]; projects: { id: number; label: string }[] };

/** Zones and projects (not stopped) an outlook entry can be linked to. */
export function listLinkChoices(): LinkChoices {
  const db = getDb();
  const zoneRows = db.select({ id: zones.id, name: zones.name }).from(zones).orderBy(asc(zones.name)).all();
  const projectRows = db
    .select({ id: projects.id, code: projects.code, title: projects.title })
    .from(projects)
    .where(ne(projects.phase, "stopped"))
    .orderBy(asc(projects.code))
    .all();
  return { zones: zoneRows, projects: projectRows.map((row) => ({ id: row.id, label: `${row.code} – ${row.title}` })) };
}
