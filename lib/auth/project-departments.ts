import type { SessionUser } from "@/lib/services/auth";
import { canCreateProject } from "@/lib/permissions";

/** The departments a user may place a project in (plus the project's current one when editing). */
export function placeableDepartmentIds(user: SessionUser, allDepartmentIds: number[], currentDepartmentId?: number): number[] {
  return allDepartmentIds.filter((id) => id === currentDepartmentId || canCreateProject(user, id));
}
