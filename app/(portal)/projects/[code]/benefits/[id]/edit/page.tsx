import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { BenefitForm } from "@/components/benefits/benefit-form";
import { PageHeader } from "@/components/ui/page-header";
import { isBaselineLocked } from "@/lib/domain/benefit-rules";
import { benefitFormChoices, getProjectBenefit } from "@/lib/queries/benefits";
import { updateBenefitAction } from "../../../benefit-actions";
import { projectForEditForm } from "../../../project-form-access";

export const metadata: Metadata = { title: "Ret gevinst" };

export default async function EditBenefitPage({ params }: { params: Promise<{ code: string; id: string }> }) {
  const { code: rawCode, id } = await params;
  const project = await projectForEditForm(rawCode, (code) => `/projects/${code}/benefits/${id}/edit`);
  const benefit = /^\d+$/.test(id) ? getProjectBenefit(project.id, Number(id)) : undefined;
  if (!benefit) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/projects/${project.code}?tab=benefits#benefit-${benefit.id}`} className="inline-flex min-h-11 items-center underline">
          ← Tilbage til projektets gevinster
        </Link>
      </p>
      <PageHeader title={`Ret ${benefit.title}`} description={`${project.code} · ${project.title}`} />
      <div className="card">
        <BenefitForm
          action={updateBenefitAction.bind(null, project.code, benefit.id)}
          choices={benefitFormChoices(project.id)}
          values={benefit}
          baselineLocked={isBaselineLocked(project.phase)}
          submitLabel="Gem gevinst"
          idPrefix={`edit-${benefit.id}`}
        />
      </div>
    </>
  );
}
