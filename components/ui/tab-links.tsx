import Link from "@/components/ui/link";

export type TabLink = { href: string; label: string; current: boolean };

/**
 * A row of tabs that are links: each view has its own URL and works without JavaScript. `end` sits at the
 * row's right end (an action that belongs to every tab), outside the navigation landmark.
 */
export function TabLinks({ label, tabs, className = "mb-6", end }: { label: string; tabs: TabLink[]; className?: string; end?: React.ReactNode }) {
  const list = (
    <ul className="-mb-px flex flex-wrap gap-1">
      {tabs.map((tab) => (
        <li key={tab.href}>
          <Link href={tab.href} aria-current={tab.current ? "page" : undefined} className="tab-link">
            {tab.label}
          </Link>
        </li>
      ))}
    </ul>
  );
  if (!end) {
    return (
      <nav aria-label={label} className={`${className} border-b border-gray-300 print:hidden`}>
        {list}
      </nav>
    );
  }
  return (
    <div className={`${className} flex flex-wrap items-end justify-between gap-x-4 gap-y-2 border-b border-gray-300 print:hidden`}>
      <nav aria-label={label}>{list}</nav>
      <div className="pb-1">{end}</div>
    </div>
  );
}
