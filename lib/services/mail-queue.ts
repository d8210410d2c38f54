import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { mailMessages, notificationPreferences, users } from "@/db/schema";
import { effectiveMailPreferences } from "@/lib/domain/mail-preferences";
import { parseMailConfig } from "@/lib/config";
import { composeNotificationMail, type ComposedMail } from "@/lib/mail/compose";
import type { MailSource } from "@/lib/mail/codes";
import type { CreatedNotification } from "./notifications";

export type QueueInput = { userId: number | null; recipient: string; mail: ComposedMail; source: MailSource; sourceId: number | null };

/** Puts one mail in the queue, due at once; returns its id. Call inside the transaction of what caused it. */
export function queueMail(tx: DbOrTx, input: QueueInput, now: Date): number {
  const at = now.toISOString();
  const row = tx
    .insert(mailMessages)
    .values({
      userId: input.userId,
      recipient: input.recipient,
      subject: input.mail.subject,
      text: input.mail.text,
      html: input.mail.html,
      source: input.source,
      sourceId: input.sourceId,
      nextAttemptAt: at,
      createdAt: at,
    })
    .returning({ id: mailMessages.id })
    .get();
  return row.id;
}

/**
 * Queues a mail for each just-created notification whose recipient wants that kind immediately, inside the
 * transaction that created the notifications (so a mail exists exactly when its notification does). Returns how
 * many were queued.
 */
export function queueImmediateMails(tx: DbOrTx, created: readonly CreatedNotification[], now: Date): number {
  if (created.length === 0) return 0;
  const userIds = [...new Set(created.map((notification) => notification.userId))];
  const recipients = new Map(
    tx
      .select({ id: users.id, name: users.name, email: users.email, role: users.role })
      .from(users)
      .where(and(inArray(users.id, userIds), eq(users.active, true)))
      .all()
      .map((user) => [user.id, user]),
  );
  const saved = tx
    .select({ userId: notificationPreferences.userId, kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(inArray(notificationPreferences.userId, userIds))
    .all();
  const { publicUrl } = parseMailConfig(process.env);
  let queued = 0;
  for (const notification of created) {
    const user = recipients.get(notification.userId);
    if (!user) continue;
    const preferences = effectiveMailPreferences(user.role, saved.filter((choice) => choice.userId === user.id));
    if (preferences[notification.kind] !== "immediate") continue;
    queueMail(
      tx,
      { userId: user.id, recipient: user.email, mail: composeNotificationMail(user.name, notification, publicUrl), source: "notification", sourceId: notification.id },
      now,
    );
    queued += 1;
  }
  return queued;
}
