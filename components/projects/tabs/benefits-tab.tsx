import Link from "@/components/ui/link";
import type { BenefitActions } from "@/components/benefits/benefit-actions";
import { BenefitCard, type BenefitPermissions } from "@/components/benefits/benefit-card";
import type { BenefitView } from "@/lib/queries/benefits";

export function BenefitsTab({
  actions,
  code,
  benefits,
  permissionsFor,
  canEdit,
  tolerance,
  today,
  now,
}: {
  actions: BenefitActions;
  code: string;
  benefits: BenefitView[];
  permissionsFor: (benefit: BenefitView) => BenefitPermissions;
  canEdit: boolean;
  tolerance: number;
  today: string;
  now: Date;
}) {
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold">Gevinster</h2>
        <div className="flex flex-wrap gap-2">
          {canEdit && (
            <Link href={`/projects/${code}/benefits/new`} className="btn">
              Ny gevinst
            </Link>
          )}
          <Link href={`/projects/${code}/benefits-report`} className="btn btn-secondary">
            Gevinstrealiseringsrapport
          </Link>
        </div>
      </div>
      {benefits.length === 0 && <p className="text-muted">Projektet har ingen gevinster endnu.</p>}
      {benefits.map((benefit) => (
        <BenefitCard key={benefit.id} actions={actions} code={code} benefit={benefit} permissions={permissionsFor(benefit)} tolerance={tolerance} today={today} now={now} />
      ))}
    </div>
  );
}
