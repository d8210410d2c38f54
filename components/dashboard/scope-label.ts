import { phaseLabels } from "@/lib/domain/labels";
import type { PortfolioFilter } from "@/lib/validation/portfolio";

/** What the status widgets cover: "aktive projekter" unless a phase is chosen. */
export function scopeLabel(filter: PortfolioFilter): string {
  if (!filter.phase || filter.phase === "active") return "aktive projekter";
  return `projekter i fasen ${phaseLabels[filter.phase]}`;
}
