"use server";

import { serviceAction } from "@/lib/actions";
import { saveSettings } from "@/lib/services/settings-admin";

export const saveSettingsAction = serviceAction((user, formData) => saveSettings(user, formData), {
  success: ({ result: { changed } }) => (changed.length === 0 ? "Der var ingen ændringer at gemme." : `Indstillingerne er gemt (${changed.length} ændret).`),
  // The municipality name is in the portal's header, so every page under the layout is refreshed.
  revalidate: [{ layout: "/" }],
});
