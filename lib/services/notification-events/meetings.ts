import "server-only";
import type { DbOrTx } from "@/db";
import { agendaPublishedText, minutesReadyText } from "@/lib/domain/notification-texts";
import { formatDate } from "@/lib/format";
import type { ActingUser } from "../guard";
import { recordNotifications } from "../notifications";
import { meetingParticipantIds } from "./recipients";

type Meeting = { id: number; title: string; date: string; time: string; location: string };

/** An agenda published (or published again after a change): every participant but the director who published it. */
export function notifyAgendaPublished(tx: DbOrTx, actor: ActingUser, meeting: Meeting, republished: boolean, now: Date): void {
  const text = agendaPublishedText(meeting, republished, formatDate(meeting.date));
  recordNotifications(
    tx,
    { userIds: meetingParticipantIds(tx, meeting.id), exceptUserId: actor.id, kind: "agenda_published", ...text, dedupeKey: `agenda:${meeting.id}:${now.toISOString()}` },
    now,
  );
}

/**
 * The minutes become approvable with the meeting's first decision: each participating director is told once (the
 * key is per meeting), except the one recording, who is there; later decisions tell only those not told yet.
 */
export function notifyMinutesReady(tx: DbOrTx, actor: ActingUser, meeting: { id: number; title: string }, now: Date): void {
  recordNotifications(
    tx,
    { userIds: meetingParticipantIds(tx, meeting.id), exceptUserId: actor.id, kind: "minutes_ready", ...minutesReadyText(meeting), dedupeKey: `minutes:${meeting.id}` },
    now,
  );
}
