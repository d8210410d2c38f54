import Link from "next/link";
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
    if (!column) return <th scope="col" className="px-3 py-2 text-left font-semibold">{label}</th>;
    return (
      <th scope="col" aria-sort={column.sorted ?? "none"} className="px-1 py-1 text-left font-semibold">
        <Link href={column.href} className="inline-flex min-h-11 items-center gap-1 rounded px-2 underline-offset-2 hover:underline">
          {label}
          <span aria-hidden="true">{column.sorted === "ascending" ? "▲" : column.sorted === "descending" ? "▼" : "↕"}</span>
        </Link>
      </th>
    );
  };
  return (
    <TableScroller label={caption}>
      <table className="w-full min-w-[720px] text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-50">
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
          {projects.map((project) => (
            <tr key={project.id} className="border-t border-gray-200">
              <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{project.code}</td>
              <td className="px-3 py-2">
                <Link href={`/projects/${project.code}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
                  {project.title}
                </Link>
              </td>
              <td className="px-3 py-2">{project.departmentName}</td>
              <td className="px-3 py-2">
                <PhaseBadge phase={project.phase} />
              </td>
              <td className="px-3 py-2">{purposeLabels[project.purpose]}</td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatKr(project.approvedBudgetKr)}</td>
              <td className="whitespace-nowrap px-3 py-2">{formatDate(project.forecastEnd)}</td>
              {showStatus && (
                <td className="whitespace-nowrap px-3 py-2">
                  <LightBadge light={project.overallLight} />
                </td>
              )}
            </tr>
          ))}
          {projects.length === 0 && (
            <tr>
              <td colSpan={showStatus ? 8 : 7} className="px-3 py-6 text-center text-muted">
                Ingen projekter matcher.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </TableScroller>
  );
}
