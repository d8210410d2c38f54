import { changeRequestStatusLabels } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/format";
import type { ChangeRequestView } from "@/lib/queries/change-requests";

/** One change request: each field old → new, who asked and why, and (once decided) who decided, when and why. */
export function ChangeRequestSummary({ request }: { request: ChangeRequestView }) {
  return (
    <div className="space-y-2">
      <p className="font-semibold">
        Ændringsanmodning · <span>{changeRequestStatusLabels[request.status]}</span>
      </p>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Ændrede felter</caption>
        <thead>
          <tr>
            <th scope="col" className="py-1 pr-3">
              Felt
            </th>
            <th scope="col" className="py-1 pr-3">
              Før
            </th>
            <th scope="col" className="py-1">
              Efter
            </th>
          </tr>
        </thead>
        <tbody>
          {request.changes.map((change) => (
            <tr key={change.field} className="border-t border-gray-200">
              <th scope="row" className="py-1 pr-3 font-medium">
                {change.label}
              </th>
              <td className="py-1 pr-3">{change.oldText}</td>
              <td className="py-1">
                <span aria-hidden="true">→ </span>
                {change.newText}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm">
        <span className="font-semibold">Begrundelse:</span> {request.reason}
      </p>
      <p className="text-sm text-muted">
        Anmodet af {request.requestedByName} · <time dateTime={request.requestedAt}>{formatDateTime(request.requestedAt)}</time>
      </p>
      {request.decidedAt && (
        <p className="text-sm text-muted">
          {changeRequestStatusLabels[request.status]} af {request.decidedByName ?? "ukendt"} ·{" "}
          <time dateTime={request.decidedAt}>{formatDateTime(request.decidedAt)}</time>
          {request.decisionComment ? ` — ${request.decisionComment}` : ""}
        </p>
      )}
    </div>
  );
}

/** The decided change requests of a project, for the Historik tab. */
export function ChangeRequestHistory({ requests }: { requests: ChangeRequestView[] }) {
  const decided = requests.filter((request) => request.status !== "pending");
  if (decided.length === 0) return null;
  return (
    <section aria-labelledby="change-request-history-heading" className="mt-6">
      <h2 id="change-request-history-heading" className="mb-3 text-xl font-semibold">
        Afgjorte ændringsanmodninger
      </h2>
      <ol className="space-y-3">
        {decided.map((request) => (
          <li key={request.id} className="card">
            <ChangeRequestSummary request={request} />
          </li>
        ))}
      </ol>
    </section>
  );
}
