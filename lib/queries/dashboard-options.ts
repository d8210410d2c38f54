import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { projects, strategyGoals, users, zones } from "@/db/schema";
import { listAllDepartmentOptions } from "@/lib/queries/departments";

export type Option = { id: number; name: string };

/** The choices of the portfolio filter form that come from the database. */
export function getFilterOptions(): { departments: Option[]; goals: Option[]; zones: Option[]; owners: Option[] } {
  const db = getDb();
  return {
    // A filter looks back: deactivated departments stay, since their projects do.
    departments: listAllDepartmentOptions(),
    goals: db.select({ id: strategyGoals.id, name: strategyGoals.title }).from(strategyGoals).orderBy(asc(strategyGoals.title)).all(),
    zones: db.select({ id: zones.id, name: zones.name }).from(zones).orderBy(asc(zones.name)).all(),
    owners: db
      .selectDistinct({ id: users.id, name: users.name })
      .from(projects)
      .innerJoin(users, eq(users.id, projects.ownerId))
      .orderBy(asc(users.name), asc(users.id))
      .all(),
  };
}
