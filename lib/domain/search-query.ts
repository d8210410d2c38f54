import { normalizeWord, stemWord, wordsOf } from "./search-text";

/** One word of a search: its normalized form, its stem, and whether it may be the beginning of a longer word. */
export type SearchTerm = { word: string; stem: string; prefix: boolean };

/** At most this many words of a search are used. */
export const maxSearchWords = 12;

/** Little words that say nothing about what is sought; left out unless the search has nothing else. */
const stopWords = new Set(
  "af alle at da de dem den denne der deres det dette du efter eller en er et for fra han hans har her hun hvad hvis hvor i ikke ind jeg kan man med meget men mig min mod ned nu når og også om op os på sig sin skal som til ud under ved vi være".split(
    " ",
  ),
);

/**
 * The words of what was typed, as search terms. The last word is the one being typed: it also matches as the
 * beginning of a word ("tekno" finds "teknologien"). Signs, quotes and operators are never part of a word.
 */
export function searchTerms(input: string): SearchTerm[] {
  const words = wordsOf(input)
    .map((word) => normalizeWord(word.text))
    .slice(0, maxSearchWords);
  const meaningful = words.filter((word) => !stopWords.has(word));
  const chosen = meaningful.length > 0 ? meaningful : words;
  return chosen.map((word, index) => ({ word, stem: stemWord(word), prefix: index === chosen.length - 1 }));
}

const quoted = (token: string) => `"${token.replaceAll('"', '""')}"`;

/**
 * The FTS5 query for the terms: every term must match; a whole word by its stem, the last word also by its
 * beginning. Null when there is nothing to search for.
 */
export function ftsMatchExpression(terms: SearchTerm[]): string | null {
  if (terms.length === 0) return null;
  return terms
    .map((term) => {
      if (!term.prefix) return quoted(term.stem);
      if (term.stem === term.word) return `${quoted(term.word)}*`;
      return `(${quoted(term.stem)} OR ${quoted(term.word)}*)`;
    })
    .join(" AND ");
}

/** Whether a word of a text is one the terms found: the same stem, or the beginning of it for the last term. */
export function termMatcher(terms: SearchTerm[]): (word: string) => boolean {
  const stems = new Set(terms.map((term) => term.stem));
  const prefixes = terms.filter((term) => term.prefix).map((term) => term.word);
  return (word) => {
    const normalized = normalizeWord(word);
    return stems.has(stemWord(normalized)) || stems.has(normalized) || prefixes.some((prefix) => normalized.startsWith(prefix));
  };
}
