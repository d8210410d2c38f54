import Link from "next/link";
import type { BenefitActions } from "@/components/benefits/benefit-actions";
import { BenefitCard, type BenefitPermissions } from "@/components/benefits/benefit-card";
import { BenefitForm } from "@/components/benefits/benefit-forms";
import type { BenefitFormChoices, BenefitView } from "@/lib/queries/benefits";

export function BenefitsTab({
  actions,
  code,
  benefits,
  permissionsFor,
  canEdit,
  baselineLocked,
  choices,
  tolerance,
  today,
  now,
}: {
  actions: BenefitActions;
  code: string;
  benefits: BenefitView[];
  permissionsFor: (benefit: BenefitView) => BenefitPermissions;
  canEdit: boolean;
  baselineLocked: boolean;
  choices: BenefitFormChoices | null;
  tolerance: number;
  today: string;
  now: Date;
}) {
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold">Gevinster</h2>
        <Link href={`/projects/${code}/benefits-report`} className="btn btn-secondary">
          Gevinstrealiseringsrapport
        </Link>
      </div>
      {benefits.length === 0 && <p className="text-muted">Projektet har ingen gevinster endnu.</p>}
      {benefits.map((benefit) => (
        <BenefitCard key={benefit.id} actions={actions} code={code} benefit={benefit} permissions={permissionsFor(benefit)} choices={choices} tolerance={tolerance} today={today} now={now} />
      ))}
      {canEdit && choices && (
        <section aria-labelledby="new-benefit" className="card">
          <h2 id="new-benefit" className="mb-3 text-xl font-semibold">
            Ny gevinst
          </h2>
          <BenefitForm action={actions.createBenefit.bind(null, code)} choices={choices} baselineLocked={false} submitLabel="Opret gevinst" idPrefix="new-benefit" />
          {baselineLocked && <p className="mt-2 text-sm text-muted">Baseline og mål kan sættes én gang; derefter kræver ændringer en godkendt ny baseline.</p>}
        </section>
      )}
    </div>
  );
}
