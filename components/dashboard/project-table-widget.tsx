import { ProjectTable, type SortableColumn } from "@/components/projects/project-table";
import { listProjects } from "@/lib/queries/projects";
import { portfolioHref, portfolioSortKeys, type PortfolioFilter, type PortfolioSortKey } from "@/lib/validation/portfolio";

const sortLabels: Record<PortfolioSortKey, string> = {
  code: "Nr.",
  title: "Projekt",
  department: "Afdeling",
  phase: "Fase",
  purpose: "Formål",
  budget: "Budget",
  end: "Forventet slut",
  status: "Status",
};

/** The register under the filters, sortable by every column; the exports read the same query. */
export async function ProjectTableWidget({ filter }: { filter: PortfolioFilter }) {
  const projects = listProjects(filter);
  const columns: SortableColumn[] = portfolioSortKeys.map((key) => {
    const active = filter.sort === key;
    return {
      key,
      label: sortLabels[key],
      href: `${portfolioHref("/portfolio", filter, { sort: key, dir: active && filter.dir === "asc" ? "desc" : "asc" })}#projekter`,
      sorted: active ? (filter.dir === "asc" ? "ascending" : "descending") : undefined,
    };
  });
  return (
    <>
      <p id="project-count" className="mb-2 text-sm text-muted" aria-live="polite">
        {projects.length} projekter
      </p>
      <ProjectTable projects={projects} caption="Projekter i porteføljen" columns={columns} showStatus />
    </>
  );
}
