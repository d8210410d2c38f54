import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ProjectForm, type ControlledMode } from "@/components/projects/forms/project-form";
import { PageHeader } from "@/components/ui/page-header";
import { placeableDepartmentIds } from "@/lib/auth/project-departments";
import { denyAccess, requireCapability } from "@/lib/auth/current-user";
import { isTerminal } from "@/lib/domain/phases";
import { can, canChangeControlledFields, needsCorrectionReason, type Actor } from "@/lib/permissions";
import type { Phase } from "@/lib/codes";
import { projectFormOptions } from "@/lib/queries/project-tabs";
import { getProjectByCode } from "@/lib/queries/projects";
import { updateProjectAction } from "../../actions";

export const metadata: Metadata = { title: "Redigér projekt" };

/** How this user meets the project's board-controlled fields. */
function controlledMode(user: Actor, phase: Phase, code: string): ControlledMode {
  if (isTerminal(phase)) return { kind: "ended" };
  if (!canChangeControlledFields(user)) return { kind: "request", requestHref: `/projects/${code}/change-request` };
  return needsCorrectionReason(user) ? { kind: "correction" } : { kind: "direct" };
}

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
      <PageHeader title={`Redigér ${project.title}`} description={project.code} />
      <ProjectForm
        action={updateProjectAction.bind(null, code)}
        choices={choices}
        departmentIds={placeableDepartmentIds(user, choices.departments.map((d) => d.id), project.departmentId)}
        submitLabel="Gem ændringer"
        values={{ ...project, goalIds: detail.goals.map((goal) => goal.id), tags: detail.tags }}
        controlled={controlledMode(user, project.phase, code)}
      />
    </>
  );
}
