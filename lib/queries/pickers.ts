import "server-only";
import { and, asc, eq, inArray, ne, notExists, or, sql, type SQL } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db";
import { containsPattern, folded } from "@/db/fold";
import { departments, projects, users, zoneMembers } from "@/db/schema";
import { roles } from "@/lib/codes";
import { isEligibleZoneLead } from "@/lib/permissions";

/** One suggestion of a search picker: the id the form posts and the text the user sees. */
export type PickerOption = { id: number; label: string };

/** Who a people picker offers: any active user, or those who may lead a zone. */
/** anyone: active people; zone-lead: active people who may lead a zone; everyone: deactivated people too. */
export type PeopleScope = "anyone" | "zone-lead" | "everyone";

export const PICKER_LIMIT = 20;

/** The words of a search, at most five, each turned into a folded LIKE pattern that matches it anywhere. */
function patternsOf(query: string): string[] {
  return query.trim().split(/\s+/).filter(Boolean).slice(0, 5).map(containsPattern);
}

/** Every word must occur in one of the columns, in any case ("øst" finds "Østergade"). */
function matchesEvery(query: string, columns: AnySQLiteColumn[]): SQL | undefined {
  const words = patternsOf(query).map((pattern) => or(...columns.map((column) => sql`${folded(column)} like ${pattern} escape '\\'`)));
  return words.length ? and(...words) : undefined;
}

const personLabel = (row: { name: string; departmentName: string | null }) => (row.departmentName ? `${row.name} (${row.departmentName})` : row.name);
const projectLabel = (row: { code: string; title: string }) => `${row.code} – ${row.title}`;

/**
 * Active people whose name or department matches every word of the query, by name. `scope` narrows them to the
 * roles the form offers; `notInZone` leaves out the members of that zone.
 */
export function searchPeople(query: string, options: { scope?: PeopleScope; notInZone?: number | null; limit?: number } = {}): PickerOption[] {
  const db = getDb();
  const conditions = [matchesEvery(query, [users.name, departments.name])];
  if (options.scope !== "everyone") conditions.push(eq(users.active, true));
  if (options.scope === "zone-lead") conditions.push(inArray(users.role, roles.filter((role) => isEligibleZoneLead({ role }))));
  if (options.notInZone) {
    const member = db
      .select({ one: sql`1` })
      .from(zoneMembers)
      .where(and(eq(zoneMembers.zoneId, options.notInZone), eq(zoneMembers.userId, users.id)));
    conditions.push(notExists(member));
  }
  return db
    .select({ id: users.id, name: users.name, departmentName: departments.name })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(and(...conditions))
    .orderBy(asc(users.name), asc(users.id))
    .limit(options.limit ?? PICKER_LIMIT)
    .all()
    .map((row) => ({ id: row.id, label: personLabel(row) }));
}

/** Projects that are not stopped whose code or title matches every word of the query, by code. */
export function searchProjects(query: string, limit = PICKER_LIMIT): PickerOption[] {
  return getDb()
    .select({ id: projects.id, code: projects.code, title: projects.title })
    .from(projects)
    .where(and(ne(projects.phase, "stopped"), matchesEvery(query, [projects.code, projects.title])))
    .orderBy(asc(projects.code))
    .limit(limit)
    .all()
    .map((row) => ({ id: row.id, label: projectLabel(row) }));
}

/** The choices a picker starts with for people already chosen (an edit page's current owner and lead). */
export function peopleChoices(ids: (number | null | undefined)[]): PickerOption[] {
  const wanted = ids.filter((id): id is number => typeof id === "number");
  if (!wanted.length) return [];
  return getDb()
    .select({ id: users.id, name: users.name, departmentName: departments.name })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(inArray(users.id, wanted))
    .all()
    .map((row) => ({ id: row.id, label: personLabel(row) }));
}
