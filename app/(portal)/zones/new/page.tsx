import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ZoneForm } from "@/components/zones/zone-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { isEligibleSponsor } from "@/lib/permissions";
import { zoneFormChoices } from "@/lib/queries/zones";
import { createZoneAction } from "../actions";

export const metadata: Metadata = { title: "Nyt udviklingsrum" };

export default async function NewZonePage() {
  const user = await requireCapability("zone.create", "/zones/new");
  const choices = zoneFormChoices();
  const sponsorId = isEligibleSponsor(user) ? user.id : null;
  return (
    <>
      <nav aria-label="Brødkrumme" className="mb-3 text-sm">
        <Link href="/zones" className="inline-flex min-h-11 items-center underline">
          ← Udviklingsrum
        </Link>
      </nav>
      <PageHeader title="Nyt udviklingsrum" description="Et rum forankres hos en direktør og får en rumleder og en risikoramme for sine forsøg." />
      <ZoneForm
        action={createZoneAction}
        choices={choices}
        submitLabel="Opret udviklingsrum"
        values={{ name: "", theme: "", purpose: "", strategyGoalId: null, sponsorId, leadId: null, cadence: "", riskFrameKr: 0 }}
      />
    </>
  );
}
