import type { Capability } from "@/lib/permissions";

export type NavItem = { href: string; label: string; capability: Capability };
export type NavGroup = { label: string; items: NavItem[] };

/** The portal's navigation as data; each item shows only to users who hold its capability. */
export const navigation: NavGroup[] = [
  {
    label: "Styring",
    items: [
      { href: "/", label: "Mit overblik", capability: "portfolio.read" },
      { href: "/portfolio", label: "Portefølje", capability: "portfolio.read" },
      { href: "/benefits", label: "Gevinster", capability: "portfolio.read" },
      { href: "/strategy", label: "Strategi", capability: "portfolio.read" },
      { href: "/meetings", label: "Møder", capability: "meeting.read" },
    ],
  },
  {
    label: "Udvikling",
    items: [
      { href: "/zones", label: "Udviklingsrum", capability: "portfolio.read" },
      { href: "/learnings", label: "Erfaringsbank", capability: "portfolio.read" },
      { href: "/ideas", label: "Idéer", capability: "idea.participate" },
      { href: "/outlook", label: "Udsyn", capability: "idea.participate" },
    ],
  },
  {
    label: "Administration",
    items: [
      { href: "/admin", label: "Administration", capability: "admin.manage" },
      { href: "/admin/users", label: "Brugere", capability: "admin.manage" },
    ],
  },
];
