"use server";

import { serviceAction } from "@/lib/actions";
import { createDepartment, deleteDepartment, mergeDepartments, setDepartmentActive, updateDepartment } from "@/lib/services/departments";
import { formatCount } from "@/lib/format";
import { departmentSavedHref } from "./saved-notice";

const revalidate = ["/admin/departments"];

export const createDepartmentAction = serviceAction((user, formData) => createDepartment(user, formData), {
  success: "Afdelingen er oprettet.",
  revalidate,
  redirect: ({ result }) => departmentSavedHref(result.id, "created"),
});

export const updateDepartmentAction = serviceAction((user, formData, id: number) => updateDepartment(user, id, formData), {
  success: "Ændringerne er gemt.",
  revalidate,
  redirect: ({ args: [id] }) => departmentSavedHref(id),
});

export const setDepartmentActiveAction = serviceAction((user, _formData, id: number, active: boolean) => setDepartmentActive(user, id, active), {
  success: ({ args: [, active] }) => (active ? "Afdelingen er genaktiveret." : "Afdelingen er deaktiveret og vises ikke længere som valg."),
  revalidate,
});

export const deleteDepartmentAction = serviceAction((user, _formData, id: number) => deleteDepartment(user, id), {
  success: "Afdelingen er slettet.",
  revalidate,
});

export const mergeDepartmentsAction = serviceAction((user, formData) => mergeDepartments(user, formData), {
  success: ({ result: { moved } }) =>
    `Afdelingerne er lagt sammen. Flyttet: ${formatCount(moved.users, "bruger", "brugere")}, ${formatCount(moved.projects, "projekt", "projekter")}, ${formatCount(moved.benefits, "gevinst", "gevinster")} og ${formatCount(moved.ideas, "idé", "idéer")}.`,
  revalidate,
});
