import Link from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { experimentDecisionLabels, experimentStateLabels, radarRingLabels } from "@/lib/domain/labels";
import { formatDate, formatKr } from "@/lib/format";
import { zoneExperimentStateOrder, type ZoneExperimentPage } from "@/lib/queries/zones";
import type { SearchParams } from "@/lib/validation/pagination";

/** The search parameter of the zone page's experiment pages. */
export const zoneExperimentPageParam = "forsog";

/**
 * One page of the zone's experiments, grouped by state; a group's heading counts all the zone's experiments in that
 * state, so a group that continues on the next page says so by its count.
 */
export function ZoneExperiments({
  experiments: { rows, info, countByState },
  newHref,
  path,
  searchParams,
}: {
  experiments: ZoneExperimentPage;
  newHref: string | null;
  /** The zone page's path, for the page links. */
  path: string;
  searchParams: SearchParams;
}) {
  return (
    <section aria-labelledby="experiments-heading">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 id="experiments-heading" className="text-xl font-semibold">
          Forsøg <span className="font-normal text-muted">({info.total})</span>
        </h2>
        {newHref && (
          <Link href={newHref} className="btn">
            Nyt forsøg
          </Link>
        )}
      </div>
      {info.total === 0 && <p className="card text-muted">Ingen forsøg i rummet endnu.</p>}
      {zoneExperimentStateOrder.map((state) => {
        const group = rows.filter((experiment) => experiment.state === state);
        if (group.length === 0) return null;
        return (
          <section key={state} aria-labelledby={`experiments-${state}`} className="mb-4">
            <h3 id={`experiments-${state}`} className="mb-2 text-lg font-semibold">
              {experimentStateLabels[state]} <span className="font-normal text-muted">({countByState[state] ?? group.length})</span>
            </h3>
            <ul className="grid gap-3 lg:grid-cols-2">
              {group.map((experiment) => (
                <li key={experiment.id} className="card">
                  <a href={`/experiments/${experiment.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
                    {experiment.title}
                  </a>
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
      <Pagination info={info} path={path} searchParams={searchParams} param={zoneExperimentPageParam} anchor="#experiments-heading" noun={{ one: "forsøg", many: "forsøg" }} label="Sider med rummets forsøg" withCount={false} />
    </section>
  );
}
