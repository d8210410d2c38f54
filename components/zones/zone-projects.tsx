import Link from "@/components/ui/link";
import { LightBadge } from "@/components/ui/light-badge";
import { PhaseBadge } from "@/components/ui/phase-badge";
import { TableScroller } from "@/components/ui/table-scroller";
import type { ZoneProject } from "@/lib/queries/zones";

export function ZoneProjects({ projects }: { projects: ZoneProject[] }) {
  return (
    <section aria-labelledby="projects-heading">
      <h2 id="projects-heading" className="mb-3 text-xl font-semibold">
        Projekter <span className="font-normal text-muted">({projects.length})</span>
      </h2>
      {projects.length === 0 ? (
        <p className="card text-muted">Ingen projekter er forankret i rummet endnu.</p>
      ) : (
        <TableScroller label="Rummets projekter">
          <table className="w-full text-left text-sm">
            <thead className="bg-gray-50">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Projekt
                </th>
                <th scope="col" className="px-3 py-2">
                  Fase
                </th>
                <th scope="col" className="px-3 py-2">
                  Afdeling
                </th>
                <th scope="col" className="px-3 py-2">
                  Seneste status
                </th>
              </tr>
            </thead>
            <tbody>
              {projects.map((project) => (
                <tr key={project.code} className="border-t border-gray-200">
                  <td className="px-3 py-1">
                    <Link href={`/projects/${project.code}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
                      <span className="mr-2 font-mono text-xs">{project.code}</span>
                      {project.title}
                    </Link>
                  </td>
                  <td className="px-3 py-1">
                    <PhaseBadge phase={project.phase} />
                  </td>
                  <td className="px-3 py-1">{project.departmentName}</td>
                  <td className="px-3 py-1">
                    <LightBadge light={project.overallLight} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
    </section>
  );
}
