"use server";

import { serviceAction } from "@/lib/actions";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/services/notification-reading";

/** Opening a notification marks it read and goes where it leads; the bell in the layout shows the new count. */
export const openNotificationAction = serviceAction((user, _formData, notificationId: number) => markNotificationRead(user, notificationId), {
  success: "Notifikationen er markeret som læst.",
  revalidate: [{ layout: "/" }],
  redirect: ({ result }) => result.link,
});

export const markAllReadAction = serviceAction((user) => markAllNotificationsRead(user), {
  success: ({ result }) => (result === 0 ? "Der var ingen ulæste notifikationer." : `Alle notifikationer er markeret som læst (${result}).`),
  revalidate: [{ layout: "/" }],
});
