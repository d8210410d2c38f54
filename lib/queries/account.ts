import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { departments, users } from "@/db/schema";
import type { Role } from "@/lib/codes";

export type OwnProfile = { name: string; title: string; email: string; role: Role; departmentName: string | null; updatedAt: string };

/** What /account shows of the signed-in user: never the password hash. */
export function getOwnProfile(userId: number): OwnProfile | null {
  return (
    getDb()
      .select({
        name: users.name,
        title: users.title,
        email: users.email,
        role: users.role,
        departmentName: departments.name,
        updatedAt: users.updatedAt,
      })
      .from(users)
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .where(eq(users.id, userId))
      .get() ?? null
  );
}
