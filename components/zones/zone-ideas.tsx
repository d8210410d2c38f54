import { ideaStatusLabels } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import type { listZoneIdeas } from "@/lib/queries/zones";

type ZoneIdea = ReturnType<typeof listZoneIdeas>[number];

export function ZoneIdeas({ ideas }: { ideas: ZoneIdea[] }) {
  return (
    <section aria-labelledby="ideas-heading" className="card">
      <h2 id="ideas-heading" className="mb-3 text-xl font-semibold">
        Idéer <span className="font-normal text-muted">({ideas.length})</span>
      </h2>
      {ideas.length === 0 ? (
        <p className="text-muted">Ingen idéer er knyttet til rummet endnu.</p>
      ) : (
        <ul className="space-y-2">
          {ideas.map((idea) => (
            <li key={idea.id} className="border-b border-gray-200 pb-2 last:border-b-0">
              <p className="font-medium">{idea.title}</p>
              <p className="text-sm text-muted">
                {ideaStatusLabels[idea.status]} · {idea.votes} {idea.votes === 1 ? "stemme" : "stemmer"} · {formatDate(idea.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
