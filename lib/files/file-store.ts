import "server-only";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDirectory } from "@/db";
import { filesFolderName } from "@/lib/operations/data-folder";

/** The SHA-256 of some bytes, as 64 lower-case hex digits: the key a stored file is known by. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

const sha256Pattern = /^[0-9a-f]{64}$/;

/** Where the bytes with this hash live: DATA_DIR/files/<first two hex digits>/<sha256>. */
export function storedFilePath(sha256: string, dataDir: string = dataDirectory()): string {
  if (!sha256Pattern.test(sha256)) throw new Error("Not a SHA-256 hex digest");
  return path.join(dataDir, filesFolderName, sha256.slice(0, 2), sha256);
}

/**
 * Stores the bytes under their hash unless they are already there: written to a temporary file in the same folder and
 * renamed into place, so a reader never sees half a file and the same content is stored once. Synchronous, so a
 * service may call it inside its transaction once every check has passed.
 */
export function storeBytes(sha256: string, bytes: Uint8Array, dataDir: string = dataDirectory()): void {
  const target = storedFilePath(sha256, dataDir);
  if (fs.existsSync(target)) return;
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    fs.writeFileSync(temporary, bytes, { mode: 0o600 });
    fs.renameSync(temporary, target);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/** The bytes stored under a hash, or null when the file is missing (a data folder restored without its files). */
export function readStoredBytes(sha256: string, dataDir: string = dataDirectory()): Buffer | null {
  try {
    return fs.readFileSync(storedFilePath(sha256, dataDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
