/**
 * The size rule for a board paper, said the same way in the browser (before the file is sent) and on the server. The
 * limit is the setting "Største bilag" in megabytes (1 MB = 1,048,576 bytes); a file of exactly the limit is allowed.
 * An empty file is refused like no file at all: a form posted without a chosen file carries an empty one.
 */

export const bytesPerMegabyte = 1024 * 1024;

export const noPaperMessage = "Vælg en fil at vedhæfte";

/** The Danish reason a file of this many bytes may not be uploaded under this limit, or null when its size is fine. */
export function paperSizeProblem(sizeInBytes: number, maxSizeMb: number): string | null {
  if (sizeInBytes <= 0) return noPaperMessage;
  if (sizeInBytes > maxSizeMb * bytesPerMegabyte) return `Filen er for stor. Et bilag må højst fylde ${maxSizeMb} MB.`;
  return null;
}
