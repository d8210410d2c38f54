import { searchGroupPluralLabels, type SearchGroup } from "@/lib/domain/search-types";
import type { SearchInput } from "@/lib/validation/search";

/** The search of /search as a plain GET form: works without JavaScript and leaves a URL that can be shared. */
export function SearchForm({ input, groups }: { input: SearchInput; groups: SearchGroup[] }) {
  return (
    <form method="get" action="/search" role="search" aria-label="Søg overalt" className="card mb-6">
      <div className="grid gap-4 md:grid-cols-[1fr_16rem]">
        <div>
          <label htmlFor="search-q" className="mb-1 block font-semibold">
            Søg efter
          </label>
          <input id="search-q" name="q" type="search" defaultValue={input.q} maxLength={200} className="field" aria-describedby="search-q-hint" />
          <p id="search-q-hint" className="mt-1 text-sm text-muted">
            Alle bøjninger af et ord findes: &quot;borger&quot; finder også &quot;borgerne&quot;. Begyndelsen af det sidste ord er nok.
          </p>
        </div>
        <div>
          <label htmlFor="search-type" className="mb-1 block font-semibold">
            Type
          </label>
          <select id="search-type" name="type" defaultValue={input.type ?? ""} className="field">
            <option value="">Alle typer</option>
            {groups.map((group) => (
              <option key={group} value={group}>
                {searchGroupPluralLabels[group]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="btn mt-4">
        Søg
      </button>
    </form>
  );
}
