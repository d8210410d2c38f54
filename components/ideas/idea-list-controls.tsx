import { ideaStatuses } from "@/lib/codes";
import { ideaStatusLabels } from "@/lib/domain/labels";
import type { IdeaListFilter } from "@/lib/validation/ideas";

/** Sort and status as a GET form, so the choice is in the URL and works without JavaScript; a zone filter is kept. */
export function IdeaListControls({ filter }: { filter: IdeaListFilter }) {
  return (
    <form method="get" action="/ideas" aria-label="Sortér og filtrér idéer" className="mb-4 flex flex-wrap items-end gap-3">
      {filter.rum && <input type="hidden" name="rum" value={filter.rum} />}
      <div>
        <label htmlFor="ideas-sort" className="mb-1 block text-sm font-semibold">
          Sortér efter
        </label>
        <select id="ideas-sort" name="sort" defaultValue={filter.sort} className="field">
          <option value="votes">Flest stemmer</option>
          <option value="newest">Nyeste</option>
        </select>
      </div>
      <div>
        <label htmlFor="ideas-status" className="mb-1 block text-sm font-semibold">
          Status
        </label>
        <select id="ideas-status" name="status" defaultValue={filter.status ?? ""} className="field">
          <option value="">Alle</option>
          {ideaStatuses.map((status) => (
            <option key={status} value={status}>
              {ideaStatusLabels[status]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn btn-secondary">
        Vis
      </button>
    </form>
  );
}
