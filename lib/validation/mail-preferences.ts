import { z } from "zod";
import { mailDeliveries, notificationKinds, type NotificationKind } from "@/lib/codes";

const delivery = z.enum(mailDeliveries, { error: "Vælg hvordan du vil have besked" });

/** One delivery per notification kind, named by the kind; `userId`, if a form sends one, must be the user's own. */
export const mailPreferencesSchema = z.object({
  ...(Object.fromEntries(notificationKinds.map((kind) => [kind, delivery])) as Record<NotificationKind, typeof delivery>),
  userId: z.coerce.number({ error: "Ukendt bruger" }).int("Ukendt bruger").positive("Ukendt bruger").optional(),
});

export type MailPreferencesInput = z.infer<typeof mailPreferencesSchema>;
