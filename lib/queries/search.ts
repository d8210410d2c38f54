import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { readableVisibilities } from "@/lib/domain/search-access";
import { ftsMatchExpression, searchTerms, termMatcher } from "@/lib/domain/search-query";
import { highlightText, snippetText, type TextSegment } from "@/lib/domain/search-snippet";
import {
  searchGroupOfType,
  searchGroups,
  searchResultHref,
  typesOfGroup,
  type SearchDocumentType,
  type SearchGroup,
} from "@/lib/domain/search-types";
import { can, type Actor } from "@/lib/permissions";
import { syncSearchIndex } from "@/lib/search/sync";
import type { SearchInput } from "@/lib/validation/search";
import { clampedOffset, pageInfo, type PageRequest, type Paged } from "@/lib/validation/pagination";

export type SearchHit = {
  key: string;
  group: SearchGroup;
  href: string;
  title: TextSegment[];
  snippet: TextSegment[];
  /** The project, zone or meeting it belongs to, or the person's title and department. */
  context: string;
  /** A meeting's date, or an agenda item's meeting date (yyyy-mm-dd), for the page to format. */
  date: string | null;
};

export type SearchResults = Paged<SearchHit> & { counts: { group: SearchGroup; count: number }[] };

type HitRow = { type: SearchDocumentType; refId: number; title: string; body: string; linkKey: string; context: string; total: number };

/** Titles weigh four times the rest of a document. */
const rank = sql.raw("bm25(search_index, 4.0, 1.0)");

function readableWhere(reader: Actor, match: string, groups: SearchGroup[]): SQL {
  const visibilities = readableVisibilities(reader);
  const types = groups.flatMap(typesOfGroup);
  return sql`search_index match ${match} and d.deleted = 0
    and d.visibility in (${sql.join(visibilities.map((v) => sql`${v}`), sql`, `)})
    and d.type in (${sql.join(types.map((t) => sql`${t}`), sql`, `)})`;
}

/** The groups a reader can ever find something in: meetings and agenda items only for those who may read meetings. */
export function searchableGroups(reader: Actor): SearchGroup[] {
  const visibilities = readableVisibilities(reader);
  const readsMeetings = visibilities.includes("meeting_published") || visibilities.includes("meeting_unpublished");
  return searchGroups.filter((group) => readsMeetings || (group !== "meeting" && group !== "agenda_item"));
}

/**
 * One page of everything the reader may read that matches the search, best first (bm25), with highlighted titles
 * and snippets, and the number of hits in each group. Only documents whose visibility the reader's role allows
 * are ever selected, so nothing else — not even a snippet — leaves the database. The index is brought up to date
 * first.
 */
export function searchEverything(reader: Actor, input: SearchInput, request: PageRequest): SearchResults {
  const db = getDb();
  const empty: SearchResults = { rows: [], info: pageInfo(request, 0), counts: [] };
  const terms = searchTerms(input.q);
  const match = ftsMatchExpression(terms);
  if (!match) return empty;
  const visibilities = readableVisibilities(reader);
  if (visibilities.length === 0) return empty;
  syncSearchIndex(db);

  const groups = searchableGroups(reader);
  const counted = db.all<{ type: SearchDocumentType; n: number }>(sql`
    select d.type as type, count(*) as n from search_index join search_documents d on d.id = search_index.rowid
    where ${readableWhere(reader, match, groups)} group by d.type`);
  const countOf = new Map<SearchGroup, number>();
  for (const row of counted) countOf.set(searchGroupOfType[row.type], (countOf.get(searchGroupOfType[row.type]) ?? 0) + row.n);
  const counts = groups.filter((group) => countOf.has(group)).map((group) => ({ group, count: countOf.get(group)! }));

  const chosen = input.type ? groups.filter((group) => group === input.type) : groups;
  const total = chosen.reduce((sum, group) => sum + (countOf.get(group) ?? 0), 0);
  if (total === 0) return { ...empty, counts };
  const rows = db.all<HitRow>(sql`
    select d.type as type, d.ref_id as refId, d.title as title, d.body as body, d.link_key as linkKey, d.context as context
    from search_index join search_documents d on d.id = search_index.rowid
    where ${readableWhere(reader, match, chosen)}
    order by ${rank}, d.id
    limit ${request.limit} offset ${clampedOffset(request, total)}`);

  const isMatch = termMatcher(terms);
  const viewer = { managesUsers: can(reader, "admin.manage") };
  return {
    counts,
    info: pageInfo(request, total),
    rows: rows.map((row) => ({
      key: `${row.type}-${row.refId}`,
      group: searchGroupOfType[row.type],
      href: searchResultHref(row, viewer),
      title: highlightText(row.title, isMatch),
      snippet: snippetText(row.body, isMatch),
      ...contextOf(row),
    })),
  };
}

/** Meetings carry their date as context; an agenda item its meeting's date and title. */
function contextOf(row: HitRow): { context: string; date: string | null } {
  if (row.type === "meeting") return { context: "", date: row.context };
  if (row.type === "agenda_item") return { context: row.context.slice(11), date: row.context.slice(0, 10) };
  return { context: row.context, date: null };
}
