import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { notifications } from "@/db/schema";
import { safeNotificationPath } from "@/lib/domain/notification-texts";
import { NotFoundError } from "./errors";
import { authorize, type ActingUser } from "./guard";

/*
 * Reading one's notifications is not audited: it changes nothing but the reader's own read marks and says nothing
 * about anyone else. Only a refusal (someone else's notification) goes to the audit trail, as every refusal does.
 */

/** Marks one of the actor's own notifications read and returns where it leads; someone else's is refused. */
export function markNotificationRead(actor: ActingUser, notificationId: number, now = new Date()): { link: string } {
  const db = getDb();
  const notification = Number.isSafeInteger(notificationId) && notificationId > 0
    ? db.select({ userId: notifications.userId, link: notifications.link }).from(notifications).where(eq(notifications.id, notificationId)).get()
    : undefined;
  if (!notification) throw new NotFoundError("Notifikationen findes ikke.");
  authorize(actor, "notification.read", { kind: "notification", userId: notification.userId }, { action: "notification.read", objectType: "notification", objectId: notificationId });
  db.transaction((tx) => {
    tx.update(notifications)
      .set({ readAt: now.toISOString() })
      .where(and(eq(notifications.id, notificationId), eq(notifications.userId, actor.id), isNull(notifications.readAt)))
      .run();
  });
  return { link: safeNotificationPath(notification.link) };
}

/** Marks every unread notification of the actor read; returns how many there were. */
export function markAllNotificationsRead(actor: ActingUser, now = new Date()): number {
  return getDb().transaction((tx) =>
    tx.update(notifications)
      .set({ readAt: now.toISOString() })
      .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)))
      .run().changes,
  );
}
