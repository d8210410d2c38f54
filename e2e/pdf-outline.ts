/**
 * Just enough PDF reading for the print checks, for Chromium's own PDFs (page.pdf with `outline: true`):
 * the number of pages, and on which page each heading starts.
 *
 * Chromium writes page text as glyph ids in compressed streams, so the text itself is not searched. Instead the
 * outline (the bookmarks Chromium makes from the document's h1–h6) is read: each entry is a heading's text, in
 * UTF-16BE hex, and a destination that names the page object it is on. Page objects are numbered by their order in
 * the page tree's /Kids. Chromium writes plain (not compressed) objects for these dictionaries.
 */
export type PdfHeading = { title: string; page: number };

function utf16(hex: string): string {
  const bytes = Buffer.from(hex, "hex");
  const start = bytes[0] === 0xfe && bytes[1] === 0xff ? 2 : 0;
  let text = "";
  for (let index = start; index + 1 < bytes.length; index += 2) text += String.fromCharCode(bytes.readUInt16BE(index));
  return text;
}

function literal(value: string): string {
  return value.replace(/\\([()\\])/g, "$1");
}

/** `/Type /Page` dictionaries, not the `/Type /Pages` tree nodes. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** The page object numbers in reading order, from the /Kids arrays of the page tree (nested trees flattened). */
function pageOrder(text: string): number[] {
  const objects = new Map<number, string>();
  for (const match of text.matchAll(/(\d+) 0 obj\s*<<([\s\S]*?)>>\s*(?:stream|endobj)/g)) objects.set(Number(match[1]), match[2]);
  const root = text.match(/\/Type\s*\/Catalog[\s\S]*?\/Pages (\d+) 0 R/) ?? text.match(/\/Pages (\d+) 0 R[\s\S]*?\/Type\s*\/Catalog/);
  if (!root) throw new Error("no page tree in the PDF");
  const walk = (id: number): number[] => {
    const body = objects.get(id) ?? "";
    const kids = body.match(/\/Kids\s*\[([^\]]*)\]/);
    if (!kids) return [id];
    return [...kids[1].matchAll(/(\d+) 0 R/g)].flatMap((kid) => walk(Number(kid[1])));
  };
  return walk(Number(root[1]));
}

/** Every outline entry (heading) with the 1-based page it starts on. */
export function pdfHeadings(pdf: Buffer): PdfHeading[] {
  const text = pdf.toString("latin1");
  const pages = pageOrder(text);
  const headings: PdfHeading[] = [];
  for (const match of text.matchAll(/\/Title\s*(?:<([0-9A-Fa-f]*)>|\(((?:\\.|[^\\)])*)\))\s*\/Dest\s*\[(\d+) 0 R/g)) {
    const title = match[1] !== undefined ? utf16(match[1]) : literal(match[2]);
    headings.push({ title: title.replace(/\s+/g, " ").trim(), page: pages.indexOf(Number(match[3])) + 1 });
  }
  return headings;
}

/**
 * Whether an outline title is a heading's text. Chromium joins a heading's wrapped lines without the space between
 * them ("medhøj" for "med høj"), so both are compared with their whitespace removed.
 */
export function sameHeading(title: string, heading: string): boolean {
  const squash = (text: string) => text.replace(/\s+/g, "");
  return squash(title) === squash(heading);
}
