import Link from "@/components/ui/link";
import { LightBadge } from "@/components/ui/light-badge";
import { PhaseBadge } from "@/components/ui/phase-badge";
import { TableScroller } from "@/components/ui/table-scroller";
import type { ZoneProject } from "@/lib/queries/zones";

/** The zone's newest projects, and a link to all of them in the portfolio's register when there are more. */
export function ZoneProjects({ projects: { rows: projects, total }, zoneId }: { projects: { rows: ZoneProject[]; total: number }; zoneId: number }) {
  return (
    <section aria-labelledby="projects-heading">
      <h2 id="projects-heading" className="mb-3 text-xl font-semibold">
        Projekter <span className="font-normal text-muted">({total})</span>
      </h2>
      {projects.length === 0 ? (
        <p className="card text-muted">Ingen projekter er forankret i rummet endnu.</p>
      ) : (
        <TableScroller label="Rummets projekter">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Projekt</th>
                <th scope="col">Fase</th>
                <th scope="col">Afdeling</th>
                <th scope="col">Seneste status</th>
              </tr>
            </thead>
            <tbody>
              {projects.map((project) => (
                <tr key={project.code}>
                  <td>
                    <a href={`/projects/${project.code}`} className="row-link">
                      <code className="mr-2">{project.code}</code>
                      {project.title}
                    </a>
                  </td>
                  <td>
                    <PhaseBadge phase={project.phase} />
                  </td>
                  <td>{project.departmentName}</td>
                  <td>
                    <LightBadge light={project.overallLight} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      {total > projects.length && (
        <Link href={`/portfolio/projects?zone=${zoneId}`} className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
          Se alle {total} projekter i porteføljen
        </Link>
      )}
    </section>
  );
}
