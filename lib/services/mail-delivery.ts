import "server-only";
import { and, asc, eq, lte } from "drizzle-orm";
import { dataDirectory, getDb } from "@/db";
import { mailMessages } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { logger } from "@/lib/log.mjs";
import { parseMailConfig } from "@/lib/config";
import { nextMailAttempt } from "@/lib/domain/mail-retry";
import { preferencesUrl } from "@/lib/mail/compose";
import { redactOneTimeTokens } from "@/lib/mail/compose-link";
import { createMailTransport, type MailTransport } from "@/lib/mail/transport";

export type DeliveryResult = { sent: number; retrying: number; failed: number };

/** The configured transport: SMTP when STYRERUM_SMTP_URL is set, else the outbox folder. */
export function configuredTransport(): MailTransport {
  return createMailTransport(parseMailConfig(process.env), dataDirectory());
}

/** A one-time link's mail keeps no usable token once it has left the queue. */
const finished = (mail: { source: string; text: string; html: string }) =>
  mail.source === "one_time_link" ? { text: redactOneTimeTokens(mail.text), html: redactOneTimeTokens(mail.html) } : {};

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/** After this many failures in a row the run stops: the server is down, and the rest keep their turn. */
const failuresBeforePause = 3;

/**
 * Sends the queued mails that are due at `now`, oldest first, each outcome written in its own short transaction.
 * A mail that fails is tried again after a growing pause (lib/domain/mail-retry.ts) and, after the last try, marked
 * failed, logged and audited: it is never lost, and sent once unless the process dies between the server's answer
 * and the write that records it. After a few failures in a row the run stops early, so an unreachable server is not
 * asked once per queued mail.
 */
export async function deliverQueuedMails(now = new Date(), transport: MailTransport = configuredTransport(), limit = 200): Promise<DeliveryResult> {
  const db = getDb();
  const { publicUrl } = parseMailConfig(process.env);
  const due = db
    .select()
    .from(mailMessages)
    .where(and(eq(mailMessages.status, "queued"), lte(mailMessages.nextAttemptAt, now.toISOString())))
    .orderBy(asc(mailMessages.nextAttemptAt), asc(mailMessages.id))
    .limit(limit)
    .all();
  const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0 };
  let failuresInARow = 0;
  for (const mail of due) {
    if (failuresInARow >= failuresBeforePause) break;
    const attempts = mail.attempts + 1;
    try {
      await transport.send({ id: mail.id, to: mail.recipient, subject: mail.subject, text: mail.text, html: mail.html, unsubscribeUrl: preferencesUrl(publicUrl) });
      db.update(mailMessages)
        .set({ status: "sent", attempts, sentAt: new Date().toISOString(), lastError: null, ...finished(mail) })
        .where(eq(mailMessages.id, mail.id))
        .run();
      result.sent += 1;
      failuresInARow = 0;
    } catch (error) {
      failuresInARow += 1;
      const decision = nextMailAttempt(attempts, now);
      const lastError = errorText(error);
      db.transaction((tx) => {
        if (decision.giveUp) {
          tx.update(mailMessages).set({ status: "failed", attempts, lastError, ...finished(mail) }).where(eq(mailMessages.id, mail.id)).run();
          recordAudit(tx, { action: "mail.failed", objectType: "mail", objectId: mail.id, outcome: "failure", changes: { attempts, error: lastError } });
        } else {
          tx.update(mailMessages)
            .set({ attempts, lastError, nextAttemptAt: decision.nextAttemptAt.toISOString() })
            .where(eq(mailMessages.id, mail.id))
            .run();
        }
      });
      if (decision.giveUp) {
        result.failed += 1;
        logger.error({ mailId: mail.id, attempts, error: lastError }, "e-mail opgivet efter gentagne fejl");
      } else {
        result.retrying += 1;
        logger.warn({ mailId: mail.id, attempts, nextAttemptAt: decision.nextAttemptAt.toISOString(), error: lastError }, "e-mail kunne ikke sendes; prøver igen");
      }
    }
  }
  return result;
}
