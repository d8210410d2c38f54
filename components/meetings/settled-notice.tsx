import { decisionOutcomeLabels } from "@/lib/domain/decision-outcomes";
import { formatDateTime } from "@/lib/format";
import type { SettledElsewhere } from "@/lib/queries/settled-elsewhere";

/** Says that the item's request was decided on its own page, by whom and when, and what is left for the board. */
export function SettledNotice({ settled, large = false }: { settled: SettledElsewhere; large?: boolean }) {
  const by = [settled.byName, settled.at ? formatDateTime(settled.at) : null].filter(Boolean).join(", ");
  return (
    <p className={`rounded-md border border-amber-600 bg-amber-50 p-3 ${large ? "text-lg" : "text-sm"}`}>
      <strong>Afgjort uden for mødet: {decisionOutcomeLabels[settled.outcome]}</strong>
      {by && ` (${by})`}. Direktionen kan tage punktet til efterretning eller fjerne det fra dagsordenen.
    </p>
  );
}
