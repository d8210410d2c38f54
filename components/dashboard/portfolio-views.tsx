import { TabLinks } from "@/components/ui/tab-links";
import { portfolioHref, type PortfolioFilter } from "@/lib/validation/portfolio";

export const portfolioViews = [
  { key: "overview", path: "/portfolio", label: "Overblik" },
  { key: "projects", path: "/portfolio/projects", label: "Projekter" },
  { key: "roadmap", path: "/portfolio/roadmap", label: "Køreplan" },
  { key: "risks", path: "/portfolio/risks", label: "Risici" },
] as const;

export type PortfolioView = (typeof portfolioViews)[number]["key"];

export const portfolioViewPath = (view: PortfolioView) => portfolioViews.find((entry) => entry.key === view)!.path;

/** The portfolio's views; each link keeps the filters, so a department head moves between views of one department. */
export function PortfolioViews({ current, filter, end }: { current: PortfolioView; filter: PortfolioFilter; end?: React.ReactNode }) {
  const tabs = portfolioViews.map((view) => ({
    href: portfolioHref(view.path, filter, {}, { sorting: view.key === "projects" }),
    label: view.label,
    current: view.key === current,
  }));
  return <TabLinks label="Porteføljens visninger" tabs={tabs} className="mb-4" end={end} />;
}

export function parsePortfolioView(value: string | string[] | undefined): PortfolioView {
  return portfolioViews.find((view) => view.key === value)?.key ?? "overview";
}
