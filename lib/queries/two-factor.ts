import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { twoFactorRecoveryCodes, twoFactorSecrets, users } from "@/db/schema";
import { readSettings } from "@/lib/settings";
import { decryptSecret, totpUri } from "@/lib/two-factor-crypto";

export type TwoFactorStatus =
  | { state: "off" }
  /** Enrolment started: the secret is shown to its owner (QR code and text) until a code confirms it. */
  | { state: "pending"; secret: string; uri: string }
  | { state: "on"; enabledAt: string; recoveryCodesLeft: number };

/** One's own two-factor state, for the account page only (a pending secret is its owner's to see). */
export function getOwnTwoFactorStatus(userId: number): TwoFactorStatus {
  const db = getDb();
  const row = db.select().from(twoFactorSecrets).where(eq(twoFactorSecrets.userId, userId)).get();
  if (!row) return { state: "off" };
  if (row.enabledAt) {
    const left = db
      .select({ value: count() })
      .from(twoFactorRecoveryCodes)
      .where(and(eq(twoFactorRecoveryCodes.userId, userId), isNull(twoFactorRecoveryCodes.usedAt)))
      .get();
    return { state: "on", enabledAt: row.enabledAt, recoveryCodesLeft: left?.value ?? 0 };
  }
  const user = db.select({ email: users.email }).from(users).where(eq(users.id, userId)).get();
  const secret = decryptSecret(row.secretEncrypted);
  return { state: "pending", secret, uri: totpUri(secret, user?.email ?? "Styrerum", `Styrerum ${readSettings(db).municipalityName}`) };
}

/** Whether a user has two-factor sign-in on, for the administrators' user page. */
export function hasTwoFactorEnabled(userId: number): boolean {
  const row = getDb().select({ enabledAt: twoFactorSecrets.enabledAt }).from(twoFactorSecrets).where(eq(twoFactorSecrets.userId, userId)).get();
  return Boolean(row?.enabledAt);
}
