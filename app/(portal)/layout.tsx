import { AppShell } from "@/components/layout/app-shell";
import { requireUser } from "@/lib/auth/current-user";
import { currentSettings } from "@/lib/settings";
import { logout } from "./actions";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const { municipalityName } = currentSettings();
  return (
    <AppShell user={user} municipalityName={municipalityName} logout={logout}>
      {children}
    </AppShell>
  );
}
