import Link from "next/link";

/** The administration's pages; the landing page shows them as cards, every admin page as this sub-navigation. */
export const adminSections = [
  { href: "/admin", label: "Overblik", description: "" },
  { href: "/admin/users", label: "Brugere", description: "Opret, ret, deaktivér og importér brugere." },
  { href: "/admin/departments", label: "Afdelinger", description: "Afdelinger, stabe og deres chefer." },
  { href: "/admin/settings", label: "Indstillinger", description: "Forretningsregler, tærskler og sessionstider." },
  { href: "/admin/sessions", label: "Sessioner", description: "Hvem er logget ind, og afslut sessioner." },
  { href: "/admin/audit", label: "Revisionslog", description: "Hvem gjorde hvad og hvornår, med kædens tilstand." },
  { href: "/admin/import", label: "Import", description: "Importér projekter og gevinster fra Excel eller CSV." },
] as const;

export type AdminSectionHref = (typeof adminSections)[number]["href"];

/** Links between the administration's pages; `current` is marked for screen readers and by its underline. */
export function AdminNav({ current }: { current: AdminSectionHref }) {
  return (
    <nav aria-label="Administration" className="mb-6 border-b border-gray-300">
      <ul className="-mb-px flex flex-wrap gap-1">
        {adminSections.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              aria-current={section.href === current ? "page" : undefined}
              className={`flex min-h-11 items-center border-b-4 px-4 font-medium ${
                section.href === current ? "border-brand-700 text-brand-900" : "border-transparent text-gray-700 hover:border-gray-400"
              }`}
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
