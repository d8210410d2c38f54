import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { notificationPreferences } from "@/db/schema";
import type { Role } from "@/lib/codes";
import { defaultMailPreferences, effectiveMailPreferences, type MailPreferences } from "@/lib/domain/mail-preferences";

export type OwnMailPreferences = { preferences: MailPreferences; defaults: MailPreferences };

/** A user's e-mail choices per kind: their own where saved, their role's default otherwise. */
export function getMailPreferences(userId: number, role: Role, db: DbOrTx = getDb()): OwnMailPreferences {
  const saved = db
    .select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId))
    .all();
  return { preferences: effectiveMailPreferences(role, saved), defaults: defaultMailPreferences(role) };
}
