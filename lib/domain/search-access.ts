import { can, type Actor } from "@/lib/permissions";
import type { SearchVisibility } from "./search-types";

/**
 * The document visibilities a reader may see, asked of the permission table: everything readable in the
 * portfolio, meetings and agenda items as `meeting.read` allows (directors all, department heads and
 * administrators once the agenda is published, staff none), deactivated people only for user administrators.
 */
export function readableVisibilities(reader: Actor): SearchVisibility[] {
  const visible: SearchVisibility[] = [];
  if (can(reader, "portfolio.read")) visible.push("all");
  if (can(reader, "meeting.read", { kind: "meeting", agendaPublished: true })) visible.push("meeting_published");
  if (can(reader, "meeting.read", { kind: "meeting", agendaPublished: false })) visible.push("meeting_unpublished");
  if (can(reader, "admin.manage")) visible.push("inactive_person");
  return visible;
}
