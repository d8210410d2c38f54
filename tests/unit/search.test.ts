import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/codes";
import { readableVisibilities } from "@/lib/domain/search-access";
import { ftsMatchExpression, maxSearchWords, searchTerms, termMatcher } from "@/lib/domain/search-query";
import { highlightText, snippetText, type TextSegment } from "@/lib/domain/search-snippet";
import { indexText, normalizeWord, stemWord, wordsOf } from "@/lib/domain/search-text";
import { searchResultHref } from "@/lib/domain/search-types";

const stem = (word: string) => stemWord(normalizeWord(word));
const marked = (segments: TextSegment[]) => segments.filter((segment) => segment.match).map((segment) => segment.text);
const plain = (segments: TextSegment[]) => segments.map((segment) => segment.text).join("");

describe("Danish word forms", () => {
  it("gives borger, borgere, borgerne and borgernes one stem, and sensor and sensorer another", () => {
    expect(new Set(["borger", "borgere", "borgerne", "borgernes", "Borgerne", "BORGERNES"].map(stem))).toEqual(new Set(["borg"]));
    expect(new Set(["sensor", "sensorer", "Sensorerne"].map(stem))).toEqual(new Set(["sensor"]));
    expect(stem("teknologien")).toBe(stem("teknologi"));
  });

  it("keeps numbers and folds case the Danish way, composing decomposed letters", () => {
    expect(stem("2026")).toBe("2026");
    expect(normalizeWord("ÆLDRE")).toBe("ældre");
    expect(normalizeWord("A\u030Arhus")).toBe("århus");
    expect(wordsOf("Å\u030A").length).toBe(1);
  });

  it("indexes every word as its stem followed by the word itself when they differ", () => {
    expect(indexText("Borgerne bruger 2 sensorer.")).toBe("borg borgerne brug bruger 2 sensor sensorer");
    expect(indexText("")).toBe("");
    expect(indexText("— « » ?!")).toBe("");
  });
});

describe("searchTerms and ftsMatchExpression", () => {
  it("searches whole words by their stem and the last word also by its beginning", () => {
    const terms = searchTerms("Borgernes tekno");
    expect(terms).toEqual([
      { word: "borgernes", stem: "borg", prefix: false },
      { word: "tekno", stem: "tekno", prefix: true },
    ]);
    expect(ftsMatchExpression(terms)).toBe('"borg" AND "tekno"*');
    expect(ftsMatchExpression(searchTerms("sensorer"))).toBe('("sensor" OR "sensorer"*)');
  });

  it("leaves out little words unless there is nothing else, and uses at most 12 words", () => {
    expect(searchTerms("sensorer i plejeboliger").map((term) => term.word)).toEqual(["sensorer", "plejeboliger"]);
    expect(searchTerms("og i").map((term) => term.word)).toEqual(["og", "i"]);
    expect(searchTerms(Array.from({ length: 20 }, (_, i) => `ord${i}`).join(" "))).toHaveLength(maxSearchWords);
  });

  it("gives nothing to search for when there are no words", () => {
    expect(ftsMatchExpression(searchTerms(""))).toBeNull();
    expect(ftsMatchExpression(searchTerms('  - * "" () : ^ '))).toBeNull();
  });

  it("never lets signs, quotes or operators break the FTS5 query", () => {
    const db = new Database(":memory:");
    db.exec("create virtual table t using fts5(title, body, tokenize = 'unicode61 remove_diacritics 0')");
    db.prepare("insert into t (title, body) values (?, ?)").run(indexText("Chatbot i Borgerservice"), indexText("Borgerne spørger om NEAR og AND"));
    const nasty = ['"skærm', "NEAR( AND OR * -", "title:borg", "borg*", "^borg", "a OR b", "(", ")", "'; drop table t; --", "{title}: x", "borg +", "x AND", "\u0000", "ü", "日本語", "borger NOT chatbot", "AND", "OR NOT"];
    for (const input of nasty) {
      const match = ftsMatchExpression(searchTerms(input));
      if (match) expect(() => db.prepare("select rowid from t where t match ?").all(match), input).not.toThrow();
    }
    const hits = (input: string) => db.prepare("select rowid from t where t match ?").all(ftsMatchExpression(searchTerms(input))!).length;
    expect(hits("borgernes chatbots")).toBe(1);
    expect(hits("borgerser")).toBe(1);
    expect(hits("NEAR")).toBe(1);
    expect(hits("borgmester")).toBe(0);
    db.close();
  });
});

