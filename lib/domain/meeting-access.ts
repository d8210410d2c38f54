import type { Role } from "@/db/schema";

/** Directors see every meeting; department heads and admins see published agendas; staff see none. */
export function canSeeMeeting(role: Role, agendaPublished: boolean): boolean {
  if (role === "director") return true;
  if (role === "department_head" || role === "admin") return agendaPublished;
  return false;
}

export function canSeeMeetings(role: Role): boolean {
  return role !== "staff";
}
