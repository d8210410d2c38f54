import type { AgendaActions } from "./meeting-actions";
import { queueKindLabels } from "@/lib/domain/labels";
import type { QueueItem } from "@/lib/domain/meetings";
import { ActionButton } from "@/components/ui/action-button";

/** The beslutningskø: what waits for the board, each put on the agenda with one button. */
export function QueueList({ actions, meetingId, queue }: { actions: Pick<AgendaActions, "addQueueItem">; meetingId: number; queue: QueueItem[] }) {
  if (queue.length === 0) return <p className="text-muted">Intet venter på direktionen lige nu.</p>;
  return (
    <ul className="space-y-3">
      {queue.map((item) => (
        <li key={item.key} className="card flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0 flex-1">
            <p className="text-sm font-semibold text-brand-700">{queueKindLabels[item.queueKind]}</p>
            <p className="font-semibold">{item.title}</p>
            {item.summary && <p className="text-sm text-muted">{item.summary}</p>}
          </div>
          <ActionButton action={actions.addQueueItem.bind(null, meetingId)} label="Sæt på dagsordenen" context={item.title} hidden={{ key: item.key }} className="btn" />
        </li>
      ))}
    </ul>
  );
}
