import { SlashFocus } from "@/components/search/slash-focus";

const fieldId = "shell-search";

/** The search field of every portal page: a plain GET form to /search; "/" focuses it from anywhere. Below wide screens it sits in the top bar with its label read, not shown. */
export function SearchField() {
  return (
    <form method="get" action="/search" role="search" aria-label="Søg i portalen" className="xl:pb-1">
      <label htmlFor={fieldId} className="sr-only xl:not-sr-only xl:mb-1 xl:block xl:text-sm xl:font-semibold xl:text-brand-100">
        Søg i portalen <span className="font-normal">(tast /)</span>
      </label>
      <div className="flex gap-2">
        <input
          id={fieldId}
          name="q"
          type="search"
          maxLength={200}
          autoComplete="off"
          aria-keyshortcuts="/"
          placeholder="Søg (tast /)"
          className="field min-w-0 flex-1 text-ink focus-visible:outline-white"
        />
        <button type="submit" className="btn btn-secondary shrink-0 focus-visible:outline-white">
          Søg<span className="sr-only"> i portalen</span>
        </button>
      </div>
      <SlashFocus targetId={fieldId} />
    </form>
  );
}
