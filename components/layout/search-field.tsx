import { SlashFocus } from "@/components/search/slash-focus";

const fieldId = "shell-search";

/** The search field of every portal page: a plain GET form to /search; "/" focuses it from anywhere. */
export function SearchField() {
  return (
    <form method="get" action="/search" role="search" aria-label="Søg i portalen" className="px-4 pb-3 lg:pb-4">
      <label htmlFor={fieldId} className="mb-1 block text-sm font-semibold text-brand-100">
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
