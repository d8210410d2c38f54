import "server-only";
import { and, desc, eq, gt, inArray, isNull, lte, notExists, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { digestRuns, mailMessages, notificationPreferences, notifications, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { NotificationKind, Role } from "@/lib/codes";
import { parseMailConfig } from "@/lib/config";
import { firstDigestStart, latestDuePeriod, type DigestPeriod } from "@/lib/domain/digest-periods";
import { effectiveMailPreferences, kindsWithDelivery } from "@/lib/domain/mail-preferences";
import { digestFrequencies } from "@/lib/mail/codes";
import { composeDigestMail } from "@/lib/mail/compose";
import { queueMail } from "./mail-queue";

export type DigestResult = { periods: string[]; users: number; mails: number };

/**
 * Queues the digests that are due at `now` and not yet in the sent-log: for each frequency the latest due period
 * (lib/domain/digest-periods.ts), for each active user without a sent-log row for it. A user's digest holds the
 * notifications of the kinds they get in that rhythm, created since the end of their previous digest of it (a missed
 * period is caught up this way), not already mailed at once and not already read in the portal. Each user's sent-log row and mail are written in one
 * short transaction, and the row is unique per user and period: run it as often as you like, before or after a
 * restart. Between users it yields to the event loop, so a morning's digests never stall the portal's requests.
 */
export async function queueDueDigests(now = new Date()): Promise<DigestResult> {
  const result: DigestResult = { periods: [], users: 0, mails: 0 };
  for (const frequency of digestFrequencies) {
    const period = latestDuePeriod(frequency, now);
    const outcome = await queuePeriod(period, now);
    if (outcome.users > 0) result.periods.push(period.key);
    result.users += outcome.users;
    result.mails += outcome.mails;
  }
  return result;
}

type PendingUser = { id: number; name: string; email: string; role: Role };

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function queuePeriod(period: DigestPeriod, now: Date): Promise<{ users: number; mails: number }> {
  const db = getDb();
  const pending = db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        notExists(
          db
            .select({ one: sql`1` })
            .from(digestRuns)
            .where(and(eq(digestRuns.userId, users.id), eq(digestRuns.periodKey, period.key))),
        ),
      ),
    )
    .all();
  if (pending.length === 0) return { users: 0, mails: 0 };
  const saved = db
    .select({ userId: notificationPreferences.userId, kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(inArray(notificationPreferences.userId, pending.map((user) => user.id)))
    .all();
  const { publicUrl } = parseMailConfig(process.env);
  let mails = 0;
  for (const [index, user] of pending.entries()) {
    const kinds = kindsWithDelivery(effectiveMailPreferences(user.role, saved.filter((choice) => choice.userId === user.id)), period.frequency);
    if (queueUserDigest(user, kinds, period, publicUrl, now)) mails += 1;
    if (index % 20 === 19) await yieldToEventLoop();
  }
  if (mails > 0) {
    db.transaction((tx) =>
      recordAudit(tx, { action: "mail.digests_queued", objectType: "digest", objectId: period.key, changes: { users: pending.length, mails } }),
    );
  }
  return { users: pending.length, mails };
}

/** One user's digest for one period, in one transaction: the sent-log row and, when there is news, the mail. */
function queueUserDigest(user: PendingUser, kinds: NotificationKind[], period: DigestPeriod, publicUrl: string, now: Date): boolean {
  const dueAt = period.dueAt.toISOString();
  return getDb().transaction((tx) => {
    const previous = tx
      .select({ coveredUntil: digestRuns.coveredUntil })
      .from(digestRuns)
      .where(and(eq(digestRuns.userId, user.id), eq(digestRuns.frequency, period.frequency)))
      .orderBy(desc(digestRuns.coveredUntil))
      .limit(1)
      .get();
    const since = previous?.coveredUntil ?? firstDigestStart(period).toISOString();
    const items =
      kinds.length === 0 || since >= dueAt
        ? []
        : tx
            .select({ kind: notifications.kind, title: notifications.title, body: notifications.body, link: notifications.link, createdAt: notifications.createdAt })
            .from(notifications)
            .where(
              and(
                eq(notifications.userId, user.id),
                inArray(notifications.kind, kinds),
                gt(notifications.createdAt, since),
                lte(notifications.createdAt, dueAt),
                isNull(notifications.readAt),
                notExists(
                  tx
                    .select({ one: sql`1` })
                    .from(mailMessages)
                    .where(and(eq(mailMessages.source, "notification"), eq(mailMessages.sourceId, notifications.id))),
                ),
              ),
            )
            .all();
    const run = tx
      .insert(digestRuns)
      .values({
        userId: user.id,
        frequency: period.frequency,
        periodKey: period.key,
        coveredUntil: since > dueAt ? since : dueAt,
        notificationCount: items.length,
        createdAt: now.toISOString(),
      })
      .onConflictDoNothing()
      .returning({ id: digestRuns.id })
      .get();
    if (!run || items.length === 0) return false;
    const mailId = queueMail(
      tx,
      { userId: user.id, recipient: user.email, mail: composeDigestMail(user.name, period.frequency, items, publicUrl), source: "digest", sourceId: run.id },
      now,
    );
    tx.update(digestRuns).set({ mailId }).where(eq(digestRuns.id, run.id)).run();
    return true;
  });
}
