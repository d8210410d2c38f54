import "server-only";
import { getDb } from "@/db";
import { involvements } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { involvementSchema } from "@/lib/validation/project-items";
import { authorize, parseInput, type ActingUser } from "./guard";
import { getProjectOrThrow } from "./projects";

/** Logs how users, employees, MED or others were (or will be) involved in a project. */
export function createInvolvement(actor: ActingUser, code: string, formData: FormData | Record<string, unknown>): number {
  const db = getDb();
  const project = getProjectOrThrow(db, code);
  authorize(actor, "project.edit", { kind: "project", ...project }, { action: "involvement.create", objectType: "project", objectId: code });
  const input = parseInput(involvementSchema, formData);
  return db.transaction((tx) => {
    const row = tx.insert(involvements).values({ projectId: project.id, createdById: actor.id, ...input }).returning({ id: involvements.id }).get();
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "involvement.create",
      objectType: "project",
      objectId: code,
      changes: { involvementId: row.id, ...input },
    });
    return row.id;
  });
}
