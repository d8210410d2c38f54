/** What the list confirms on a department's card after its own page returned there. */
export const departmentNotices = { saved: "Ændringerne er gemt.", created: "Afdelingen er oprettet." } as const;
export type DepartmentNotice = keyof typeof departmentNotices;

/** The list address a department's page returns to after a save: its card, which shows the confirmation. */
export const departmentSavedHref = (id: number, notice: DepartmentNotice = "saved") => `/admin/departments?${notice}=${id}#department-${id}`;

/** The list address that shows a department's card, on whichever page of the list it is. */
export const departmentListHref = (id: number) => `/admin/departments?afdeling=${id}#department-${id}`;

/** The department whose card the list's address asks for (by a confirmation or `afdeling`), or null. */
export function departmentShownBy(params: Record<string, string | string[] | undefined>): number | null {
  const notice = departmentNoticeOf(params);
  if (notice) return notice.id;
  return typeof params.afdeling === "string" && /^\d+$/.test(params.afdeling) ? Number(params.afdeling) : null;
}

/** The department a confirmation in the list's address is for, and which one, or null. */
export function departmentNoticeOf(params: Record<string, string | string[] | undefined>): { id: number; text: string } | null {
  for (const notice of Object.keys(departmentNotices) as DepartmentNotice[]) {
    const value = params[notice];
    if (typeof value === "string" && /^\d+$/.test(value)) return { id: Number(value), text: departmentNotices[notice] };
  }
  return null;
}
