import Link from "@/components/ui/link";
import { experimentDecisionLabels, experimentStateLabels, radarRingLabels } from "@/lib/domain/labels";
import { formatDate, formatKr } from "@/lib/format";
import type { ZoneExperiment } from "@/lib/queries/zones";

const stateOrder = ["awaiting_approval", "running", "draft", "finished", "rejected"] as const;

export function ZoneExperiments({ experiments, newHref }: { experiments: ZoneExperiment[]; newHref: string | null }) {
  return (
    <section aria-labelledby="experiments-heading">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 id="experiments-heading" className="text-xl font-semibold">
          Forsøg <span className="font-normal text-muted">({experiments.length})</span>
        </h2>
        {newHref && (
          <Link href={newHref} className="btn">
            Nyt forsøg
          </Link>
        )}
      </div>
      {experiments.length === 0 && <p className="card text-muted">Ingen forsøg i rummet endnu.</p>}
      {stateOrder.map((state) => {
        const group = experiments.filter((experiment) => experiment.state === state);
        if (group.length === 0) return null;
        return (
          <section key={state} aria-labelledby={`experiments-${state}`} className="mb-4">
            <h3 id={`experiments-${state}`} className="mb-2 text-lg font-semibold">
              {experimentStateLabels[state]} <span className="font-normal text-muted">({group.length})</span>
            </h3>
            <ul className="grid gap-3 lg:grid-cols-2">
              {group.map((experiment) => (
                <li key={experiment.id} className="card">
                  <Link href={`/experiments/${experiment.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
                    {experiment.title}
                  </Link>
                  <p className="text-sm">
                    {formatKr(experiment.moneyAtRiskKr)} på spil · {experiment.technology} ({radarRingLabels[experiment.radarRing]})
                  </p>
                  <p className="text-sm text-muted">
                    {formatDate(experiment.periodStart)} – {formatDate(experiment.periodEnd)} · {experiment.creatorName}
                    {experiment.decision && ` · Beslutning: ${experimentDecisionLabels[experiment.decision]}`}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
