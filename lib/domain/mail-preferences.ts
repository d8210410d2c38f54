import { mailDeliveries, notificationKinds, type MailDelivery, type NotificationKind, type Role } from "@/lib/codes";

export type MailPreferences = Record<NotificationKind, MailDelivery>;

/**
 * How each kind reaches a user by e-mail until they choose otherwise. Directors hear at once about what they
 * decide or approve and read the rest in a morning digest; department heads also hear at once about requests from
 * their department; staff hear at once about their own work and weekly about the rest; administrators, who take no
 * business decisions, get a weekly digest.
 */
const roleDefaults: Record<Role, MailPreferences> = {
  director: {
    agenda_published: "immediate",
    decision_made: "immediate",
    department_request: "daily",
    idea_update: "daily",
    minutes_ready: "immediate",
    overdue: "daily",
    share_link_created: "daily",
  },
  department_head: {
    agenda_published: "immediate",
    decision_made: "immediate",
    department_request: "immediate",
    idea_update: "daily",
    minutes_ready: "daily",
    overdue: "daily",
    share_link_created: "weekly",
  },
  staff: {
    agenda_published: "immediate",
    decision_made: "immediate",
    department_request: "weekly",
    idea_update: "immediate",
    minutes_ready: "weekly",
    overdue: "immediate",
    share_link_created: "weekly",
  },
  admin: {
    agenda_published: "weekly",
    decision_made: "weekly",
    department_request: "weekly",
    idea_update: "weekly",
    minutes_ready: "weekly",
    overdue: "weekly",
    share_link_created: "weekly",
  },
};

export function defaultMailPreferences(role: Role): MailPreferences {
  return { ...roleDefaults[role] };
}

/** The role's defaults with the user's own saved choices on top; unknown kinds or deliveries are ignored. */
export function effectiveMailPreferences(role: Role, saved: readonly { kind: string; delivery: string }[]): MailPreferences {
  const preferences = defaultMailPreferences(role);
  for (const choice of saved) {
    if (isNotificationKind(choice.kind) && isMailDelivery(choice.delivery)) preferences[choice.kind] = choice.delivery;
  }
  return preferences;
}

/** The kinds a user has set to one delivery, e.g. everything that goes into the daily digest. */
export function kindsWithDelivery(preferences: MailPreferences, delivery: MailDelivery): NotificationKind[] {
  return notificationKinds.filter((kind) => preferences[kind] === delivery);
}

export function isNotificationKind(value: string): value is NotificationKind {
  return (notificationKinds as readonly string[]).includes(value);
}

export function isMailDelivery(value: string): value is MailDelivery {
  return (mailDeliveries as readonly string[]).includes(value);
}
