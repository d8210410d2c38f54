import type { Metadata } from "next";
import Link from "next/link";
import { ZoneCard } from "@/components/zones/zone-card";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { can } from "@/lib/permissions";
import { listZoneCards } from "@/lib/queries/zones";

export const metadata: Metadata = { title: "Udviklingsrum" };

export default async function ZonesPage() {
  const user = await requireCapability("portfolio.read");
  const zones = listZoneCards();
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
    </>
  );
}
