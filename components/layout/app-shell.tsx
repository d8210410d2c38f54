import Link from "@/components/ui/link";
import type { SessionUser } from "@/lib/services/auth";
import { navigation } from "@/lib/navigation";
import { canEver } from "@/lib/permissions";
import { roleLabels } from "@/lib/domain/labels";
import { NavLinks } from "./nav-links";
import { NotificationBell } from "./notification-bell";
import { SearchField } from "./search-field";
import { inboxNavCounts } from "@/components/overview/inbox-nav-counts";
import { UserMenu } from "./user-menu";
import { NavMenu } from "./nav-menu";
import { inboxLinkLabel } from "@/lib/domain/inbox";

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
    <div className="min-h-screen xl:flex">
      <a
        href="#indhold"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3 focus:text-brand-900"
      >
        Gå til indhold
      </a>
      <header className="relative bg-brand-900 text-white print:hidden xl:sticky xl:top-0 xl:flex xl:h-screen xl:w-64 xl:shrink-0 xl:flex-col">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1 px-4 py-3 lg:flex-nowrap lg:gap-x-3 xl:flex-col xl:items-stretch xl:gap-0 xl:py-5">
          <Link href="/" className="block min-h-11 shrink-0 rounded-md py-1">
            <span className="block text-lg font-bold leading-tight">Styrerum</span>
            <span className="block text-sm text-brand-100">{municipalityName}</span>
          </Link>
          <div className="order-last w-full pb-1 lg:order-none lg:w-auto lg:min-w-0 lg:flex-1 lg:pb-0 xl:order-last xl:mt-3 xl:w-full xl:flex-none">
            <SearchField />
          </div>
          <NotificationBell unread={unreadNotifications} />
          <NavMenu badge={inboxCount} badgeLabel={inboxLinkLabel("Mit overblik", inboxCount)}>
            <nav aria-label="Hovedmenu" className="grid gap-x-4 gap-y-2 sm:grid-cols-2 md:grid-cols-3">
              <NavLinks groups={groups} counts={inboxNavCounts(inboxCount)} />
            </nav>
          </NavMenu>
          <div className="xl:hidden">
            <UserMenu name={user.name} roleLabel={roleLabels[user.role]} logout={logout} />
          </div>
        </div>
        <nav aria-label="Hovedmenu" className="hidden px-2 xl:block xl:flex-1 xl:overflow-y-auto xl:pb-6">
          <NavLinks groups={groups} counts={inboxNavCounts(inboxCount)} />
        </nav>
        <div className="hidden border-t border-brand-700 px-4 py-4 xl:block">
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
