/**
 * Which files may be uploaded as board papers, decided from their content (the first bytes, and for the ZIP-based Office
 * formats the entries of the archive's central directory), never from the name or the type the browser claims. The
 * name's extension must agree with what the content is.
 */

export const fileKinds = ["pdf", "docx", "xlsx", "pptx", "doc", "xls", "ppt", "png", "jpeg", "gif", "webp"] as const;
export type FileKind = (typeof fileKinds)[number];

type KindInfo = { mimeType: string; label: string; extensions: readonly string[]; inline: boolean };

export const fileKindInfo: Record<FileKind, KindInfo> = {
  pdf: { mimeType: "application/pdf", label: "PDF", extensions: ["pdf"], inline: true },
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word", extensions: ["docx"], inline: false },
  xlsx: { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel", extensions: ["xlsx"], inline: false },
  pptx: { mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", label: "PowerPoint", extensions: ["pptx"], inline: false },
  doc: { mimeType: "application/msword", label: "Word (ældre)", extensions: ["doc"], inline: false },
  xls: { mimeType: "application/vnd.ms-excel", label: "Excel (ældre)", extensions: ["xls"], inline: false },
  ppt: { mimeType: "application/vnd.ms-powerpoint", label: "PowerPoint (ældre)", extensions: ["ppt"], inline: false },
  png: { mimeType: "image/png", label: "PNG-billede", extensions: ["png"], inline: true },
  jpeg: { mimeType: "image/jpeg", label: "JPEG-billede", extensions: ["jpg", "jpeg"], inline: true },
  gif: { mimeType: "image/gif", label: "GIF-billede", extensions: ["gif"], inline: true },
  webp: { mimeType: "image/webp", label: "WebP-billede", extensions: ["webp"], inline: true },
};

export const allowedTypesText = "PDF, Word, Excel, PowerPoint og billeder (PNG, JPEG, GIF, WebP)";

const startsWith = (bytes: Uint8Array, prefix: readonly number[], offset = 0) =>
  bytes.length >= offset + prefix.length && prefix.every((value, index) => bytes[offset + index] === value);
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

const cfbfSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const zipLocalHeader = [0x50, 0x4b, 0x03, 0x04];

/** The kind of a file from its content, or null when it is none of the allowed kinds. */
export function detectFileKind(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, ascii("%PDF-"))) return "pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  if (startsWith(bytes, zipLocalHeader)) return officeKindOfZip(bytes);
  if (startsWith(bytes, cfbfSignature)) return legacyOfficeKind(bytes);
  return null;
}

const readUint16 = (bytes: Uint8Array, offset: number) => bytes[offset] | (bytes[offset + 1] << 8);
const readUint32 = (bytes: Uint8Array, offset: number) => (readUint16(bytes, offset) | (readUint16(bytes, offset + 2) << 16)) >>> 0;

/** The entry names of a ZIP archive's central directory, or null when the archive has none that can be read. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  // The end-of-central-directory record is the last 22 bytes, or further back by up to a 64 KB comment.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= lowest; offset -= 1) {
    if (readUint32(bytes, offset) === 0x06054b50) {
      end = offset;
      break;
    }
  }
  if (end < 0) return null;
  const count = readUint16(bytes, end + 10);
  let offset = readUint32(bytes, end + 16);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > bytes.length || readUint32(bytes, offset) !== 0x02014b50) return null;
    const nameLength = readUint16(bytes, offset + 28);
    const extraLength = readUint16(bytes, offset + 30);
    const commentLength = readUint16(bytes, offset + 32);
    if (offset + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function officeKindOfZip(bytes: Uint8Array): FileKind | null {
  const names = zipEntryNames(bytes);
  if (!names) return null;
  if (names.some((name) => name.startsWith("word/"))) return "docx";
  if (names.some((name) => name.startsWith("xl/"))) return "xlsx";
  if (names.some((name) => name.startsWith("ppt/"))) return "pptx";
  return null;
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = ascii(text).flatMap((code) => [code, 0]);
  outer: for (let offset = 0; offset + needle.length <= bytes.length; offset += 1) {
    for (let index = 0; index < needle.length; index += 1) if (bytes[offset + index] !== needle[index]) continue outer;
    return true;
  }
  return false;
}

/** A legacy Office file (compound file) by the name of its main stream, which the directory holds in UTF-16. */
function legacyOfficeKind(bytes: Uint8Array): FileKind | null {
  if (containsUtf16(bytes, "WordDocument")) return "doc";
  if (containsUtf16(bytes, "Workbook") || containsUtf16(bytes, "Book")) return "xls";
  if (containsUtf16(bytes, "PowerPoint Document")) return "ppt";
  return null;
}

/** The lower-case extension of a file name ("rapport.PDF" → "pdf"), or "" when it has none. */
export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName.trim());
  return match ? match[1].toLowerCase() : "";
}

export type FileCheck = { ok: true; kind: FileKind; mimeType: string } | { ok: false; message: string };

/** May this content be uploaded under this name? The Danish answer says why not. */
export function checkUploadedFile(fileName: string, bytes: Uint8Array): FileCheck {
  if (bytes.length === 0) return { ok: false, message: "Filen er tom." };
  const kind = detectFileKind(bytes);
  if (!kind) {
    return { ok: false, message: `Filtypen er ikke tilladt. Indholdet er ikke ${allowedTypesText} — uanset hvad filen hedder.` };
  }
  const info = fileKindInfo[kind];
  const extension = extensionOf(fileName);
  if (!info.extensions.includes(extension)) {
    const named = extension ? `Filnavnet slutter på .${extension}` : "Filnavnet har ingen endelse";
    return { ok: false, message: `${named}, men filen er en ${info.label}-fil. Giv den endelsen .${info.extensions[0]}, og prøv igen.` };
  }
  return { ok: true, kind, mimeType: info.mimeType };
}

/** The kind of a stored type, or null for a type this portal never stores. */
export function kindOfMimeType(mimeType: string): FileKind | null {
  return fileKinds.find((kind) => fileKindInfo[kind].mimeType === mimeType) ?? null;
}

/** Only PDFs and images are ever shown in the browser; everything else is downloaded. */
export function mayShowInline(mimeType: string): boolean {
  const kind = kindOfMimeType(mimeType);
  return kind !== null && fileKindInfo[kind].inline;
}

/** The short Danish name of a stored type ("PDF", "Word"). */
export function fileTypeLabel(mimeType: string): string {
  const kind = kindOfMimeType(mimeType);
  return kind ? fileKindInfo[kind].label : "Fil";
}

/** A file name safe to store and show: no folders, no control characters, at most 200 characters (keeping the extension). */
export function cleanFileName(raw: string): string {
  const base = (raw.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  if (base.length <= 200) return base;
  const extension = extensionOf(base);
  return extension ? `${base.slice(0, 199 - extension.length)}.${extension}` : base.slice(0, 200);
}

/** The RFC 5987/6266 Content-Disposition value for a file name (UTF-8, with a plain ASCII fallback). */
export function contentDisposition(kind: "attachment" | "inline", fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
