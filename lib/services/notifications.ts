import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { notifications, users } from "@/db/schema";
import type { NotificationKind } from "@/lib/codes";
import { queueImmediateMails } from "./mail-queue";

export type NotificationInput = {
  /** Who is told; inactive users and `exceptUserId` (usually the one who acted) are left out, duplicates once. */
  userIds: readonly number[];
  exceptUserId?: number | null;
  kind: NotificationKind;
  /** Short Danish headline shown in the bell list; never a confidential figure (it may become a mail subject). */
  title: string;
  body?: string;
  /** A path inside the portal, e.g. `/projects/DIG-2024-002?tab=gates`. */
  link: string;
  /** Makes an event notify each user once, e.g. `overdue:status-report:12:2026-11-30`. */
  dedupeKey?: string | null;
};

export type CreatedNotification = typeof notifications.$inferSelect;

/**
 * Records a notification for each recipient, inside the calling service's transaction, so it exists exactly when
 * the event does. The caller has already authorized the event; a recipient never learns more than the title, body
 * and link say, and the link's page checks their access as usual. Returns the rows actually created (a repeated
 * dedupe key creates nothing).
 */
export function recordNotifications(tx: DbOrTx, input: NotificationInput, now = new Date()): CreatedNotification[] {
  const wanted = [...new Set(input.userIds)].filter((id) => id !== input.exceptUserId);
  if (wanted.length === 0) return [];
  const recipients = tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, wanted), eq(users.active, true)))
    .all()
    .map((row) => row.id);
  const created: CreatedNotification[] = [];
  for (const userId of recipients) {
    const row = tx
      .insert(notifications)
      .values({
        userId,
        kind: input.kind,
        title: input.title,
        body: input.body ?? "",
        link: input.link,
        dedupeKey: input.dedupeKey ?? null,
        createdAt: now.toISOString(),
      })
      .onConflictDoNothing()
      .returning()
      .get();
    if (row) created.push(row);
  }
  queueImmediateMails(tx, created, now);
  return created;
}
