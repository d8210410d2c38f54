"use server";

import { serviceAction } from "@/lib/actions";
import { logInspiration } from "@/lib/services/inspirations";

export const logInspirationAction = serviceAction((user, formData) => logInspiration(user, formData), {
  success: "Udsynet er gemt.",
  revalidate: ["/outlook"],
});
