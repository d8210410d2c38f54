"use server";

import { serviceAction } from "@/lib/actions";
import { roleLabels } from "@/lib/domain/labels";
import {
  createUser,
  deactivateUser,
  reactivateUser,
  resetUserPassword,
  unlockUser,
  updateUser,
} from "@/lib/services/user-admin";
import { commitUserImport, previewUserImport } from "@/lib/services/user-admin-import";
import { formatCount } from "@/lib/format";

const userPages = (id: number) => ["/admin/users", `/admin/users/${id}`];

export const createUserAction = serviceAction((user, formData) => createUser(user, formData), {
  success: ({ result }) => `${result.name} er oprettet. Giv brugeren engangslinket herunder; det vises kun denne ene gang.`,
  revalidate: ["/admin/users"],
  extra: ({ result }) => ({ path: result.path, expiresAt: result.expiresAt, userId: result.userId }),
});

export const updateUserAction = serviceAction((user, formData, id: number) => updateUser(user, id, formData), {
  success: ({ formData, result }) =>
    `Ændringerne er gemt. Rollen er nu ${roleLabels[formData.get("role") as keyof typeof roleLabels] ?? "uændret"}.${
      result.emailChanged ? ` Brugeren logger nu ind med ${result.email}.` : ""
    }`,
  revalidate: ({ args: [id] }) => userPages(id),
});

export const deactivateUserAction = serviceAction((user, _formData, id: number) => deactivateUser(user, id), {
  success: ({ result }) =>
    `Brugeren er deaktiveret${result.endedSessions ? `, og ${result.endedSessions} ${result.endedSessions === 1 ? "session er afsluttet" : "sessioner er afsluttet"}` : ""}.`,
  revalidate: ({ args: [id] }) => userPages(id),
});

export const reactivateUserAction = serviceAction((user, _formData, id: number) => reactivateUser(user, id), {
  success: "Brugeren er genaktiveret og kan logge ind igen.",
  revalidate: ({ args: [id] }) => userPages(id),
});

export const unlockUserAction = serviceAction((user, _formData, id: number) => unlockUser(user, id), {
  success: "Kontoen er låst op. Brugeren kan prøve at logge ind igen.",
  revalidate: ({ args: [id] }) => userPages(id),
});

export const resetPasswordAction = serviceAction((user, _formData, id: number) => resetUserPassword(user, id), {
  success: "Adgangskoden er nulstillet, og brugerens sessioner er afsluttet. Giv brugeren engangslinket herunder; det vises kun denne ene gang.",
  revalidate: ({ args: [id] }) => userPages(id),
  extra: ({ result }) => ({ path: result.path, expiresAt: result.expiresAt }),
});

export const previewImportAction = serviceAction((user, formData) => previewUserImport(user, formData), {
  success: "Se rækkerne igennem. Intet er gemt, før du bekræfter.",
  extra: ({ result }) => ({ preview: result }),
});

export const commitImportAction = serviceAction((user, formData) => commitUserImport(user, formData), {
  success: ({ result }) =>
    `Importen er gemt: ${formatCount(result.created, "ny", "nye")} og ${formatCount(result.changed, "ændret bruger", "ændrede brugere")}${
      result.departmentsCreated ? `, ${formatCount(result.departmentsCreated, "ny afdeling", "nye afdelinger")}` : ""
    }.`,
  revalidate: ["/admin/users"],
  extra: ({ result }) => ({ links: result.links.map(({ name, email, path, expiresAt }) => ({ name, email, path, expiresAt })) }),
});
