import type { Metadata } from "next";
import { PortfolioHeader } from "@/components/dashboard/portfolio-frame";
import { ProjectTableWidget } from "@/components/dashboard/project-table-widget";
import { requireCapability } from "@/lib/auth/current-user";
import { parsePageRequest } from "@/lib/validation/pagination";
import { parsePortfolioFilter } from "@/lib/validation/portfolio";

export const metadata: Metadata = { title: "Projekter · Portefølje" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The register: every project under the filters, 50 a page, sortable by every column. */
export default async function PortfolioProjectsPage({ searchParams }: Props) {
  const user = await requireCapability("portfolio.read");
  const params = await searchParams;
  const filter = parsePortfolioFilter(params);
  return (
    <>
      <PortfolioHeader
        view="projects"
        title="Projekter"
        description="Porteføljens projekter under filtrene, med fase, formål, budget, forventet slut og seneste status."
        filter={filter}
        user={user}
      />
      <section id="projekter" className="scroll-mt-4">
        <ProjectTableWidget filter={filter} page={parsePageRequest(params)} searchParams={params} />
      </section>
    </>
  );
}
