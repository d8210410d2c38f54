"use server";

import { headers } from "next/headers";
import { serviceAction } from "@/lib/actions";
import { clientIp } from "@/lib/request";
import { changePassword, endOtherSessions, endOwnSession, updateProfile } from "@/lib/services/account";

const ip = async () => clientIp(await headers());

export const updateProfileAction = serviceAction((user, formData) => updateProfile(user, formData), {
  success: "Din profil er gemt.",
  revalidate: [{ layout: "/" }],
});

export const changePasswordAction = serviceAction(async (user, formData) => changePassword(user, formData, await ip()), {
  success: ({ result }) =>
    result.endedSessions > 0
      ? `Din adgangskode er skiftet. Du er logget ud af ${result.endedSessions === 1 ? "1 anden enhed" : `${result.endedSessions} andre enheder`}.`
      : "Din adgangskode er skiftet.",
  revalidate: ["/account"],
});

export const endOtherSessionsAction = serviceAction(async (user) => endOtherSessions(user, await ip()), {
  success: ({ result }) => (result.endedSessions === 1 ? "1 anden enhed er logget ud." : `${result.endedSessions} andre enheder er logget ud.`),
  revalidate: ["/account"],
  // The button leaves the page with the sessions it ended: the page says what happened instead.
  redirect: ({ result }) => `/account?logget-ud=${result.endedSessions}`,
});

export const endOwnSessionAction = serviceAction(async (user, formData) => endOwnSession(user, formData, await ip()), {
  success: "Enheden er logget ud.",
  revalidate: ["/account"],
  redirect: () => "/account?logget-ud=1",
});
