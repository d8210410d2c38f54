import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { MemberList } from "@/components/zones/member-list";
import { RiskFrameBar } from "@/components/zones/risk-frame-bar";
import { RiskFrameWarning } from "@/components/zones/risk-frame-warning";
import { LinkedInspirations } from "@/components/outlook/linked-inspirations";
import { ZoneActivity } from "@/components/zones/zone-activity";
import { ZoneExperiments, zoneExperimentPageParam } from "@/components/zones/zone-experiments";
import { ZoneIdeas } from "@/components/zones/zone-ideas";
import { ZoneProjects } from "@/components/zones/zone-projects";
import { requireCapability } from "@/lib/auth/current-user";
import { can } from "@/lib/permissions";
import { getZone, listZoneActivity, listZoneExperiments, listZoneIdeas, listZoneMembers, listZoneProjects, ZONE_EXPERIMENTS_PAGE_SIZE } from "@/lib/queries/zones";
import { parsePageRequest, type SearchParams } from "@/lib/validation/pagination";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

/** The zone, read once per request for both the page's title and the page. */
const zoneBySlug = cache((slug: string) => getZone(decodeURIComponent(slug)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const zone = zoneBySlug((await params).slug);
  return { title: zone?.name ?? "Udviklingsrum" };
}

export default async function ZonePage({ params, searchParams }: Props) {
  const user = await requireCapability("portfolio.read");
  const zone = zoneBySlug((await params).slug);
  if (!zone) notFound();
  const query = await searchParams;
  const members = listZoneMembers(zone.id);
  const ref = { kind: "zone" as const, sponsorId: zone.sponsorId, leadId: zone.leadId, memberIds: members.map((member) => member.userId) };
  const canEdit = can(user, "zone.edit", ref);
  const canAddExperiment = zone.status === "active" && can(user, "experiment.create", ref);

  return (
    <>
      <nav aria-label="Brødkrumme" className="mb-3 text-sm">
        <Link href="/zones" className="inline-flex min-h-11 items-center underline">
          ← Udviklingsrum
        </Link>
      </nav>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold md:text-3xl">{zone.name}</h1>
          {zone.theme && <p className="mt-1 text-muted">{zone.theme}</p>}
          {zone.status === "closed" && <p className="mt-1 font-semibold">Rummet er lukket.</p>}
        </div>
        {canEdit && (
          <Link href={`/zones/${zone.slug}/edit`} className="btn">
            Redigér rummet
          </Link>
        )}
      </div>

      <RiskFrameWarning runningKr={zone.runningKr} frameKr={zone.riskFrameKr} className="mb-4" />

      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="about-heading" className="card lg:col-span-2">
          <h2 id="about-heading" className="mb-3 text-xl font-semibold">
            Om rummet
          </h2>
          <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Formål</dt>
            <dd className="whitespace-pre-line">{zone.purpose || "–"}</dd>
            <dt className="font-semibold">Strategisk mål</dt>
            <dd>{zone.strategyGoalTitle ?? "–"}</dd>
            <dt className="font-semibold">Forankret hos</dt>
            <dd>{zone.sponsorName ? `${zone.sponsorName}${zone.sponsorTitle ? `, ${zone.sponsorTitle}` : ""}` : "Ingen sponsor"}</dd>
            <dt className="font-semibold">Rumleder</dt>
            <dd>{zone.leadName ? `${zone.leadName}${zone.leadTitle ? `, ${zone.leadTitle}` : ""}` : "Ingen rumleder"}</dd>
            <dt className="font-semibold">Mødekadence</dt>
            <dd>{zone.cadence || "–"}</dd>
            <dt className="font-semibold">Risikoramme</dt>
            <dd>
              <RiskFrameBar runningKr={zone.runningKr} frameKr={zone.riskFrameKr} />
            </dd>
          </dl>
        </section>
        <MemberList members={members} />
      </div>

      <div className="mt-6 space-y-6">
        <ZoneProjects projects={listZoneProjects(zone.id)} zoneId={zone.id} />
        <ZoneExperiments
          experiments={listZoneExperiments(zone.id, parsePageRequest(query, zoneExperimentPageParam, ZONE_EXPERIMENTS_PAGE_SIZE))}
          newHref={canAddExperiment ? `/experiments/new?zone=${zone.id}` : null}
          path={`/zones/${zone.slug}`}
          searchParams={query}
        />
        <div className="grid gap-6 lg:grid-cols-2">
          <ZoneIdeas ideas={listZoneIdeas(zone.id)} slug={zone.slug} />
          <ZoneActivity events={listZoneActivity(zone.slug)} />
        </div>
        <LinkedInspirations zoneId={zone.id} />
      </div>
    </>
  );
}
