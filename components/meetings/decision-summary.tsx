import type { decisions } from "@/db/schema";
import { formatDateTime } from "@/lib/format";
import { OutcomeBadge } from "./status-badges";

/** A recorded decision: outcome, text, who recorded it and when. */
export function DecisionSummary({
  decision,
  recorderName,
  headingLevel = 3,
  large = false,
}: {
  decision: typeof decisions.$inferSelect;
  recorderName: string | null;
  headingLevel?: 3 | 4;
  large?: boolean;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className={`rounded-md border border-gray-300 bg-gray-50 ${large ? "p-4" : "p-3"}`}>
      <Heading className={`font-semibold ${large ? "text-xl" : ""}`}>Beslutning</Heading>
      <p className="mt-1">
        <OutcomeBadge outcome={decision.outcome} large={large} />
      </p>
      {decision.text && <p className={`mt-2 whitespace-pre-line ${large ? "text-lg" : ""}`}>{decision.text}</p>}
      <p className="mt-1 text-sm text-muted">
        Registreret af {recorderName ?? "ukendt"}, <time dateTime={decision.recordedAt}>{formatDateTime(decision.recordedAt)}</time>
      </p>
    </div>
  );
}
