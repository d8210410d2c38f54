import type { Role } from "@/lib/codes";

/** A role in Danish; a module of its own so client forms that need only this do not carry every label map. */
export const roleLabels = {
  director: "Direktør",
  department_head: "Afdelingschef",
  staff: "Medarbejder",
  admin: "Administrator",
} as const satisfies Record<Role, string>;
