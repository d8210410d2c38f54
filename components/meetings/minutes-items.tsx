import { MinutesPapers } from "@/components/attachments/minutes-papers";
import type { PaperView } from "@/lib/queries/attachments";
import { agendaItemKindLabels } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/format";
import type { AgendaItemView } from "@/lib/queries/meetings";
import { OutcomeBadge } from "./status-badges";

/** The beslutningsreferat proper: every item with its decision, who recorded it and when. Never private notes. */
export function MinutesItems({ items, papers }: { items: AgendaItemView[]; papers?: Record<number, PaperView[]> }) {
  if (items.length === 0) return <p>Mødet havde ingen punkter på dagsordenen.</p>;
  return (
    <ol className="divide-y divide-gray-300 border-y border-gray-300">
      {items.map((item) => (
        <li key={item.id} className="break-inside-avoid py-4">
          <h3 className="text-lg font-semibold">
            {item.position}. {item.title}
          </h3>
          <p className="text-sm text-muted">
            {agendaItemKindLabels[item.kind]}
            {item.projectCode && ` · Projekt ${item.projectCode}`}
          </p>
          {item.proposedDecision && (
            <p className="mt-2">
              <span className="font-semibold">Indstilling:</span> {item.proposedDecision}
            </p>
          )}
          {item.decision ? (
            <div className="mt-2">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-semibold">Beslutning:</span>
                <OutcomeBadge outcome={item.decision.outcome} />
              </p>
              {item.decision.text && <p className="mt-1 whitespace-pre-line">{item.decision.text}</p>}
              <p className="mt-1 text-sm text-muted">
                Registreret af {item.recorderName ?? "ukendt"}, <time dateTime={item.decision.recordedAt}>{formatDateTime(item.decision.recordedAt)}</time>
              </p>
            </div>
          ) : (
            <p className="mt-2 italic">Ingen beslutning registreret.</p>
          )}
          <MinutesPapers papers={papers?.[item.id]} />
        </li>
      ))}
    </ol>
  );
}
