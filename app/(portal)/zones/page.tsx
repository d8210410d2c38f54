import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ZoneCard } from "@/components/zones/zone-card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireCapability } from "@/lib/auth/current-user";
import { can } from "@/lib/permissions";
import { listZoneCards } from "@/lib/queries/zones";
import { parsePageRequest, type SearchParams } from "@/lib/validation/pagination";

export const metadata: Metadata = { title: "Udviklingsrum" };

/** Zone cards per page: eight rows of three on a wide screen. */
const ZONES_PAGE_SIZE = 24;

type Props = { searchParams: Promise<SearchParams> };

export default async function ZonesPage({ searchParams }: Props) {
  const user = await requireCapability("portfolio.read");
  const params = await searchParams;
  const { rows: zones, info } = listZoneCards(parsePageRequest(params, "side", ZONES_PAGE_SIZE));
  return (
    <>
      <PageHeader
        title="Udviklingsrum"
        description="Rummene, hvor projekter og forsøg forankres, følges og udvikles — med hvert rums penge på spil i forsøg i gang mod dets risikoramme."
      >
        <div className="flex flex-wrap gap-3">
          <Link href="/zones/radar" className="btn btn-secondary">
            Teknologiradar
          </Link>
          {can(user, "zone.create") && (
            <Link href="/zones/new" className="btn">
              Opret udviklingsrum
            </Link>
          )}
        </div>
      </PageHeader>
      {zones.length === 0 ? (
        <p className="card text-muted">Der er ingen udviklingsrum endnu.</p>
      ) : (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {zones.map((zone) => (
            <ZoneCard key={zone.id} zone={zone} />
          ))}
        </div>
      )}
      <Pagination info={info} path="/zones" searchParams={params} noun="udviklingsrum" />
    </>
  );
}
