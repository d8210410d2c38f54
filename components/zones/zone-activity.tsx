import { formatDateTime } from "@/lib/format";
import type { ZoneActivity as ZoneActivityEvent } from "@/lib/queries/zones";
import { describeZoneEvent } from "./activity-text";

export function ZoneActivity({ events }: { events: ZoneActivityEvent[] }) {
  return (
    <section aria-labelledby="activity-heading" className="card">
      <h2 id="activity-heading" className="mb-3 text-xl font-semibold">
        Seneste aktivitet
      </h2>
      {events.length === 0 ? (
        <p className="text-muted">Ingen aktivitet endnu.</p>
      ) : (
        <ol className="space-y-2">
          {events.map((event) => (
            <li key={event.id} className="border-b border-gray-200 pb-2 last:border-b-0">
              <p>{describeZoneEvent(event.action, event.changes)}</p>
              <p className="text-sm text-muted">
                {event.actorName ?? "Systemet"} · <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
