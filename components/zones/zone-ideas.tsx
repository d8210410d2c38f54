import Link from "@/components/ui/link";
import { ideaStatusLabels } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import type { ZoneIdeas as ZoneIdeaList } from "@/lib/queries/zones";

/** The zone's newest ideas, each a link to the idea, and a link to all of them in the idea box when there are more. */
export function ZoneIdeas({ ideas: { rows: ideas, total }, slug }: { ideas: ZoneIdeaList; slug: string }) {
  return (
    <section aria-labelledby="ideas-heading" className="card">
      <h2 id="ideas-heading" className="mb-3 text-xl font-semibold">
        Idéer <span className="font-normal text-muted">({total})</span>
      </h2>
      {ideas.length === 0 ? (
        <p className="text-muted">Ingen idéer er knyttet til rummet endnu.</p>
      ) : (
        <ul className="space-y-2">
          {ideas.map((idea) => (
            <li key={idea.id} className="border-b border-gray-200 pb-2 last:border-b-0">
              <Link href={`/ideas/${idea.id}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
                {idea.title}
              </Link>
              <p className="text-sm text-muted">
                {ideaStatusLabels[idea.status]} · {idea.votes} {idea.votes === 1 ? "stemme" : "stemmer"} · {formatDate(idea.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {total > ideas.length && (
        <Link href={`/ideas?rum=${slug}&sort=newest`} className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
          Se alle {total} idéer i idékassen
        </Link>
      )}
    </section>
  );
}
