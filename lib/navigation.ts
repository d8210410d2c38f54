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
      { href: "/strategy", label: "Strategi", capability: "portfolio.read" },
    ],
  },
  {
    label: "Administration",
    items: [{ href: "/admin/users", label: "Brugere", capability: "admin.manage" }],
  },
];
