import Link from "@/components/ui/link";
import { formatDate } from "@/lib/format";
import type { MeetingSummary } from "@/lib/queries/meetings";
import { MeetingStatusBadge } from "./status-badges";

export function MeetingList({ items, empty, showPublication }: { items: MeetingSummary[]; empty: string; showPublication: boolean }) {
  if (items.length === 0) return <p className="card text-muted">{empty}</p>;
  return (
    <ul className="space-y-3">
      {items.map((meeting) => (
        <li key={meeting.id} className="card flex flex-wrap items-center justify-between gap-3">
          <div className="min-w-0">
            <Link href={`/meetings/${meeting.id}`} className="inline-flex min-h-11 items-center text-lg font-semibold underline">
              {meeting.title}
            </Link>
            <p className="text-muted">
              <time dateTime={meeting.date}>{formatDate(meeting.date)}</time> kl. {meeting.time}
              {meeting.location && ` · ${meeting.location}`} · {meeting.itemCount} {meeting.itemCount === 1 ? "punkt" : "punkter"}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <MeetingStatusBadge status={meeting.status} />
            {showPublication && !meeting.agendaPublishedAt && (
              <span className="badge border-gray-500 font-normal text-gray-800">Dagsorden ikke udgivet</span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
