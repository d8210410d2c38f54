import Link from "@/components/ui/link";
import { LightBadge } from "@/components/ui/light-badge";
import { PhaseBadge } from "@/components/ui/phase-badge";
import { TableScroller } from "@/components/ui/table-scroller";
import { formatDate, formatKr } from "@/lib/format";
import { purposeLabels } from "@/lib/domain/labels";
import type { ProjectListItem } from "@/lib/queries/projects";

export type SortableColumn = { key: string; label: string; href: string; sorted: "ascending" | "descending" | undefined };

export function ProjectTable({
  projects,
  caption,
  columns,
  showStatus = false,
}: {
  projects: ProjectListItem[];
  caption: string;
  columns?: SortableColumn[];
  /** Adds a last column with the overall light of the latest published status report. */
  showStatus?: boolean;
}) {
  const header = (key: string, label: string) => {
    const column = columns?.find((candidate) => candidate.key === key);
    if (!column) return <th scope="col">{label}</th>;
    return (
      <th scope="col" aria-sort={column.sorted ?? "none"} className="!px-1 !py-1">
        <Link href={column.href} className="inline-flex min-h-11 items-center gap-1 rounded px-2 underline-offset-2 hover:underline">
          {label}
          <span aria-hidden="true">{column.sorted === "ascending" ? "▲" : column.sorted === "descending" ? "▼" : "↕"}</span>
        </Link>
      </th>
    );
  };
  return (
    <TableScroller label={caption}>
      <table className="data-table min-w-[720px]">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {header("code", "Nr.")}
            {header("title", "Projekt")}
            {header("department", "Afdeling")}
            {header("phase", "Fase")}
            {header("purpose", "Formål")}
            {header("budget", "Budget")}
            {header("end", "Forventet slut")}
            {showStatus && header("status", "Status")}
          </tr>
        </thead>
        <tbody>
          {/* Plain links: a client-side link per row would add a hydrated component to every one of the 50 rows. */}
          {projects.map((project) => (
            <tr key={project.id}>
              <td className="nowrap font-mono text-xs">{project.code}</td>
              <td>
                <a href={`/projects/${project.code}`} className="row-link">
                  {project.title}
                </a>
              </td>
              <td>{project.departmentName}</td>
              <td>
                <PhaseBadge phase={project.phase} />
              </td>
              <td>{purposeLabels[project.purpose]}</td>
              <td className="num">{formatKr(project.approvedBudgetKr)}</td>
              <td className="nowrap">{formatDate(project.forecastEnd)}</td>
              {showStatus && (
                <td className="nowrap">
                  <LightBadge light={project.overallLight} />
                </td>
              )}
            </tr>
          ))}
          {projects.length === 0 && (
            <tr>
              <td colSpan={showStatus ? 8 : 7} className="!py-6 !text-center text-muted">
                Ingen projekter matcher.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </TableScroller>
  );
}
