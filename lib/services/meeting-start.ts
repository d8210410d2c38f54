import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { meetings } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { meetingHasStarted } from "@/lib/domain/meeting-rules";
import { ConflictError, NotFoundError } from "./errors";
import { authorize, type ActingUser } from "./guard";

/** A director starts the meeting before its scheduled time so decisions can be recorded; audited. */
export function startMeetingEarly(actor: ActingUser, meetingId: number, now = new Date()): void {
  authorize(actor, "board.decide", undefined, { action: "meeting.start_early", objectType: "meeting", objectId: meetingId });
  const db = getDb();
  db.transaction((tx) => {
    const meeting = tx.select().from(meetings).where(eq(meetings.id, meetingId)).get();
    if (!meeting) throw new NotFoundError("Mødet findes ikke.");
    if (meeting.minutesLockedAt) throw new ConflictError("Referatet er godkendt og låst.");
    if (meetingHasStarted(meeting, now)) throw new ConflictError("Mødet er allerede begyndt.");
    const result = tx
      .update(meetings)
      .set({ startedEarlyAt: now.toISOString(), startedEarlyById: actor.id, updatedAt: now.toISOString() })
      .where(and(eq(meetings.id, meetingId), isNull(meetings.startedEarlyAt)))
      .run();
    if (result.changes === 0) throw new ConflictError("Mødet er allerede begyndt.");
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "meeting.start_early",
      objectType: "meeting",
      objectId: meetingId,
      changes: { scheduled: `${meeting.date} ${meeting.time}`, startedAt: now.toISOString() },
    });
  });
}

/** A director marks the meeting held (from its start); only then can the minutes be approved. Audited. */
export function markMeetingHeld(actor: ActingUser, meetingId: number, now = new Date()): void {
  authorize(actor, "board.decide", undefined, { action: "meeting.held", objectType: "meeting", objectId: meetingId });
  const db = getDb();
  db.transaction((tx) => {
    const meeting = tx.select().from(meetings).where(eq(meetings.id, meetingId)).get();
    if (!meeting) throw new NotFoundError("Mødet findes ikke.");
    if (meeting.status !== "planned") throw new ConflictError("Mødet er allerede markeret som afholdt.");
    if (!meetingHasStarted(meeting, now)) throw new ConflictError("Mødet er ikke begyndt endnu og kan ikke markeres som afholdt.");
    const result = tx
      .update(meetings)
      .set({ status: "held", version: sql`version + 1`, updatedAt: now.toISOString() })
      .where(and(eq(meetings.id, meetingId), eq(meetings.status, "planned")))
      .run();
    if (result.changes === 0) throw new ConflictError("Mødet er allerede markeret som afholdt.");
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "meeting.held", objectType: "meeting", objectId: meetingId, changes: { heldAt: now.toISOString() } });
  });
}
