"use client";

import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { InboxCountBadge } from "@/components/overview/inbox-count-badge";

export type NavLinkGroup = { label: string; items: { href: string; label: string }[] };
/** A count shown on a menu link (the inbox on Mit overblik), with the link's full accessible name. */
export type NavLinkCount = { count: number; accessibleName: string };

function matches(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** The link for this page is the longest one that matches it (so /admin/users marks Brugere, not also /admin). */
function currentHref(pathname: string, hrefs: string[]): string | undefined {
  return hrefs.filter((href) => matches(pathname, href)).sort((a, b) => b.length - a.length)[0];
}

export function NavLinks({ groups, counts = {} }: { groups: NavLinkGroup[]; counts?: Record<string, NavLinkCount> }) {
  const current = currentHref(
    usePathname(),
    groups.flatMap((group) => group.items.map((item) => item.href)),
  );
  return (
    <>
      {groups.map((group) => (
        <div key={group.label} className="mb-2 xl:mb-6">
          <h2 className="mb-2 px-3 text-xs font-semibold uppercase tracking-wide text-brand-100">
            {group.label}
          </h2>
          <ul className="flex flex-col gap-1">
            {group.items.map((item) => {
              const isCurrent = item.href === current;
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={isCurrent ? "page" : undefined}
                    className="nav-link"
                  >
                    {counts[item.href] ? (
                      <InboxCountBadge label={item.label} count={counts[item.href].count} accessibleName={counts[item.href].accessibleName} />
                    ) : (
                      item.label
                    )}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </>
  );
}
