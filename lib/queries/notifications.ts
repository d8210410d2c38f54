import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db";
import { notifications } from "@/db/schema";
import type { NotificationKind } from "@/lib/codes";
import { clampedOffset, pageInfo, type PageInfo, type PageRequest } from "@/lib/validation/pagination";

/** The bell's number: one count over the (user_id, read_at) index. */
export function countUnreadNotifications(userId: number): number {
  return getDb()
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .get()!.n;
}

/** The bell's number, counted once per request however many parts of the page show it (the menu, /notifications). */
export const requestUnreadNotificationCount = cache((userId: number): number => countUnreadNotifications(userId));

export type NotificationItem = {
  id: number;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  read: boolean;
};

export type NotificationPage = { rows: NotificationItem[]; info: PageInfo; unread: number };

/** One page of a user's notifications, newest first (over the (user_id, created_at) index), and how many are unread. */
export function listNotifications(userId: number, request: PageRequest): NotificationPage {
  const db = getDb();
  const mine = eq(notifications.userId, userId);
  const total = db.select({ n: count() }).from(notifications).where(mine).get()!.n;
  const rows = db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      link: notifications.link,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(mine)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(request.limit)
    .offset(clampedOffset(request, total))
    .all();
  return {
    rows: rows.map(({ readAt, ...row }) => ({ ...row, read: readAt !== null })),
    info: pageInfo(request, total),
    unread: requestUnreadNotificationCount(userId),
  };
}
