import { queueKindLabels } from "@/lib/domain/labels";
import type { QueueItem, QueueKind } from "@/lib/domain/meetings";

/** How many items of each kind wait in the decision queue. */
export function QueueSummary({ queue }: { queue: QueueItem[] }) {
  if (queue.length === 0) return null;
  const counts = new Map<QueueKind, number>();
  for (const item of queue) counts.set(item.queueKind, (counts.get(item.queueKind) ?? 0) + 1);
  return (
    <ul aria-label="Antal i beslutningskøen" className="mb-3 flex flex-wrap gap-2 text-sm">
      {[...counts].map(([kind, count]) => (
        <li key={kind} className="rounded-md border border-gray-300 bg-white px-2 py-1">
          {queueKindLabels[kind]}: <span className="font-semibold tabular-nums">{count}</span>
        </li>
      ))}
    </ul>
  );
}
