import "server-only";
import { and, asc, count, eq, inArray, lt, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb, type DbOrTx } from "@/db";
import { foldText, folded } from "@/db/fold";
import { benefits, departments, ideas, projects, users } from "@/db/schema";
import type { DepartmentReferences } from "@/lib/domain/departments";
import { clampedOffset, pageInfo, type PageRequest, type Paged } from "@/lib/validation/pagination";
import { outer } from "./outer-column";

const head = alias(users, "head");
const director = alias(users, "director");

/**
 * Before a head is chosen explicitly, a department's head is the active department head who belongs to it (the way
 * rights are given: role and department), the longest-standing one if there are several.
 */
const implicitHead = (column: "id" | "name") =>
  sql.raw(
    `(select u.${column} from users u where u.role = 'department_head' and u.active = 1 and u.department_id = "departments"."id" order by u.id limit 1)`,
  );

/** Departments on one page of the admin list: each is a card with its own buttons (about 5 kB of HTML). */
export const ADMIN_DEPARTMENTS_PAGE_SIZE = 10;

/** Departments with what refers to them, for the admin list; the head is the chosen one, else the implicit one. */
function adminDepartments(db: DbOrTx = getDb()) {
  return db
    .select({
      id: departments.id,
      name: departments.name,
      shortName: departments.shortName,
      kind: departments.kind,
      active: departments.active,
      version: departments.version,
      headUserId: sql<number | null>`coalesce(${departments.headUserId}, ${implicitHead("id")})`,
      headName: sql<string | null>`coalesce(${head.name}, ${implicitHead("name")})`,
      responsibleDirectorId: departments.responsibleDirectorId,
      directorName: director.name,
      users: sql<number>`(select count(*) from ${users} where ${users.departmentId} = ${outer(departments.id)})`,
      projects: sql<number>`(select count(*) from ${projects} where ${projects.departmentId} = ${outer(departments.id)})`,
      benefits: sql<number>`(select count(*) from ${benefits} where ${benefits.receivingDepartmentId} = ${outer(departments.id)})`,
      ideas: sql<number>`(select count(*) from ${ideas} where ${ideas.departmentId} = ${outer(departments.id)})`,
    })
    .from(departments)
    .leftJoin(head, eq(head.id, departments.headUserId))
    .leftJoin(director, eq(director.id, departments.responsibleDirectorId))
    .$dynamic();
}
export type AdminDepartment = Awaited<ReturnType<ReturnType<typeof adminDepartments>["all"]>>[number];

/** One page of the admin list, by name. */
export function listDepartmentsForAdmin(request: PageRequest): Paged<AdminDepartment> {
  const total = getDb().select({ n: count() }).from(departments).get()?.n ?? 0;
  const rows = adminDepartments()
    .orderBy(asc(departments.name), asc(departments.id))
    .limit(request.limit)
    .offset(clampedOffset(request, total))
    .all();
  return { rows, info: pageInfo(request, total) };
}

/** One department as the admin list shows it. */
export function adminDepartment(id: number, db: DbOrTx = getDb()): AdminDepartment | undefined {
  return adminDepartments(db).where(eq(departments.id, id)).get();
}

/** The page of the admin list (by name) that shows a department; page 1 when there is no such department. */
export function adminDepartmentPageNumber(id: number, pageSize = ADMIN_DEPARTMENTS_PAGE_SIZE): number {
  const db = getDb();
  const shown = db.select({ name: departments.name }).from(departments).where(eq(departments.id, id)).get();
  if (!shown) return 1;
  const listedBefore = or(lt(departments.name, shown.name), and(eq(departments.name, shown.name), lt(departments.id, id)));
  const before = db.select({ n: count() }).from(departments).where(listedBefore).get()?.n ?? 0;
  return Math.floor(before / pageSize) + 1;
}

/** How many rows refer to a department. */
export function departmentReferences(db: DbOrTx, id: number): DepartmentReferences {
  const countOf = (query: { n: number } | undefined) => query?.n ?? 0;
  return {
    users: countOf(db.select({ n: sql<number>`count(*)` }).from(users).where(eq(users.departmentId, id)).get()),
    projects: countOf(db.select({ n: sql<number>`count(*)` }).from(projects).where(eq(projects.departmentId, id)).get()),
    benefits: countOf(db.select({ n: sql<number>`count(*)` }).from(benefits).where(eq(benefits.receivingDepartmentId, id)).get()),
    ideas: countOf(db.select({ n: sql<number>`count(*)` }).from(ideas).where(eq(ideas.departmentId, id)).get()),
  };
}

/** The people a department can be led by (active department heads) and be anchored with (active directors). */
export function departmentPeopleChoices() {
  const db = getDb();
  const active = (role: "department_head" | "director") =>
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(eq(users.role, role), eq(users.active, true)))
      .orderBy(asc(users.name))
      .all();
  return { heads: active("department_head"), directors: active("director") };
}

/**
 * Departments offered as a new choice in a form: the active ones, plus `keep` (the value a record already has,
 * so editing it does not silently move it away from a deactivated department).
 */
export function activeDepartmentOptions(keep: (number | null | undefined)[] = []): { id: number; name: string }[] {
  const kept = keep.filter((id): id is number => typeof id === "number");
  return getDb()
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(kept.length ? or(eq(departments.active, true), inArray(departments.id, kept)) : eq(departments.active, true))
    .orderBy(asc(departments.name))
    .all();
}

/** Whether the installation has no departments yet (a fresh one without demo data). */
export function hasNoDepartments(db: DbOrTx = getDb()): boolean {
  return !db.select({ id: departments.id }).from(departments).limit(1).get();
}

/** Whether another department already has this name, in any case ("økonomi" and "Økonomi" are the same). */
export function departmentNameTaken(db: DbOrTx, name: string, exceptId: number | null = null): boolean {
  const sameName = eq(folded(sql`trim(${departments.name})`), foldText(name.trim()));
  const other = exceptId === null ? undefined : ne(departments.id, exceptId);
  return Boolean(db.select({ id: departments.id }).from(departments).where(and(sameName, other)).get());
}

/** Every department, deactivated ones too, by name: for filters over what already exists and the merge form. */
export function listAllDepartmentOptions(): { id: number; name: string; active: boolean }[] {
  return getDb()
    .select({ id: departments.id, name: departments.name, active: departments.active })
    .from(departments)
    .orderBy(asc(departments.name), asc(departments.id))
    .all();
}
