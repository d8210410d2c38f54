import "server-only";
import { notFound } from "next/navigation";
import { denyAccess, requireCapability } from "@/lib/auth/current-user";
import { can } from "@/lib/permissions";
import { getProjectByCode } from "@/lib/queries/projects";

/** The project behind a form page of its own (a benefit, a risk), for a user who may edit it; anyone else gets the usual refusal. */
export async function projectForEditForm(rawCode: string, path: (code: string) => string) {
  const user = await requireCapability("portfolio.read");
  const code = decodeURIComponent(rawCode);
  const detail = getProjectByCode(code);
  if (!detail) notFound();
  const { project } = detail;
  if (!can(user, "project.edit", { kind: "project", departmentId: project.departmentId, ownerId: project.ownerId, leadId: project.leadId })) {
    await denyAccess(user, path(code));
  }
  return project;
}
