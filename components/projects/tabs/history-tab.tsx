import Link from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { describeHistoryEvent } from "@/lib/domain/history";
import { formatDateTime } from "@/lib/format";
import type { HistoryEvent } from "@/lib/queries/project-tabs";
import type { Paged, SearchParams } from "@/lib/validation/pagination";

/** What happened to the project, a page at a time, newest first. */
export function HistoryTab({
  history: { rows: events, info },
  code,
  searchParams,
  canSeeMeetings,
}: {
  history: Paged<HistoryEvent>;
  code: string;
  searchParams: SearchParams;
  canSeeMeetings: boolean;
}) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading" className="mb-3 text-xl font-semibold">
        Historik
      </h2>
      {events.length === 0 && <p className="text-muted">Ingen hændelser endnu.</p>}
      <ol className="space-y-3">
        {events.map((event) => (
          <li key={event.id} className="card">
            <p className="font-semibold">{describeHistoryEvent(event.action, event.changes)}</p>
            {canSeeMeetings && typeof event.changes.meetingId === "number" && (
              <Link href={`/meetings/${event.changes.meetingId}`} className="inline-flex min-h-11 items-center text-sm underline">
                Se mødet
              </Link>
            )}
            <p className="text-sm text-muted">
              {event.actorName ?? "Systemet"} · <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
            </p>
          </li>
        ))}
      </ol>
      {info.total > 0 && (
        <Pagination info={info} path={`/projects/${code}`} searchParams={searchParams} anchor="#history-heading" noun="hændelser" label="Sider i historikken" />
      )}
    </section>
  );
}
