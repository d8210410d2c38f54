"use server";

import { serviceAction } from "@/lib/actions";
import { logInspiration } from "@/lib/services/inspirations";

/** After a save the user lands on the outlook page that shows the new entry. */
export const logInspirationAction = serviceAction((user, formData) => logInspiration(user, formData), {
  success: "Udsynet er gemt.",
  revalidate: ["/outlook"],
  redirect: ({ result }) => `/outlook?udsyn=${result.id}&notice=inspiration-saved#inspiration-${result.id}`,
});
