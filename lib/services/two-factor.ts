import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { sessions, twoFactorRecoveryCodes, twoFactorSecrets, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { isTwoFactorRequired, normalizeTotpCode } from "@/lib/domain/two-factor";
import { verifyPassword } from "@/lib/password";
import { readSettings } from "@/lib/settings";
import { decryptSecret, encryptSecret, matchingStep, newRecoveryCodes, newTotpSecret, sha256 } from "@/lib/two-factor-crypto";
import { enrolmentConfirmSchema, twoFactorDisableSchema } from "@/lib/validation/two-factor";
import type { SessionUser } from "./auth";
import { ForbiddenError, NotFoundError, ServiceError, ValidationError } from "./errors";
import { authorize, parseInput, type ActingUser } from "./guard";

/** Who sets up or turns off their own two-factor sign-in. */
export type TwoFactorActor = Pick<SessionUser, "id" | "role" | "departmentId">;

export const wrongCodeMessage = "Koden er forkert eller udløbet. Skriv den kode, appen viser nu.";
export const alreadyEnabledMessage = "Totrinsbekræftelse er allerede slået til.";

function activeUserOrThrow(db: DbOrTx, id: number) {
  const user = db.select().from(users).where(eq(users.id, id)).get();
  if (!user || !user.active) throw new ForbiddenError("Din konto er ikke aktiv.");
  return user;
}

const enabledRowOf = (db: DbOrTx, userId: number) =>
  db
    .select()
    .from(twoFactorSecrets)
    .where(and(eq(twoFactorSecrets.userId, userId), isNotNull(twoFactorSecrets.enabledAt)))
    .get();

/**
 * Starts (or restarts) enrolment: a new secret, kept encrypted and not yet in force until a code confirms it.
 * Refused while two-factor is already on.
 */
export function startTwoFactorEnrolment(actor: TwoFactorActor, now = new Date()): void {
  const db = getDb();
  activeUserOrThrow(db, actor.id);
  db.transaction((tx) => {
    if (enabledRowOf(tx, actor.id)) throw new ServiceError(alreadyEnabledMessage);
    const secretEncrypted = encryptSecret(newTotpSecret());
    tx.insert(twoFactorSecrets)
      .values({ userId: actor.id, secretEncrypted, enabledAt: null, lastUsedStep: 0, createdAt: now.toISOString() })
      .onConflictDoUpdate({ target: twoFactorSecrets.userId, set: { secretEncrypted, enabledAt: null, lastUsedStep: 0, createdAt: now.toISOString() } })
      .run();
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "two_factor.enrol_start", objectType: "user", objectId: actor.id });
  });
}

/**
 * Confirms enrolment with a current code: two-factor is on from now, ten recovery codes are made (returned once,
 * kept hashed), and the user's sessions that waited for enrolment may go on.
 */
export function confirmTwoFactorEnrolment(
  actor: TwoFactorActor,
  formData: FormData | Record<string, unknown>,
  now = new Date(),
  ip: string | null = null,
): { recoveryCodes: string[] } {
  const db = getDb();
  activeUserOrThrow(db, actor.id);
  const input = parseInput(enrolmentConfirmSchema, formData);
  const pending = db.select().from(twoFactorSecrets).where(eq(twoFactorSecrets.userId, actor.id)).get();
  if (!pending) throw new NotFoundError("Start opsætningen af totrinsbekræftelse forfra.");
  if (pending.enabledAt) throw new ServiceError(alreadyEnabledMessage);
  const code = normalizeTotpCode(input.code);
  const step = code ? matchingStep(decryptSecret(pending.secretEncrypted), code, now) : null;
  if (step === null) {
    db.transaction((tx) =>
      recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "two_factor.enable", objectType: "user", objectId: actor.id, outcome: "failure", ip }),
    );
    throw new ValidationError({ code: [wrongCodeMessage] });
  }
  const recoveryCodes = newRecoveryCodes();
  db.transaction((tx) => {
    const changed = tx
      .update(twoFactorSecrets)
      .set({ enabledAt: now.toISOString(), lastUsedStep: step })
      .where(and(eq(twoFactorSecrets.userId, actor.id), eq(twoFactorSecrets.secretEncrypted, pending.secretEncrypted)))
      .run().changes;
    if (changed !== 1) throw new ServiceError("Opsætningen blev startet forfra et andet sted. Scan den nye QR-kode.");
    tx.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, actor.id)).run();
    tx.insert(twoFactorRecoveryCodes)
      .values(recoveryCodes.map((recoveryCode) => ({ userId: actor.id, codeHash: sha256(recoveryCode) })))
      .run();
    tx.update(sessions).set({ twoFactorEnrolmentRequired: false }).where(eq(sessions.userId, actor.id)).run();
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "two_factor.enable", objectType: "user", objectId: actor.id, ip });
  });
  return { recoveryCodes };
}

