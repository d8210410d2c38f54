import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { DeleteInvolvementForm, InvolvementForm } from "@/components/projects/forms/involvement-form";
import { PageHeader } from "@/components/ui/page-header";
import { toDay } from "@/lib/domain/dates";
import { involvementName } from "@/lib/domain/involvement-rules";
import { getProjectInvolvement } from "@/lib/queries/involvements";
import { deleteInvolvementAction, updateInvolvementAction } from "../../../actions";
import { projectForEditForm } from "../../../project-form-access";

export const metadata: Metadata = { title: "Ret inddragelse" };

export default async function EditInvolvementPage({ params }: { params: Promise<{ code: string; id: string }> }) {
  const { code: rawCode, id } = await params;
  const project = await projectForEditForm(rawCode, (code) => `/projects/${code}/involvements/${id}/edit`);
  const entry = /^\d{1,15}$/.test(id) ? getProjectInvolvement(project.id, Number(id)) : undefined;
  if (!entry) notFound();
  const name = involvementName(entry);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/projects/${project.code}?tab=involvement#involvement-${entry.id}`} className="inline-flex min-h-11 items-center underline">
          ← Tilbage til projektets inddragelse
        </Link>
      </p>
      <PageHeader title={`Ret inddragelse: ${name}`} description={`${project.code} · ${project.title}`} />
      <div className="card">
        <InvolvementForm
          action={updateInvolvementAction.bind(null, project.code, entry.id)}
          today={toDay(new Date())}
          values={entry}
          submitLabel="Gem inddragelse"
          idPrefix={`involvement-${entry.id}`}
        />
      </div>
      <section aria-labelledby="delete-involvement" className="card mt-6">
        <h2 id="delete-involvement" className="mb-3 text-xl font-semibold">
          Slet inddragelsen
        </h2>
        <p className="mb-3">Slet kun en inddragelse, der er registreret ved en fejl. Sletningen står i projektets historik.</p>
        <DeleteInvolvementForm action={deleteInvolvementAction.bind(null, project.code, entry.id)} version={entry.version} entryName={name} idPrefix={`delete-involvement-${entry.id}`} />
      </section>
    </>
  );
}
