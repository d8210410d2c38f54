import type { Metadata } from "next";
import Link from "next/link";
import { InspirationForm } from "@/components/outlook/inspiration-form";
import { InspirationEntry } from "@/components/outlook/inspiration-item";
import { SourceFilter } from "@/components/outlook/source-filter";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { toDay } from "@/lib/domain/dates";
import { listInspirations, listLinkChoices } from "@/lib/queries/inspirations";
import { parseInspirationFilter } from "@/lib/validation/inspirations";
import { logInspirationAction } from "./actions";

export const metadata: Metadata = { title: "Udsyn" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OutlookPage({ searchParams }: Props) {
  await requireCapability("idea.participate");
  const filter = parseInspirationFilter(await searchParams);
  const items = listInspirations(filter);
  return (
    <>
      <PageHeader
        title="Udsyn"
        description="Hvad lærer vi af andre? Netværk, konferencer, kurser, andre kommuner, KL og OS2. Udsynet kan også findes i Erfaringsbankens søgning."
      >
        <div className="flex flex-wrap gap-2">
          <a href="#new-inspiration" className="btn lg:hidden">
            Registrér udsyn
          </a>
          <Link href="/learnings" className="btn btn-secondary">
            Erfaringsbank
          </Link>
        </div>
      </PageHeader>
      <div className="grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="outlook-heading" className="lg:col-span-2">
          <h2 id="outlook-heading" className="mb-3 text-xl font-semibold">
            Registreret udsyn <span className="font-normal text-muted">({items.length})</span>
          </h2>
          <SourceFilter filter={filter} />
          {items.length === 0 ? (
            <p className="card">Intet udsyn registreret{filter.source ? " fra denne kilde" : ""} endnu.</p>
          ) : (
            <ul className="space-y-4">
              {items.map((item) => (
                <li key={item.id}>
                  <InspirationEntry item={item} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section id="new-inspiration" aria-labelledby="new-inspiration-heading" className="card h-fit scroll-mt-4">
          <h2 id="new-inspiration-heading" className="mb-4 text-xl font-semibold">
            Registrér udsyn
          </h2>
          <InspirationForm action={logInspirationAction} choices={listLinkChoices()} today={toDay(new Date())} />
        </section>
      </div>
    </>
  );
}
