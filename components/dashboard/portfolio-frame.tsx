import Link from "@/components/ui/link";
import { ImportLink } from "@/components/import/import-link";
import { PageHeader } from "@/components/ui/page-header";
import { getFilterOptions } from "@/lib/queries/dashboard-options";
import { isFiltered, portfolioQuery, type PortfolioFilter } from "@/lib/validation/portfolio";
import { ExportLinks } from "./export-links";
import { FilterSummary } from "./filter-form";
import { PortfolioViews, type PortfolioView } from "./portfolio-views";

type Props = {
  view: PortfolioView;
  title: string;
  description: string;
  filter: PortfolioFilter;
  user: Parameters<typeof ImportLink>[0]["user"];
};

/** The exports and the import are of projects, so the views that show projects offer them. */
const exportsProjects: Record<PortfolioView, boolean> = { overview: true, projects: true, roadmap: false, risks: false };

/** The filter form's own page, which returns to `view` with the chosen filters. */
export function portfolioFilterHref(view: PortfolioView, filter: PortfolioFilter): string {
  const query = portfolioQuery(filter, {}, { sorting: view === "projects" });
  return `/portfolio/filter?visning=${view}${query ? `&${query}` : ""}`;
}

/**
 * What every view of the portfolio opens with: its header (with the exports where it shows projects), the views, and
 * the active filters in words with the way to change them. The form has a page of its own, so no view carries its option lists.
 */
export function PortfolioHeader({ view, title, description, filter, user }: Props) {
  return (
    <>
      <PageHeader title={title} description={description}>
        {exportsProjects[view] && (
          <>
            <ExportLinks filter={filter} />
            <ImportLink user={user} />
          </>
        )}
      </PageHeader>
      <PortfolioViews
        current={view}
        filter={filter}
        end={
          <Link href={portfolioFilterHref(view, filter)} className="btn btn-secondary">
            Filtrér porteføljen
          </Link>
        }
      />
      {isFiltered(filter) && (
        <div className="mb-4">
          <FilterSummary filter={filter} options={getFilterOptions()} />
        </div>
      )}
    </>
  );
}
