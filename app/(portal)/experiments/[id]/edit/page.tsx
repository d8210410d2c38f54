import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { TestCardForm } from "@/components/experiments/test-card-form";
import { PageHeader } from "@/components/ui/page-header";
import { denyAccess, requireCapability } from "@/lib/auth/current-user";
import { toDay } from "@/lib/domain/dates";
import { testCardLockReason } from "@/lib/domain/test-card";
import { can, experimentResource } from "@/lib/permissions";
import { getExperimentDetail, zoneProjectChoices } from "@/lib/queries/experiments";
import { experimentId } from "@/lib/validation/experiments";
import { updateExperimentAction } from "../../actions";

export const metadata: Metadata = { title: "Ret testkortet" };

type Props = { params: Promise<{ id: string }> };

/** A draft's test card, for whoever may start it (its creator, the zone lead, the zone sponsor). */
export default async function EditTestCardPage({ params }: Props) {
  const user = await requireCapability("portfolio.read");
  const raw = (await params).id;
  const parsed = experimentId.safeParse(raw);
  const detail = parsed.success ? getExperimentDetail(parsed.data) : null;
  if (!detail) notFound();
  const { experiment, zone } = detail;
  if (!can(user, "experiment.manage", experimentResource(zone, experiment))) await denyAccess(user, `/experiments/${experiment.id}/edit`);
  const locked = testCardLockReason(experiment.state, zone.status);

  return (
    <>
      <nav aria-label="Brødkrumme" className="mb-3 text-sm">
        <Link href={`/experiments/${experiment.id}`} className="inline-flex min-h-11 items-center underline">
          ← {experiment.title}
        </Link>
      </nav>
      <PageHeader title="Ret testkortet" description={`${experiment.title} · ${zone.name}`} />
      {locked ? (
        <p className="card max-w-2xl">{locked}</p>
      ) : (
        <TestCardForm
          action={updateExperimentAction.bind(null, experiment.id)}
          values={{
            title: experiment.title,
            hypothesis: experiment.hypothesis,
            test: experiment.test,
            metric: experiment.metric,
            successCriterion: experiment.successCriterion,
            periodStart: experiment.periodStart,
            periodEnd: experiment.periodEnd,
            moneyAtRiskKr: experiment.moneyAtRiskKr,
            projectId: experiment.projectId,
            technology: experiment.technology,
            radarRing: experiment.radarRing,
            involvementPlanned: experiment.involvementPlanned,
            version: experiment.version,
          }}
          projects={zoneProjectChoices(zone.id)}
          today={toDay(new Date())}
          submitLabel="Gem testkortet"
        />
      )}
    </>
  );
}
