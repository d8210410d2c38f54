import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { users } from "@/db/schema";
import { parseMailConfig } from "@/lib/config";
import { composeOneTimeLinkMail } from "@/lib/mail/compose-link";
import { queueMail } from "./mail-queue";

export type LinkToMail = { userId: number; path: string; expiresAt: string };

/**
 * Inside the transaction that issued a welcome or reset link: queues the mail that brings it to the user (an
 * active user only). The token leaves the queue's copy as soon as the mail is sent or given up.
 */
export function queueOneTimeLinkMail(tx: DbOrTx, link: LinkToMail, purpose: "welcome" | "reset", linkId: number, now: Date): number | null {
  const user = tx.select({ name: users.name, email: users.email }).from(users).where(and(eq(users.id, link.userId), eq(users.active, true))).get();
  if (!user) return null;
  const { publicUrl } = parseMailConfig(process.env);
  return queueMail(
    tx,
    { userId: link.userId, recipient: user.email, mail: composeOneTimeLinkMail(user.name, purpose, link.path, link.expiresAt, publicUrl), source: "one_time_link", sourceId: linkId },
    now,
  );
}
