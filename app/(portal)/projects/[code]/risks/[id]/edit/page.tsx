import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { RiskForm } from "@/components/projects/forms/risk-forms";
import { PageHeader } from "@/components/ui/page-header";
import { peopleChoices } from "@/lib/queries/pickers";
import { getProjectRisk } from "@/lib/queries/project-tabs";
import { updateRiskAction } from "../../../actions";
import { projectForEditForm } from "../../../project-form-access";

export const metadata: Metadata = { title: "Ret risiko" };

export default async function EditRiskPage({ params }: { params: Promise<{ code: string; id: string }> }) {
  const { code: rawCode, id } = await params;
  const project = await projectForEditForm(rawCode, (code) => `/projects/${code}/risks/${id}/edit`);
  const risk = /^\d+$/.test(id) ? getProjectRisk(project.id, Number(id)) : undefined;
  if (!risk) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/projects/${project.code}?tab=risks#risk-${risk.id}`} className="inline-flex min-h-11 items-center underline">
          ← Tilbage til projektets risici
        </Link>
      </p>
      <PageHeader title={`Ret ${risk.title}`} description={`${project.code} · ${project.title}`} />
      <div className="card">
        <RiskForm action={updateRiskAction.bind(null, project.code, risk.id)} owner={peopleChoices([risk.ownerId])[0] ?? null} values={risk} submitLabel="Gem risiko" idPrefix={`risk-${risk.id}`} />
      </div>
    </>
  );
}
