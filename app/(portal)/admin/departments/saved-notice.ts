/** The list address the edit page returns to after a save: the saved department's card, which shows the confirmation. */
export const departmentSavedHref = (id: number) => `/admin/departments?saved=${id}#department-${id}`;

/** The id of the department `?saved=` names, or null. */
export function savedDepartmentId(value: string | string[] | undefined): number | null {
  return typeof value === "string" && /^\d+$/.test(value) ? Number(value) : null;
}
