import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import path from "node:path";
import { Secret, TOTP } from "otpauth";
import { dataDirectory } from "@/db";
import { formatRecoveryCode, recoveryCodeCount, totpDigits, totpPeriodSeconds, totpWindowSteps } from "@/lib/domain/two-factor";
import { readOrCreateSecret } from "@/lib/secret-file";

/**
 * Authenticator secrets at rest: AES-256-GCM with a key derived from `two-factor-key` in the data folder
 * (mode 600, generated on first use). Whoever copies the database without that file cannot read the secrets.
 */
export const twoFactorKeyFileName = "two-factor-key";
const keys = new Map<string, Buffer>();

function encryptionKey(dataDir: string = dataDirectory()): Buffer {
  const file = path.join(dataDir, twoFactorKeyFileName);
  let key = keys.get(file);
  if (!key) {
    key = createHash("sha256").update(`styrerum two-factor\n${readOrCreateSecret(file)}`).digest();
    keys.set(file, key);
  }
  return key;
}

/** "v1.<iv>.<tag>.<ciphertext>", each base64url. */
export function encryptSecret(plain: string, dataDir?: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(dataDir), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The plain secret; throws when the text was altered or encrypted with another key. */
export function decryptSecret(stored: string, dataDir?: string): string {
  const [version, iv, tag, body] = stored.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined) throw new Error("unreadable two-factor secret");
  const decipher = createDecipheriv("aes-256-gcm", encryptionKey(dataDir), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

/** A new authenticator secret: 160 random bits in base32, as authenticator apps expect. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpOf(secret: string, label = "Styrerum", issuer = "Styrerum"): TOTP {
  return new TOTP({ issuer, label, algorithm: "SHA1", digits: totpDigits, period: totpPeriodSeconds, secret: Secret.fromBase32(secret) });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, accountName: string, issuer: string): string {
  return totpOf(secret, accountName, issuer).toString();
}

/** The time step the code belongs to (within ±1 step of now), or null when it matches none. */
export function matchingStep(secret: string, code: string, now: Date): number | null {
  const timestamp = now.getTime();
  const delta = totpOf(secret).validate({ token: code, timestamp, window: totpWindowSteps });
  if (delta === null) return null;
  return Math.floor(timestamp / 1000 / totpPeriodSeconds) + delta;
}

/** Recovery codes and tokens are long and random, so a plain SHA-256 is enough to keep them. */
export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, () => formatRecoveryCode(randomBytes(10)));
}

/** An unguessable token for a pending sign-in (256 bits, base64url). */
export function newPendingToken(): string {
  return randomBytes(32).toString("base64url");
}
