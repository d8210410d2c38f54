import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { notificationPreferences, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { notificationKinds } from "@/lib/codes";
import { getMailPreferences } from "@/lib/queries/mail-preferences";
import { mailPreferencesSchema } from "@/lib/validation/mail-preferences";
import type { SessionUser } from "./auth";
import { ForbiddenError } from "./errors";
import { parseInput } from "./guard";

export type MailPreferencesActor = Pick<SessionUser, "id" | "role">;

/**
 * Saves the acting user's own choice of e-mail per notification kind (every kind, so a later change of the role's
 * defaults does not override an explicit choice). Anyone's own preferences only: a form naming another user is
 * refused and audited. Bad input changes nothing.
 */
export function saveMailPreferences(actor: MailPreferencesActor, formData: FormData | Record<string, unknown>): void {
  const input = parseInput(mailPreferencesSchema, formData);
  const db = getDb();
  if (input.userId !== undefined && input.userId !== actor.id) {
    db.transaction((tx) =>
      recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "account.mail_preferences_update", objectType: "user", objectId: input.userId, outcome: "denied" }),
    );
    throw new ForbiddenError("Du kan kun ændre dine egne valg af e-mails.");
  }
  db.transaction((tx) => {
    const user = tx.select({ active: users.active, role: users.role }).from(users).where(eq(users.id, actor.id)).get();
    if (!user?.active) throw new ForbiddenError("Din konto er ikke aktiv.");
    const before = getMailPreferences(actor.id, user.role, tx).preferences;
    const now = new Date().toISOString();
    const changes: Record<string, { from: string; to: string }> = {};
    for (const kind of notificationKinds) {
      const delivery = input[kind];
      if (before[kind] !== delivery) changes[kind] = { from: before[kind], to: delivery };
      tx.insert(notificationPreferences)
        .values({ userId: actor.id, kind, delivery, updatedAt: now })
        .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { delivery, updatedAt: now } })
        .run();
    }
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "account.mail_preferences_update", objectType: "user", objectId: actor.id, changes });
  });
}
