import Link from "next/link";
import type { SessionUser } from "@/lib/services/auth";
import { navigation } from "@/lib/navigation";
import { canEver } from "@/lib/permissions";
import { roleLabels } from "@/lib/domain/labels";
import { NavLinks } from "./nav-links";
import { NotificationBell } from "./notification-bell";
import { SearchField } from "./search-field";
import { inboxNavCounts } from "@/components/overview/inbox-nav-counts";
import { UserMenu } from "./user-menu";

export function AppShell({
  user,
  logout,
  municipalityName,
  unreadNotifications,
  inboxCount = 0,
  children,
}: {
  user: SessionUser;
  /** The sign-out action, from the portal layout. */
  logout: () => Promise<void>;
  municipalityName: string;
  /** The bell's count, read by the portal layout. */
  unreadNotifications: number;
  /** How many items wait in the user's Mit overblik inbox (the menu's badge). */
  inboxCount?: number;
  children: React.ReactNode;
}) {
  const groups = navigation
    .map((group) => ({
      label: group.label,
      items: group.items
        .filter((item) => canEver(user, item.capability))
        .map(({ href, label }) => ({ href, label })),
    }))
    .filter((group) => group.items.length > 0);

  return (
    <div className="min-h-screen lg:flex">
      <a
        href="#indhold"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3 focus:text-brand-900"
      >
        Gå til indhold
      </a>
      <header className="bg-brand-900 text-white print:hidden lg:sticky lg:top-0 lg:flex lg:h-screen lg:w-64 lg:shrink-0 lg:flex-col">
        <div className="flex items-center justify-between gap-4 px-4 py-3 lg:block lg:py-5">
          <Link href="/" className="block min-h-11 rounded-md py-1">
            <span className="block text-lg font-bold leading-tight">Styrerum</span>
            <span className="block text-sm text-brand-100">{municipalityName}</span>
          </Link>
          <NotificationBell unread={unreadNotifications} />
          <div className="lg:hidden">
            <UserMenu name={user.name} roleLabel={roleLabels[user.role]} logout={logout} />
          </div>
        </div>
        <SearchField />
        <nav aria-label="Hovedmenu" className="px-2 pb-3 lg:flex-1 lg:overflow-y-auto lg:pb-6">
          <NavLinks groups={groups} counts={inboxNavCounts(inboxCount)} />
        </nav>
        <div className="hidden border-t border-brand-700 px-4 py-4 lg:block">
          <UserMenu name={user.name} roleLabel={roleLabels[user.role]} logout={logout} />
        </div>
      </header>
      <div className="flex min-h-screen min-w-0 flex-1 flex-col">
        <main id="indhold" tabIndex={-1} className="w-full max-w-7xl flex-1 px-4 py-6 md:px-8">
          {children}
        </main>
        <footer className="border-t border-gray-300 px-4 py-4 text-sm md:px-8 print:hidden">
          <Link href="/accessibility" className="inline-flex min-h-11 items-center underline">
            Tilgængelighedserklæring
          </Link>
        </footer>
      </div>
    </div>
  );
}
