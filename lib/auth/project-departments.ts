import type { SessionUser } from "@/lib/services/auth";
import { can } from "@/lib/permissions";

/** The departments a user may place a project in (plus the project's current one when editing). */
export function placeableDepartmentIds(user: SessionUser, allDepartmentIds: number[], currentDepartmentId?: number): number[] {
  return allDepartmentIds.filter((id) => id === currentDepartmentId || can(user, "project.create", { kind: "department", departmentId: id }));
}
