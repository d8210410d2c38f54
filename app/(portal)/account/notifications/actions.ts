"use server";

import { serviceAction } from "@/lib/actions";
import { saveMailPreferences } from "@/lib/services/mail-preferences";

export const saveMailPreferencesAction = serviceAction((user, formData) => saveMailPreferences(user, formData), {
  success: "Dine valg af e-mails er gemt.",
  revalidate: ["/account/notifications"],
});
