import type { Metadata } from "next";
import { IdeaForm } from "@/components/ideas/idea-form";
import { IdeaList } from "@/components/ideas/idea-list";
import { IdeaListControls } from "@/components/ideas/idea-list-controls";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import Link from "@/components/ui/link";
import { requireCapability } from "@/lib/auth/current-user";
import { listDepartmentOptions, listIdeas } from "@/lib/queries/ideas";
import { getZone } from "@/lib/queries/zones";
import { parseIdeaListFilter } from "@/lib/validation/ideas";
import { parsePageRequest } from "@/lib/validation/pagination";
import { submitIdeaAction, voteAction } from "./actions";

export const metadata: Metadata = { title: "Idéer" };

/** Ideas per page: each carries its own vote form, and 50 of them outgrow the page budget on a large municipality. */
const IDEAS_PAGE_SIZE = 25;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function IdeasPage({ searchParams }: Props) {
  const user = await requireCapability("idea.participate");
  const params = await searchParams;
  const parsed = parseIdeaListFilter(params);
  // Only a zone that exists narrows the list; an unknown `rum` is ignored.
  const zone = parsed.rum ? getZone(parsed.rum) : null;
  const filter = { ...parsed, rum: zone?.slug };
  const ideas = listIdeas(filter, user.id, parsePageRequest(params, "side", IDEAS_PAGE_SIZE));
  return (
    <>
      <PageHeader
        title="Idéer"
        description="Idékassen: alle kan foreslå en idé, stemme og kommentere. Zoneledere, afdelingschefer og direktører vurderer idéerne og sender de bedste videre til forsøg eller projekt."
      >
        <a href="#new-idea" className="btn lg:hidden">
          Foreslå en idé
        </a>
      </PageHeader>
      <div className="grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="ideas-heading" className="lg:col-span-2">
          <h2 id="ideas-heading" className="mb-3 text-xl font-semibold">
            {zone ? `Idéer i ${zone.name}` : "Alle idéer"} <span className="font-normal text-muted">({ideas.info.total})</span>
          </h2>
          {zone && (
            <p className="mb-3">
              Kun idéer, der er knyttet til udviklingsrummet.{" "}
              <Link href="/ideas" className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
                Vis alle idéer
              </Link>
            </p>
          )}
          <IdeaListControls filter={filter} />
          <IdeaList ideas={ideas.rows} voteAction={voteAction} />
          <Pagination info={ideas.info} path="/ideas" searchParams={params} anchor="#ideas-heading" noun="idéer" />
        </section>
        <section id="new-idea" aria-labelledby="new-idea-heading" className="card h-fit scroll-mt-4">
          <h2 id="new-idea-heading" className="mb-4 text-xl font-semibold">
            Foreslå en idé
          </h2>
          <IdeaForm action={submitIdeaAction} departments={listDepartmentOptions()} defaultDepartmentId={user.departmentId} />
        </section>
      </div>
    </>
  );
}
