import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { RiskForm } from "@/components/projects/forms/risk-forms";
import { PageHeader } from "@/components/ui/page-header";
import { createRiskAction } from "../../actions";
import { projectForEditForm } from "../../project-form-access";

export const metadata: Metadata = { title: "Registrér risiko" };

export default async function NewRiskPage({ params }: { params: Promise<{ code: string }> }) {
  const project = await projectForEditForm((await params).code, (code) => `/projects/${code}/risks/new`);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/projects/${project.code}?tab=risks`} className="inline-flex min-h-11 items-center underline">
          ← Tilbage til projektets risici
        </Link>
      </p>
      <PageHeader title="Registrér risiko" description={`${project.code} · ${project.title}`} />
      <div className="card">
        <RiskForm action={createRiskAction.bind(null, project.code)} submitLabel="Registrér risiko" idPrefix="new-risk" />
      </div>
    </>
  );
}
