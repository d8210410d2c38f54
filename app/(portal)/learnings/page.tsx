import type { Metadata } from "next";
import Link from "next/link";
import { LearningList } from "@/components/learnings/learning-list";
import { LearningSearchForm } from "@/components/learnings/learning-search-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { learningFilterOptions, searchLearnings } from "@/lib/queries/learnings";
import { parseLearningFilter } from "@/lib/validation/learnings";

export const metadata: Metadata = { title: "Erfaringsbank" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LearningsPage({ searchParams }: Props) {
  await requireCapability("portfolio.read");
  const filter = parseLearningFilter(await searchParams);
  const items = searchLearnings(filter);
  return (
    <>
      <PageHeader
        title="Erfaringsbank"
        description="Læringen fra afsluttede forsøg og projekter. Hver erfaring har et delingskort, der kan udskrives eller deles med andre kommuner."
      >
        <Link href="/outlook" className="btn btn-secondary">
          Udsyn
        </Link>
      </PageHeader>
      <LearningSearchForm filter={filter} options={learningFilterOptions()} />
      <section aria-labelledby="learning-results-heading">
        <h2 id="learning-results-heading" className="sr-only">
          Resultater
        </h2>
        <LearningList items={items} searching={Boolean(filter.q)} />
      </section>
    </>
  );
}
