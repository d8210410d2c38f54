import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { TestCardForm } from "@/components/experiments/test-card-form";
import { RiskFrameBar } from "@/components/zones/risk-frame-bar";
import { RiskFrameWarning } from "@/components/zones/risk-frame-warning";
import { PageHeader } from "@/components/ui/page-header";
import { denyAccess, requireCapability } from "@/lib/auth/current-user";
import { toDay } from "@/lib/domain/dates";
import { can } from "@/lib/permissions";
import { zoneForNewExperiment, zoneProjectChoices } from "@/lib/queries/experiments";
import { getZoneRef, zonesForNewExperiment } from "@/lib/queries/zones";
import { experimentId } from "@/lib/validation/experiments";
import { createExperimentAction } from "../actions";

export const metadata: Metadata = { title: "Nyt forsøg" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function ChooseZone({ zones }: { zones: { id: number; name: string }[] }) {
  return (
    <section aria-labelledby="choose-zone" className="card max-w-2xl">
      <h2 id="choose-zone" className="mb-3 text-xl font-semibold">
        Vælg udviklingsrum
      </h2>
      {zones.length === 0 ? (
        <p className="text-muted">Du er ikke medlem af et aktivt udviklingsrum. Bed rumlederen om at tilføje dig.</p>
      ) : (
        <ul className="space-y-1">
          {zones.map((zone) => (
            <li key={zone.id}>
              <Link href={`/experiments/new?zone=${zone.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
                {zone.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function NewExperimentPage({ searchParams }: Props) {
  const user = await requireCapability("experiment.create", "/experiments/new");
  const raw = (await searchParams).zone;
  const header = <PageHeader title="Nyt forsøg" description="Et forsøg begynder som et testkort og slutter som et læringskort." />;
  if (raw === undefined) {
    return (
      <>
        {header}
        <ChooseZone zones={zonesForNewExperiment(user)} />
      </>
    );
  }
  const parsed = experimentId.safeParse(raw);
  const zone = parsed.success ? zoneForNewExperiment(parsed.data) : null;
  if (!zone) notFound();
  const ref = getZoneRef(zone.id);
  if (!ref || !can(user, "experiment.create", { kind: "zone", ...ref })) await denyAccess(user, `/experiments/new?zone=${zone.id}`);

  return (
    <>
      <nav aria-label="Brødkrumme" className="mb-3 text-sm">
        <Link href={`/zones/${zone.slug}`} className="inline-flex min-h-11 items-center underline">
          ← {zone.name}
        </Link>
      </nav>
      {header}
      {zone.status !== "active" ? (
        <p className="card">Udviklingsrummet er lukket for nye forsøg.</p>
      ) : (
        <div className="space-y-6">
          <section aria-labelledby="frame-heading" className="card max-w-2xl">
            <h2 id="frame-heading" className="mb-2 text-lg font-semibold">
              Risikorammen i {zone.name}
            </h2>
            <RiskFrameWarning runningKr={zone.runningKr} frameKr={zone.riskFrameKr} className="mb-3" />
            <RiskFrameBar runningKr={zone.runningKr} frameKr={zone.riskFrameKr} />
            <p className="mt-2 text-sm text-muted">Et forsøg, der bringer rummet over rammen, venter på sponsorens godkendelse, når det startes.</p>
          </section>
          <TestCardForm action={createExperimentAction} zoneId={zone.id} projects={zoneProjectChoices(zone.id)} today={toDay(new Date())} />
        </div>
      )}
    </>
  );
}
