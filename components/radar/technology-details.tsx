import Link from "@/components/ui/link";
import { ExperimentStateBadge } from "@/components/experiments/state-badge";
import { PhaseBadge } from "@/components/ui/phase-badge";
import { radarRingLabels } from "@/lib/domain/labels";
import type { RadarEntry } from "@/lib/queries/radar";

/** The experiments and projects behind one dot of the radar. */
export function TechnologyDetails({ entry }: { entry: RadarEntry }) {
  return (
    <section id="technology-details" aria-labelledby="technology-heading" className="card space-y-4" tabIndex={-1}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="technology-heading" className="text-xl font-semibold">
          {entry.name}: {radarRingLabels[entry.ring]}
        </h2>
        <Link href="/zones/radar" className="btn btn-secondary">
          Vis alle teknologier
        </Link>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <div>
          <h3 className="mb-2 font-semibold">Forsøg ({entry.experiments.length})</h3>
          {entry.experiments.length === 0 ? (
            <p className="text-muted">Ingen forsøg.</p>
          ) : (
            <ul className="space-y-1">
              {entry.experiments.map((experiment) => (
                <li key={experiment.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`/experiments/${experiment.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
                    {experiment.title}
                  </Link>
                  <ExperimentStateBadge state={experiment.state} />
                  <span className="text-sm text-muted">vurderet {radarRingLabels[experiment.ring]}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="mb-2 font-semibold">Projekter ({entry.projects.length})</h3>
          {entry.projects.length === 0 ? (
            <p className="text-muted">Ingen projekter.</p>
          ) : (
            <ul className="space-y-1">
              {entry.projects.map((project) => (
                <li key={project.code} className="flex flex-wrap items-center gap-2">
                  <Link href={`/projects/${project.code}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
                    <span className="mr-2 font-mono text-xs">{project.code}</span>
                    {project.title}
                  </Link>
                  <PhaseBadge phase={project.phase} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
