import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { involvements } from "@/db/schema";

/** One involvement entry of a project, for its edit page; an entry of another project is not found. */
export function getProjectInvolvement(projectId: number, involvementId: number) {
  return getDb()
    .select()
    .from(involvements)
    .where(and(eq(involvements.projectId, projectId), eq(involvements.id, involvementId)))
    .get();
}
