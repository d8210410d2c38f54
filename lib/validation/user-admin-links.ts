import { createHash } from "node:crypto";
import { z } from "zod";

/** A one-time token as it appears in the link: 32 random bytes in base64url. */
export const oneTimeToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

/** Only the SHA-256 of a token is stored or compared: whoever reads the database cannot use a link. */
export function hashOneTimeToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
