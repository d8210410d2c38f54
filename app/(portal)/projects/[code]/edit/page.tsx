import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ProjectForm } from "@/components/projects/forms/project-form";
import { PageHeader } from "@/components/ui/page-header";
import { placeableDepartmentIds } from "@/lib/auth/project-departments";
import { denyAccess, requireCapability } from "@/lib/auth/current-user";
import { can, canChangeControlledFields, needsCorrectionReason } from "@/lib/permissions";
import { projectFormOptions } from "@/lib/queries/project-tabs";
import { getProjectByCode } from "@/lib/queries/projects";
import { updateProjectAction } from "../../actions";

export const metadata: Metadata = { title: "Rediger projekt" };

export default async function EditProjectPage({ params }: { params: Promise<{ code: string }> }) {
  const user = await requireCapability("portfolio.read");
  const code = decodeURIComponent((await params).code);
  const detail = getProjectByCode(code);
  if (!detail) notFound();
  const { project } = detail;
  if (!can(user, "project.edit", { kind: "project", ...project })) await denyAccess(user, `/projects/${code}/edit`);
  const choices = projectFormOptions(project.departmentId, [project.ownerId, project.leadId]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/projects/${code}`} className="inline-flex min-h-11 items-center underline">
          ← Tilbage til projektet
        </Link>
      </p>
      <PageHeader title={`Rediger ${project.title}`} description={project.code} />
      <ProjectForm
        action={updateProjectAction.bind(null, code)}
        choices={choices}
        departmentIds={placeableDepartmentIds(user, choices.departments.map((d) => d.id), project.departmentId)}
        submitLabel="Gem ændringer"
        values={{ ...project, goalIds: detail.goals.map((goal) => goal.id), tags: detail.tags }}
        controlled={
          !canChangeControlledFields(user)
            ? { kind: "request", requestHref: `/projects/${code}/change-request` }
            : needsCorrectionReason(user)
              ? { kind: "correction" }
              : { kind: "direct" }
        }
      />
    </>
  );
}
