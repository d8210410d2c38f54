import { wordsOf } from "./search-text";

/** A piece of text, marked when it is a word the search found. Rendered as text or <mark>, never as HTML. */
export type TextSegment = { text: string; match: boolean };

function segmentsOf(text: string, isMatch: (word: string) => boolean, from: number, to: number): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = from;
  for (const word of wordsOf(text.slice(from, to))) {
    if (!isMatch(word.text)) continue;
    const start = from + word.start;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false });
    segments.push({ text: word.text, match: true });
    cursor = from + word.end;
  }
  if (cursor < to) segments.push({ text: text.slice(cursor, to), match: false });
  return segments;
}

/** A whole (short) text, e.g. a title, with its found words marked. */
export function highlightText(text: string, isMatch: (word: string) => boolean): TextSegment[] {
  return segmentsOf(text, isMatch, 0, text.length);
}

/**
 * A window of a longer text around its first found word (or its beginning), cut at word boundaries, with "…"
 * where text was left out, and the found words marked.
 */
export function snippetText(text: string, isMatch: (word: string) => boolean, maxLength = 200): TextSegment[] {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= maxLength) return segmentsOf(clean, isMatch, 0, clean.length);
  const first = wordsOf(clean).find((word) => isMatch(word.text));
  let start = first ? Math.max(0, first.start - Math.floor(maxLength / 3)) : 0;
  if (start > 0) {
    const space = clean.indexOf(" ", start);
    start = space >= 0 && first && space < first.start ? space + 1 : (first?.start ?? start);
  }
  let end = Math.min(clean.length, start + maxLength);
  if (end < clean.length) {
    const space = clean.lastIndexOf(" ", end);
    if (space > start) end = space;
  }
  const segments = segmentsOf(clean, isMatch, start, end);
  if (start > 0) segments.unshift({ text: "… ", match: false });
  if (end < clean.length) segments.push({ text: " …", match: false });
  return segments;
}
