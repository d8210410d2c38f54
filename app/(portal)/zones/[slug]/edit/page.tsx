import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { MemberManager } from "@/components/zones/member-manager";
import { ZoneForm } from "@/components/zones/zone-form";
import { PageHeader } from "@/components/ui/page-header";
import { denyAccess, requireCapability } from "@/lib/auth/current-user";
import { formatKr } from "@/lib/format";
import { can } from "@/lib/permissions";
import { getZone, listZoneMembers, zoneFormChoices } from "@/lib/queries/zones";
import { addZoneMemberAction, removeZoneMemberAction, setZoneMemberMedAction, updateZoneAction } from "../../actions";

const memberActions = { add: addZoneMemberAction, remove: removeZoneMemberAction, setMed: setZoneMemberMedAction };

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Redigér udviklingsrum" };

export default async function EditZonePage({ params }: Props) {
  const user = await requireCapability("portfolio.read");
  const slug = decodeURIComponent((await params).slug);
  const zone = getZone(slug);
  if (!zone) notFound();
  const members = listZoneMembers(zone.id);
  const ref = { kind: "zone" as const, sponsorId: zone.sponsorId, leadId: zone.leadId, memberIds: members.map((member) => member.userId) };
  if (!can(user, "zone.edit", ref)) {
    await denyAccess(user, `/zones/${slug}/edit`);
  }
  return (
    <>
      <nav aria-label="Brødkrumme" className="mb-3 text-sm">
        <Link href={`/zones/${zone.slug}`} className="inline-flex min-h-11 items-center underline">
          ← {zone.name}
        </Link>
      </nav>
      <PageHeader title={`Redigér ${zone.name}`} description="Sponsoren, rumlederen og administratorer redigerer rummet og dets medlemmer." />
      <div className="grid gap-6 xl:grid-cols-2">
        <ZoneForm
          action={updateZoneAction.bind(null, zone.slug)}
          choices={zoneFormChoices(zone.leadId)}
          submitLabel="Gem rummet"
          canChangeFrame={can(user, "zone.frame", ref)}
          frameText={{ sponsorName: zone.sponsorName ?? "Ingen sponsor", riskFrame: formatKr(zone.riskFrameKr) }}
          values={{
            name: zone.name,
            theme: zone.theme,
            purpose: zone.purpose,
            strategyGoalId: zone.strategyGoalId,
            sponsorId: zone.sponsorId,
            leadId: zone.leadId,
            cadence: zone.cadence,
            riskFrameKr: zone.riskFrameKr,
            status: zone.status,
            version: zone.version,
          }}
        />
        <MemberManager actions={memberActions} slug={zone.slug} members={members} zoneId={zone.id} />
      </div>
    </>
  );
}
