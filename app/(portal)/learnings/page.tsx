import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { LearningList } from "@/components/learnings/learning-list";
import { LearningSearchForm } from "@/components/learnings/learning-search-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireCapability } from "@/lib/auth/current-user";
import { learningFilterOptions, searchLearningsPage } from "@/lib/queries/learnings";
import { parseLearningFilter } from "@/lib/validation/learnings";
import { parsePageRequest } from "@/lib/validation/pagination";

export const metadata: Metadata = { title: "Erfaringsbank" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LearningsPage({ searchParams }: Props) {
  await requireCapability("portfolio.read");
  const params = await searchParams;
  const filter = parseLearningFilter(params);
  const page = searchLearningsPage(filter, parsePageRequest(params));
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
        <LearningList items={page.rows} total={page.info.total} searching={Boolean(filter.q)} />
        <Pagination info={page.info} path="/learnings" searchParams={params} anchor="#learning-results-heading" noun="erfaringer" />
      </section>
    </>
  );
}
