import { ProjectTable, type SortableColumn } from "@/components/projects/project-table";
import { rangeText } from "@/lib/domain/pagination";
import { listProjectPage } from "@/lib/queries/project-page";
import { projectListHref, portfolioSortKeys, type PortfolioFilter, type PortfolioSortKey } from "@/lib/validation/portfolio";
import { PageNav } from "./page-nav";

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

/** One page of the register under the filters, sortable by every column; the exports read the whole filtered set. */
export async function ProjectTableWidget({ filter, page: requestedPage }: { filter: PortfolioFilter; page: number }) {
  const { items, total, page, pageCount } = listProjectPage(filter, requestedPage);
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
        {rangeText(page, total, { one: "projekt", many: "projekter" })}
      </p>
      <ProjectTable projects={items} caption="Projekter i porteføljen" columns={columns} showStatus />
      <PageNav href={projectListHref(filter)} page={page} count={pageCount} fragment="#projekter" />
    </>
  );
}
