import Link from "@/components/ui/link";
import { SESSION_SEARCH_MAX } from "@/lib/validation/sessions";

/** Search of the active sessions by the user's name or e-mail, as a plain GET form (works without JavaScript, keeps the URL shareable). */
export function SessionSearchForm({ q }: { q: string }) {
  return (
    <form method="get" action="/admin/sessions" role="search" aria-label="Søg i sessioner" className="card mb-4">
      <label htmlFor="session-search" className="mb-1 block font-semibold">
        Søg efter bruger
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id="session-search"
          name="q"
          type="search"
          className="field min-w-0 flex-1 basis-64"
          defaultValue={q}
          maxLength={SESSION_SEARCH_MAX}
          aria-describedby="session-search-hint"
        />
        <button type="submit" className="btn">
          Søg
        </button>
        {q && (
          <Link href="/admin/sessions" className="btn btn-secondary">
            Vis alle
          </Link>
        )}
      </div>
      <p id="session-search-hint" className="mt-1 text-sm text-muted">
        Navn eller e-mail, eller en del af dem.
      </p>
    </form>
  );
}
