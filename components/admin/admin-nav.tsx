import { TabLinks } from "@/components/ui/tab-links";

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
  return <TabLinks label="Administration" tabs={adminSections.map((section) => ({ href: section.href, label: section.label, current: section.href === current }))} />;
}
