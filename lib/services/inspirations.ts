import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { inspirations, projects, zones } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { inspirationSchema } from "@/lib/validation/inspirations";
import { ValidationError } from "./errors";
import { authorize, parseInput, type ActingUser } from "./guard";

/** Anyone logs what they learned from others, optionally linked to a zone or a project. */
export function logInspiration(actor: ActingUser, formData: FormData | Record<string, unknown>): { id: number } {
  authorize(actor, "idea.participate", undefined, { action: "inspiration.create", objectType: "inspiration" });
  const input = parseInput(inspirationSchema, formData);
  const db = getDb();
  const fieldErrors: Record<string, string[]> = {};
  if (input.zoneId && !db.select({ id: zones.id }).from(zones).where(eq(zones.id, input.zoneId)).get()) {
    fieldErrors.zoneId = ["Udviklingsrummet findes ikke"];
  }
  if (input.projectId && !db.select({ id: projects.id }).from(projects).where(eq(projects.id, input.projectId)).get()) {
    fieldErrors.projectId = ["Projektet findes ikke"];
  }
  if (Object.keys(fieldErrors).length) throw new ValidationError(fieldErrors);
  return db.transaction((tx) => {
    const columns = { ...input };
    const row = tx
      .insert(inspirations)
      .values({ ...columns, createdById: actor.id })
      .returning({ id: inspirations.id })
      .get();
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "inspiration.create", objectType: "inspiration", objectId: row.id, changes: columns });
    return { id: row.id };
  });
}
