import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { BenefitForm } from "@/components/benefits/benefit-form";
import { PageHeader } from "@/components/ui/page-header";
import { isBaselineLocked } from "@/lib/domain/benefit-rules";
import { benefitFormChoices } from "@/lib/queries/benefits";
import { createBenefitAction } from "../../benefit-actions";
import { projectForEditForm } from "../../project-form-access";

export const metadata: Metadata = { title: "Ny gevinst" };

export default async function NewBenefitPage({ params }: { params: Promise<{ code: string }> }) {
  const project = await projectForEditForm((await params).code, (code) => `/projects/${code}/benefits/new`);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/projects/${project.code}?tab=benefits`} className="inline-flex min-h-11 items-center underline">
          ← Tilbage til projektets gevinster
        </Link>
      </p>
      <PageHeader title="Ny gevinst" description={`${project.code} · ${project.title}`} />
      <div className="card">
        <BenefitForm action={createBenefitAction.bind(null, project.code)} choices={benefitFormChoices(project.id)} baselineLocked={false} submitLabel="Opret gevinst" idPrefix="new-benefit" />
        {isBaselineLocked(project.phase) && <p className="mt-2 text-sm text-muted">Baseline og mål kan sættes én gang; derefter kræver ændringer en godkendt ny baseline.</p>}
      </div>
    </>
  );
}
