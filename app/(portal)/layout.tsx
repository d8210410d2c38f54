import { AppShell } from "@/components/layout/app-shell";
import { requireUser } from "@/lib/auth/current-user";
import { requestUnreadNotificationCount } from "@/lib/queries/notifications";
import { requestInboxCount } from "@/lib/queries/inbox";
import { readSettings } from "@/lib/settings";
import { logout } from "./actions";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const { municipalityName } = readSettings();
  const unreadNotifications = requestUnreadNotificationCount(user.id);
  return (
    <AppShell user={user} municipalityName={municipalityName} unreadNotifications={unreadNotifications} inboxCount={requestInboxCount(user)} logout={logout}>
      {children}
    </AppShell>
  );
}
