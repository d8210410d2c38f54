import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { departments, users } from "@/db/schema";

export function listUsersForAdmin() {
  return getDb()
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
    .orderBy(asc(users.name))
    .all();
}
