import type { Metadata } from "next";
import { SearchForm } from "@/components/search/search-form";
import { SearchGroupCounts, SearchResultList } from "@/components/search/search-results";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireCapability } from "@/lib/auth/current-user";
import { searchableGroups, searchEverything } from "@/lib/queries/search";
import { parsePageRequest, type SearchParams } from "@/lib/validation/pagination";
import { parseSearchInput } from "@/lib/validation/search";

export const metadata: Metadata = { title: "Søg" };

/** Hits per page: each carries a snippet, so a page stays short. */
const SEARCH_PAGE_SIZE = 20;

type Props = { searchParams: Promise<SearchParams> };

export default async function SearchPage({ searchParams }: Props) {
  const user = await requireCapability("portfolio.read");
  const params = await searchParams;
  const input = parseSearchInput(params);
  const groups = searchableGroups(user);
  const results = input.q ? searchEverything(user, input, parsePageRequest(params, "side", SEARCH_PAGE_SIZE)) : null;

  return (
    <>
      <PageHeader
        title="Søg"
        description="Søg i projekter, gevinster, forsøg, erfaringer, udsyn, idéer, udviklingsrum, møder og personer. Du ser kun det, du har adgang til."
      />
      <SearchForm input={input} groups={groups} />
      <section aria-labelledby="search-results-heading">
        <h2 id="search-results-heading" className="mb-3 text-xl font-semibold">
          {results ? `Resultater for »${input.q}«` : "Resultater"}
        </h2>
        {!results && <p className="text-muted">Skriv et eller flere ord i søgefeltet for at søge.</p>}
        {results && results.counts.length === 0 && (
          <p role="status">Ingen resultater for »{input.q}«. Prøv et andet ord, eller begyndelsen af et ord.</p>
        )}
        {results && results.counts.length > 0 && (
          <>
            <SearchGroupCounts q={input.q} current={input.type} counts={results.counts} />
            {results.rows.length === 0 ? (
              <p role="status">Ingen resultater af denne type. Vælg »Alle« for at se de øvrige.</p>
            ) : (
              <SearchResultList hits={results.rows} />
            )}
            <Pagination info={results.info} path="/search" searchParams={params} anchor="#search-results-heading" noun="resultater" />
          </>
        )}
      </section>
    </>
  );
}
