import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { InspirationEntry } from "@/components/outlook/inspiration-item";
import { SourceFilter } from "@/components/outlook/source-filter";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireCapability } from "@/lib/auth/current-user";
import { noticeText } from "@/lib/domain/notices";
import { inspirationPageNumber, pageInspirations } from "@/lib/queries/inspirations";
import { parseInspirationFilter } from "@/lib/validation/inspirations";
import { pageNumberSchema, parsePageRequest, type SearchParams } from "@/lib/validation/pagination";

export const metadata: Metadata = { title: "Udsyn" };

/** Entries per page; each is a card with its takeaway. */
const OUTLOOK_PAGE_SIZE = 20;

type Props = { searchParams: Promise<SearchParams> };

export default async function OutlookPage({ searchParams }: Props) {
  await requireCapability("idea.participate");
  const { udsyn, ...params } = await searchParams;
  const filter = parseInspirationFilter(params);
  // A link to one entry (`?udsyn=<id>`, from the Erfaringsbank or after a save) lands on the page that shows it.
  const entryId = udsyn === undefined ? null : pageNumberSchema.parse(Array.isArray(udsyn) ? udsyn[0] : udsyn);
  const entryPage = entryId !== null && params.side === undefined ? inspirationPageNumber(filter, entryId, OUTLOOK_PAGE_SIZE) : null;
  const request = parsePageRequest(entryPage ? { ...params, side: String(entryPage) } : params, "side", OUTLOOK_PAGE_SIZE);
  const { rows: items, info } = pageInspirations(filter, request);
  return (
    <>
      <PageHeader
        title="Udsyn"
        description="Hvad lærer vi af andre? Netværk, konferencer, kurser, andre kommuner, KL og OS2. Udsynet kan også findes i Erfaringsbankens søgning."
      >
        <div className="flex flex-wrap gap-2">
          <Link href="/outlook/new" className="btn">
            Registrér udsyn
          </Link>
          <Link href="/learnings" className="btn btn-secondary">
            Erfaringsbank
          </Link>
        </div>
      </PageHeader>
      <NoticeBanner text={noticeText(params.notice)} />
      <section aria-labelledby="outlook-heading" className="max-w-4xl">
        <h2 id="outlook-heading" className="mb-3 text-xl font-semibold">
          Registreret udsyn <span className="font-normal text-muted">({info.total})</span>
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
        <Pagination info={info} path="/outlook" searchParams={params} anchor="#outlook-heading" noun="udsyn" label="Sider i udsynet" />
      </section>
    </>
  );
}
