import { AppShell } from "@/components/layout/app-shell";
import { requireUser } from "@/lib/auth/current-user";
import { requestInbox } from "@/lib/queries/inbox";
import { readSettings } from "@/lib/settings";
import { logout } from "./actions";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const { municipalityName } = readSettings();
  return (
    <AppShell user={user} municipalityName={municipalityName} logout={logout} inboxCount={requestInbox(user).length}>
      {children}
    </AppShell>
  );
}
