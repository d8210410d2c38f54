import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { departments, meetingParticipants, users } from "@/db/schema";

/** The people a project answers to: its owner (projektejer) and lead (projektleder). */
export function projectPeople(project: { ownerId: number; leadId: number }): number[] {
  return [project.ownerId, project.leadId];
}

/**
 * The head of a department as the portal names it: the head chosen on the department, else the active department
 * head who belongs to it (the longest-standing one), as the department list shows.
 */
export function departmentHeadId(db: DbOrTx, departmentId: number): number | null {
  const implicit = db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "department_head"), eq(users.active, true), eq(users.departmentId, departmentId)))
    .orderBy(asc(users.id))
    .limit(1)
    .get();
  const chosen = db.select({ id: departments.headUserId }).from(departments).where(eq(departments.id, departmentId)).get();
  return chosen?.id ?? implicit?.id ?? null;
}

/** The directors invited to a meeting. */
export function meetingParticipantIds(db: DbOrTx, meetingId: number): number[] {
  return db
    .select({ id: meetingParticipants.userId })
    .from(meetingParticipants)
    .innerJoin(users, eq(users.id, meetingParticipants.userId))
    .where(and(eq(meetingParticipants.meetingId, meetingId), eq(users.role, "director")))
    .all()
    .map((row) => row.id);
}

/** A person's name for a notification's text. */
export function nameOf(db: DbOrTx, userId: number): string {
  return db.select({ name: users.name }).from(users).where(eq(users.id, userId)).get()?.name ?? "En bruger";
}
