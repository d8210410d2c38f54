import Link from "@/components/ui/link";
import { inspirationSources } from "@/lib/codes";
import { inspirationSourceLabels } from "@/lib/domain/labels";
import type { InspirationFilter } from "@/lib/validation/inspirations";

const choices = [{ value: undefined, label: "Alle kilder" }, ...inspirationSources.map((value) => ({ value, label: inspirationSourceLabels[value] }))];

export function SourceFilter({ filter }: { filter: InspirationFilter }) {
  return (
    <nav aria-label="Filtrér efter kilde" className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {choices.map((choice) => {
          const current = choice.value === filter.source;
          return (
            <li key={choice.label}>
              <Link
                href={choice.value ? `/outlook?source=${choice.value}` : "/outlook"}
                aria-current={current ? "page" : undefined}
                className={current ? "btn" : "btn btn-secondary"}
              >
                {choice.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