/** Turns one's own two-factor off: the password and a current code are both needed; a role that requires it may not. */
export async function disableTwoFactor(
  actor: TwoFactorActor,
  formData: FormData | Record<string, unknown>,
  now = new Date(),
  ip: string | null = null,
): Promise<void> {
  const db = getDb();
  const user = activeUserOrThrow(db, actor.id);
  const input = parseInput(twoFactorDisableSchema, formData);
  const row = enabledRowOf(db, actor.id);
  if (!row) throw new ServiceError("Totrinsbekræftelse er ikke slået til.");
  if (isTwoFactorRequired(user.role, readSettings(db).requireTwoFactorRoles)) {
    throw new ForbiddenError("Din rolle skal bruge totrinsbekræftelse, så den kan ikke slås fra. En administrator kan nulstille den.");
  }
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  const code = normalizeTotpCode(input.code);
  const step = code ? matchingStep(decryptSecret(row.secretEncrypted), code, now) : null;
  const codeOk = step !== null && step > row.lastUsedStep;
  if (!passwordOk || !codeOk) {
    db.transaction((tx) =>
      recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "two_factor.disable", objectType: "user", objectId: actor.id, outcome: "failure", ip }),
    );
    const fieldErrors: Record<string, string[]> = {};
    if (!passwordOk) fieldErrors.password = ["Adgangskoden er forkert"];
    if (!codeOk) fieldErrors.code = [wrongCodeMessage];
    throw new ValidationError(fieldErrors);
  }
  db.transaction((tx) => {
    tx.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, actor.id)).run();
    tx.delete(twoFactorSecrets).where(eq(twoFactorSecrets.userId, actor.id)).run();
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "two_factor.disable", objectType: "user", objectId: actor.id, ip });
  });
}

/**
 * An administrator's reset of someone's two-factor sign-in (a lost phone): secret and recovery codes are gone, so
 * the user signs in with the password alone, or, when their role requires two-factor, must enrol again first.
 */
export function resetUserTwoFactor(actor: ActingUser, id: number): { hadTwoFactor: boolean } {
  authorize(actor, "admin.manage", undefined, { action: "user.two_factor_reset", objectType: "user", objectId: id });
  const db = getDb();
  const required = readSettings(db).requireTwoFactorRoles;
  return db.transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, id)).get();
    if (!user) throw new NotFoundError("Brugeren findes ikke.");
    const hadTwoFactor = Boolean(enabledRowOf(tx, id));
    tx.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, id)).run();
    tx.delete(twoFactorSecrets).where(eq(twoFactorSecrets.userId, id)).run();
    if (isTwoFactorRequired(user.role, required)) {
      tx.update(sessions).set({ twoFactorEnrolmentRequired: true }).where(eq(sessions.userId, id)).run();
    }
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "user.two_factor_reset", objectType: "user", objectId: id, changes: { hadTwoFactor } });
    return { hadTwoFactor };
  });
}
