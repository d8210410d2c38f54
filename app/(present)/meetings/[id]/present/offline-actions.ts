"use server";

import { serviceAction } from "@/lib/actions";
import { syncOfflineWrite } from "@/lib/services/meeting-offline-sync";

/** Sends one write that meeting mode kept on the device while offline; called by the device, in order, when the connection returns. */
export const syncOfflineWriteAction = serviceAction((user, formData, meetingId: number) => syncOfflineWrite(user, meetingId, formData), {
  success: "Gemt.",
  revalidate: [{ layout: "/meetings" }],
});
