import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { denyAccess, requireUser } from "@/lib/auth/current-user";
import { can, canEver } from "@/lib/permissions";
import type { SessionUser } from "@/lib/services/auth";

const meetingIdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** The signed-in user and the meeting id of the route; staff get 403 before anything is looked up. */
export async function requireMeetingReader(rawId: string, what: string): Promise<{ user: SessionUser; meetingId: number }> {
  const user = await requireUser();
  if (!canEver(user, "meeting.read")) await denyAccess(user, what);
  const parsed = meetingIdSchema.safeParse(rawId);
  if (!parsed.success) notFound();
  return { user, meetingId: parsed.data };
}

/** Directors see every meeting; department heads and admins only one whose agenda is published. */
export async function requireMeetingVisible<T extends { meeting: { agendaPublishedAt: string | null } }>(
  user: SessionUser,
  detail: T | null,
  what: string,
): Promise<T> {
  if (!detail) notFound();
  if (!can(user, "meeting.read", { kind: "meeting", agendaPublished: detail.meeting.agendaPublishedAt !== null })) await denyAccess(user, what);
  return detail;
}
