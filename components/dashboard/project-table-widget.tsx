import { ProjectTable, type SortableColumn } from "@/components/projects/project-table";
import { Pagination } from "@/components/ui/pagination";
import { listProjectPage } from "@/lib/queries/project-page";
import { pageRangeText, type PageRequest, type SearchParams } from "@/lib/validation/pagination";
import { projectListHref, portfolioSortKeys, type PortfolioFilter, type PortfolioSortKey } from "@/lib/validation/portfolio";

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

const projectNoun = { one: "projekt", many: "projekter" };

/** One page of the register under the filters, sortable by every column; the exports read the whole filtered set. */
export async function ProjectTableWidget({ filter, page, searchParams }: { filter: PortfolioFilter; page: PageRequest; searchParams: SearchParams }) {
  const { rows, info } = listProjectPage(filter, page);
  const columns: SortableColumn[] = portfolioSortKeys.map((key) => {
    const active = filter.sort === key;
    return {
      key,
      label: sortLabels[key],
      // A new order starts on page 1.
      href: `${projectListHref(filter, { sort: key, dir: active && filter.dir === "asc" ? "desc" : "asc" })}#projekter`,
      sorted: active ? (filter.dir === "asc" ? "ascending" : "descending") : undefined,
    };
  });
  return (
    <>
      <p id="project-count" className="mb-2 text-sm text-muted" aria-live="polite">
        {pageRangeText(info, projectNoun)}
      </p>
      <ProjectTable projects={rows} caption="Projekter i porteføljen" columns={columns} showStatus />
      <Pagination info={info} path="/portfolio/projects" searchParams={searchParams} anchor="#projekter" noun={projectNoun} withCount={false} />
    </>
  );
}
