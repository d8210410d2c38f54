"use server";

import { headers } from "next/headers";
import { serviceAction } from "@/lib/actions";
import { clientIp } from "@/lib/request";
import { endAllUserSessions, endSessionAsAdmin } from "@/lib/services/sessions-admin";
import { sessionsPageHref } from "@/lib/validation/sessions";

const ip = async () => clientIp(await headers());

export const endSessionAction = serviceAction(async (user, formData) => endSessionAsAdmin(user, formData, await ip()), {
  success: "Sessionen er afsluttet.",
  revalidate: ["/admin/sessions", "/admin"],
  // The ended session's row, and the button's own message with it, leave the page: the page says it instead.
  // The list comes back with the search it was ended from.
  redirect: ({ formData }) => sessionsPageHref({ q: formData.get("q"), ended: 1 }),
});

export const endUserSessionsAction = serviceAction(async (user, formData) => endAllUserSessions(user, formData, await ip()), {
  success: ({ result }) => (result.endedSessions === 1 ? "1 session er afsluttet." : `${result.endedSessions} sessioner er afsluttet.`),
  revalidate: ["/admin/sessions", "/admin"],
  redirect: ({ result, formData }) => sessionsPageHref({ q: formData.get("q"), ended: result.endedSessions }),
});
