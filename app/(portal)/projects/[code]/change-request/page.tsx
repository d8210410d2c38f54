import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { changeRequestAnchor } from "@/components/projects/change-requests/change-request-anchor";
import { ChangeRequestForm } from "@/components/projects/change-requests/change-request-form";
import { PageHeader } from "@/components/ui/page-header";
import { denyAccess, requireCapability } from "@/lib/auth/current-user";
import { isTerminal } from "@/lib/domain/phases";
import { canRequestProjectChange } from "@/lib/permissions";
import { listChangeRequests } from "@/lib/queries/change-requests";
import { projectFormOptions } from "@/lib/queries/project-tabs";
import { getProjectByCode } from "@/lib/queries/projects";
import { fileChangeRequestAction } from "../change-request-actions";

export const metadata: Metadata = { title: "Anmod om ændring" };

/**
 * The change request form on a page of its own: its choice of a new owner lists every active person, which
 * would otherwise weigh down the project page for everyone who opens it.
 */
export default async function ChangeRequestPage({ params }: { params: Promise<{ code: string }> }) {
  const user = await requireCapability("portfolio.read");
  const code = decodeURIComponent((await params).code);
  const detail = getProjectByCode(code);
  if (!detail) notFound();
  const { project } = detail;
  if (!canRequestProjectChange(user, project) || isTerminal(project.phase)) await denyAccess(user, `/projects/${code}/change-request`);
  const backHref = `/projects/${code}#${changeRequestAnchor}`;
  // One request at a time: while one waits for the board, the project page shows it instead of the form.
  if (listChangeRequests(project.id).some((request) => request.status === "pending")) redirect(backHref);
  const options = projectFormOptions(project.departmentId, [project.ownerId]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={backHref} className="inline-flex min-h-11 items-center underline">
          ← Tilbage til projektet
        </Link>
      </p>
      <PageHeader
        title={`Anmod om ændring: ${project.title}`}
        description="Godkendt budget, baseline-datoer, afdeling, projektejer og stop af projektet besluttes af direktionen."
      />
      <div className="card max-w-3xl">
        <ChangeRequestForm
          action={fileChangeRequestAction.bind(null, code)}
          values={project}
          departments={options.departments}
          ownerName={options.people[0]?.label ?? "nuværende"}
        />
      </div>
    </>
  );
}
