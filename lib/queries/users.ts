import "server-only";
import { asc, count, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { departments, users } from "@/db/schema";
import { clampedOffset, PAGE_SIZE, pageInfo, type PageRequest, type Paged } from "@/lib/validation/pagination";
import type { UserSort } from "@/lib/validation/user-list";

export type AdminUserRow = {
  id: number;
  name: string;
  email: string;
  role: (typeof users.$inferSelect)["role"];
  title: string;
  active: boolean;
  lastLoginAt: string | null;
  departmentName: string | null;
};

/** One page of users for the administrators, by name or by latest login (never logged in last). */
export function listUsersForAdmin(sort: UserSort = "name", request: PageRequest = { page: 1, limit: PAGE_SIZE, offset: 0 }): Paged<AdminUserRow> {
  const db = getDb();
  const total = db.select({ n: count() }).from(users).get()?.n ?? 0;
  const order = sort === "last_login" ? [sql`${users.lastLoginAt} is null`, desc(users.lastLoginAt), asc(users.id)] : [asc(users.name), asc(users.id)];
  const rows = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      title: users.title,
      active: users.active,
      lastLoginAt: users.lastLoginAt,
      departmentName: departments.name,
    })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .orderBy(...order)
    .limit(request.limit)
    .offset(clampedOffset(request, total))
    .all();
  return { rows, info: pageInfo(request, total) };
}
