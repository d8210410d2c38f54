import { formatDateTime } from "@/lib/format";
import type { OverviewChange } from "@/lib/queries/inbox-changes";

/** What others changed on the person's projects and benefits since their last visit, newest first. */
export function ChangesList({ changes, since }: { changes: OverviewChange[]; since: string }) {
  if (changes.length === 0) {
    return <p className="card text-muted">Intet nyt på dine projekter og gevinster siden {formatDateTime(since)}.</p>;
  }
  return (
    <ul className="card divide-y divide-gray-200 !p-0">
      {changes.map((change, index) => (
        <li key={`${change.at}-${index}`} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-2">
          <time dateTime={change.at} className="nowrap text-sm text-muted">
            {formatDateTime(change.at)}
          </time>
          <span className="text-sm font-semibold">{change.what}</span>
          <a href={change.href} className="row-link">
            {change.subject}
          </a>
          <span>{change.text}</span>
        </li>
      ))}
    </ul>
  );
}
