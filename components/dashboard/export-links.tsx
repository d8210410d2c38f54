import { portfolioQuery, type PortfolioFilter } from "@/lib/validation/portfolio";

/** Plain links: the browser downloads what the route handler sends as an attachment. */
export function ExportLinks({ filter }: { filter: PortfolioFilter }) {
  const query = portfolioQuery(filter);
  const suffix = query ? `?${query}` : "";
  return (
    <div className="flex flex-wrap gap-2 print:hidden">
      <a href={`/portfolio/export/csv${suffix}`} className="btn btn-secondary" download>
        Eksportér CSV
      </a>
      <a href={`/portfolio/export/xlsx${suffix}`} className="btn btn-secondary" download>
        Eksportér Excel
      </a>
    </div>
  );
}
