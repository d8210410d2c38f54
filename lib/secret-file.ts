import { randomBytes } from "node:crypto";
import fs from "node:fs";

/** Owner read/write only: the mode of the database, its WAL files and every secret in the data folder. */
export const privateFileMode = 0o600;

/**
 * The secret kept in `file`, generated once (48 random bytes, base64url, mode 600) when the file
 * does not exist yet. Two processes starting together agree on one value: creation is exclusive.
 */
export function readOrCreateSecret(file: string): string {
  if (!fs.existsSync(file)) {
    try {
      fs.writeFileSync(file, `${randomBytes(48).toString("base64url")}\n`, { mode: privateFileMode, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  restrictToOwner(file);
  return fs.readFileSync(file, "utf8").trim();
}

/** The secret in `file`, or null when there is none (never creates one). */
export function readSecret(file: string): string | null {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() || null : null;
}

/** Sets mode 600 on a file that exists (files from older versions may have been created wider). */
export function restrictToOwner(file: string): void {
  if (fs.existsSync(file) && (fs.statSync(file).mode & 0o777) !== privateFileMode) fs.chmodSync(file, privateFileMode);
}
