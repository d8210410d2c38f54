import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { oneTimeLinks, sessions, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/password";
import { linkStateMessages, oneTimeLinkExpiry } from "@/lib/domain/user-admin";
import { findOneTimeLink, linkVerdict } from "@/lib/queries/users";
import { setPasswordSchema } from "@/lib/validation/user-admin";
import { hashOneTimeToken } from "@/lib/validation/user-admin-links";
import { ServiceError } from "./errors";
import { queueOneTimeLinkMail } from "./mail-links";
import { parseInput } from "./guard";

/** The address a one-time link opens, relative to the portal. */
export const setPasswordPath = (token: string) => `/set-password/${token}`;

export type IssuedLink = { userId: number; token: string; path: string; expiresAt: string };

/**
 * Inside the caller's transaction: revokes the user's unused links and issues a new one. The token itself is
 * returned once, for the administrator to pass on, and mailed to the user; only its hash is kept.
 */
export function issueOneTimeLink(
  tx: DbOrTx,
  userId: number,
  purpose: "welcome" | "reset",
  createdById: number,
  now: Date,
): IssuedLink {
  const nowIso = now.toISOString();
  tx.update(oneTimeLinks)
    .set({ revokedAt: nowIso })
    .where(and(eq(oneTimeLinks.userId, userId), isNull(oneTimeLinks.usedAt), isNull(oneTimeLinks.revokedAt)))
    .run();
  const token = randomBytes(32).toString("base64url");
  const expiresAt = oneTimeLinkExpiry(now);
  const row = tx
    .insert(oneTimeLinks)
    .values({ userId, purpose, tokenHash: hashOneTimeToken(token), expiresAt, createdById, createdAt: nowIso })
    .returning({ id: oneTimeLinks.id })
    .get();
  const issued = { userId, token, path: setPasswordPath(token), expiresAt };
  queueOneTimeLinkMail(tx, issued, purpose, row.id, now);
  return issued;
}

/** Inside the caller's transaction: every unused link of the user stops working. */
export function revokeOneTimeLinks(tx: DbOrTx, userId: number, now: Date): void {
  tx.update(oneTimeLinks)
    .set({ revokedAt: now.toISOString() })
    .where(and(eq(oneTimeLinks.userId, userId), isNull(oneTimeLinks.usedAt), isNull(oneTimeLinks.revokedAt)))
    .run();
}

/**
 * Sets the password through a one-time link (no sign-in: the link is the proof). The link is spent, every
 * other unused link of the user revoked and any session of theirs ended, all audited in one transaction.
 */
export async function setPasswordWithLink(token: string, formData: FormData | Record<string, unknown>, ip: string | null = null, now = new Date()): Promise<{ email: string }> {
  const before = linkVerdict(findOneTimeLink(getDb(), token), now);
  if (before.state !== "valid") throw new ServiceError(before.message);
  const input = parseInput(setPasswordSchema, formData);
  const passwordHash = await hashPassword(input.password);
  return getDb().transaction((tx) => {
    const link = findOneTimeLink(tx, token);
    const verdict = linkVerdict(link, now);
    if (verdict.state !== "valid" || !link) throw new ServiceError(verdict.state === "valid" ? linkStateMessages.unknown : verdict.message);
    const nowIso = now.toISOString();
    const spent = tx
      .update(oneTimeLinks)
      .set({ usedAt: nowIso })
      .where(and(eq(oneTimeLinks.id, link.id), isNull(oneTimeLinks.usedAt), isNull(oneTimeLinks.revokedAt)))
      .run();
    if (spent.changes === 0) throw new ServiceError(linkStateMessages.used);
    revokeOneTimeLinks(tx, link.userId, now);
    tx.update(users).set({ passwordHash, updatedAt: nowIso }).where(eq(users.id, link.userId)).run();
    tx.delete(sessions).where(eq(sessions.userId, link.userId)).run();
    const role = tx.select({ role: users.role }).from(users).where(eq(users.id, link.userId)).get()?.role ?? null;
    recordAudit(tx, {
      actorId: link.userId,
      actorRole: role,
      action: "user.password_set",
      objectType: "user",
      objectId: link.userId,
      changes: { purpose: link.purpose, linkId: link.id },
      ip,
    });
    return { email: link.userEmail };
  });
}
