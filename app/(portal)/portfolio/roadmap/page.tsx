import type { Metadata } from "next";
import { PortfolioHeader } from "@/components/dashboard/portfolio-frame";
import { RoadmapWidget } from "@/components/dashboard/roadmap-widget";
import { requireCapability } from "@/lib/auth/current-user";
import { toDay } from "@/lib/domain/dates";
import { parsePortfolioFilter } from "@/lib/validation/portfolio";

export const metadata: Metadata = { title: "Køreplan · Portefølje" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The roadmap of the largest projects under the filters: planned course against the expected end. */
export default async function PortfolioRoadmapPage({ searchParams }: Props) {
  const user = await requireCapability("portfolio.read");
  const filter = parsePortfolioFilter(await searchParams);
  return (
    <>
      <PortfolioHeader
        view="roadmap"
        title="Køreplan"
        description="Planlagt start og slut for porteføljens største projekter og den forventede slutdato."
        filter={filter}
        user={user}
      />
      <RoadmapWidget filter={filter} today={toDay(new Date())} />
    </>
  );
}