describe("highlighting", () => {
  const isMatch = termMatcher(searchTerms("borger sens"));

  it("marks every form of a whole word and words beginning with the last one", () => {
    const segments = highlightText("Borgerne får sensorer; borgernes sensor og Sensorik, ikke borgmesteren.", isMatch);
    expect(marked(segments)).toEqual(["Borgerne", "sensorer", "borgernes", "sensor", "Sensorik"]);
    expect(plain(segments)).toBe("Borgerne får sensorer; borgernes sensor og Sensorik, ikke borgmesteren.");
  });

  it("keeps markup as plain text", () => {
    const segments = highlightText("<b>borger</b> <script>alert(1)</script>", isMatch);
    expect(plain(segments)).toBe("<b>borger</b> <script>alert(1)</script>");
    expect(marked(segments)).toEqual(["borger"]);
  });

  it("cuts a long text around its first found word at word boundaries, with … where text was left out", () => {
    const before = "Indledning ".repeat(40);
    const after = " afslutning".repeat(40);
    const segments = snippetText(`${before}Her møder borgerne en sensor.${after}`, isMatch, 120);
    const text = plain(segments);
    expect(text.startsWith("… ")).toBe(true);
    expect(text.endsWith(" …")).toBe(true);
    expect(text).toContain("Her møder borgerne en sensor.");
    expect(text.length).toBeLessThanOrEqual(120 + 4);
    expect(marked(segments)).toEqual(["borgerne", "sensor"]);
  });

  it("shows the beginning of a text without a found word, and a short text whole", () => {
    expect(plain(snippetText("Kort tekst", isMatch))).toBe("Kort tekst");
    expect(plain(snippetText("ord ".repeat(100), isMatch, 40)).startsWith("ord ord")).toBe(true);
  });
});

describe("who reads which documents", () => {
  const actor = (role: Role) => ({ id: 1, role, departmentId: 1 });
  it("lets directors read every meeting, department heads and admins published ones, staff none; deactivated people only admins", () => {
    expect(readableVisibilities(actor("director")).sort()).toEqual(["all", "meeting_published", "meeting_unpublished"]);
    expect(readableVisibilities(actor("department_head")).sort()).toEqual(["all", "meeting_published"]);
    expect(readableVisibilities(actor("admin")).sort()).toEqual(["all", "inactive_person", "meeting_published"]);
    expect(readableVisibilities(actor("staff"))).toEqual(["all"]);
  });

  it("links each type to its page, a person to the user page for administrators only", () => {
    const link = (type: Parameters<typeof searchResultHref>[0]["type"], linkKey = "", managesUsers = false) =>
      searchResultHref({ type, refId: 7, linkKey }, { managesUsers });
    expect(link("project", "DIG-2026-001")).toBe("/projects/DIG-2026-001");
    expect(link("benefit", "DIG-2026-001")).toBe("/projects/DIG-2026-001?tab=benefits#benefit-7");
    expect(link("learning_experiment")).toBe("/learnings/experiment/7");
    expect(link("agenda_item", "3")).toBe("/meetings/3#agenda-item-7");
    expect(link("zone", "velfærd & teknologi")).toBe("/zones/velf%C3%A6rd%20%26%20teknologi");
    expect(link("person")).toBe("/portfolio/projects?owner=7");
    expect(link("person", "", true)).toBe("/admin/users/7");
  });
});
