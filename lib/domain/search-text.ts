import { stemmer } from "@orama/stemmers/danish";

/** A word is a run of letters (with their combining marks) and digits; everything else separates words. */
const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;
/** Longer runs (hashes, pasted junk) are cut; no Danish word comes near. */
const maxWordLength = 60;

export type Word = { text: string; start: number; end: number };

/** The words of a text with their places in it. */
export function wordsOf(text: string): Word[] {
  return Array.from(text.matchAll(wordPattern), (match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}

/** A word as the index holds it: composed (NFC), lower-case the Danish way, at most 60 characters. */
export function normalizeWord(word: string): string {
  return word.normalize("NFC").toLocaleLowerCase("da").slice(0, maxWordLength);
}

/** The Danish Snowball stem of a normalized word: "borgere", "borgerne" and "borgernes" all become "borg". */
export function stemWord(normalized: string): string {
  return /^\p{N}+$/u.test(normalized) ? normalized : stemmer(normalized);
}

/**
 * The text the FTS5 index is given for a field: each word as its stem, followed by the word itself when that
 * differs, so a full word finds every form of it and the word being typed can still be matched by its beginning.
 */
export function indexText(text: string): string {
  const tokens: string[] = [];
  for (const { text: word } of wordsOf(text)) {
    const normalized = normalizeWord(word);
    const stem = stemWord(normalized);
    tokens.push(stem);
    if (stem !== normalized) tokens.push(normalized);
  }
  return tokens.join(" ");
}
