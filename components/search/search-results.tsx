import Link from "@/components/ui/link";
import { formatDate } from "@/lib/format";
import { searchGroupLabels, searchGroupPluralLabels, type SearchGroup } from "@/lib/domain/search-types";
import type { SearchHit } from "@/lib/queries/search";
import { HighlightedText } from "./highlighted-text";

/** The hits per type, each a link that narrows the search to that type (or back to all). */
export function SearchGroupCounts({ q, current, counts }: { q: string; current: SearchGroup | undefined; counts: { group: SearchGroup; count: number }[] }) {
  const total = counts.reduce((sum, item) => sum + item.count, 0);
  const href = (group?: SearchGroup) => `/search?${new URLSearchParams(group ? { q, type: group } : { q }).toString()}`;
  const itemClass = (active: boolean) =>
    `touch-target inline-flex items-center rounded-full border px-3 text-sm font-semibold ${
      active ? "border-brand-700 bg-brand-700 text-white" : "border-brand-700 text-brand-800 hover:bg-brand-50"
    }`;
  return (
    <nav aria-label="Resultater pr. type" className="mb-4">
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link href={href()} aria-current={current ? undefined : "page"} className={itemClass(!current)}>
            Alle ({total})
          </Link>
        </li>
        {counts.map(({ group, count }) => (
          <li key={group}>
            <Link href={href(group)} aria-current={current === group ? "page" : undefined} className={itemClass(current === group)}>
              {searchGroupPluralLabels[group]} ({count})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One hit: its type, its title as a link with the found words marked, where it belongs and a snippet. */
function SearchResult({ hit }: { hit: SearchHit }) {
  const context = [hit.date ? formatDate(hit.date) : "", hit.context].filter(Boolean).join(" · ");
  return (
    <li className="card">
      <p className="text-sm font-semibold text-brand-700">{searchGroupLabels[hit.group]}</p>
      <h3 className="text-lg font-semibold">
        <Link href={hit.href} className="inline-flex min-h-11 items-center underline">
          <span>
            <HighlightedText segments={hit.title} />
          </span>
        </Link>
      </h3>
      {context && <p className="text-sm text-muted">{context}</p>}
      {hit.snippet.length > 0 && (
        <p className="mt-2 break-words">
          <HighlightedText segments={hit.snippet} />
        </p>
      )}
    </li>
  );
}

export function SearchResultList({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="space-y-3">
      {hits.map((hit) => (
        <SearchResult key={hit.key} hit={hit} />
      ))}
    </ol>
  );
}
