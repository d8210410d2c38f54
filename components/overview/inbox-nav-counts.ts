import { inboxLinkLabel } from "@/lib/domain/inbox";
import type { NavLinkCount } from "@/components/layout/nav-links";

/** The Mit overblik menu link's count, keyed by its href as the menu expects. */
export function inboxNavCounts(count: number): Record<string, NavLinkCount> {
  return { "/": { count, accessibleName: inboxLinkLabel("Mit overblik", count) } };
}
