import type { ActionState } from "@/lib/action-state";
import type { ChangeRequestView } from "@/lib/queries/change-requests";
import { changeRequestAnchor } from "./change-request-anchor";
import { ChangeRequestDecisionForm } from "./lazy-decision-form";
import { ChangeRequestSummary } from "./change-request-list";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * Ændringsanmodninger on the project page: the pending request (with Godkend/Afvis for directors), the way to
 * the request form for owner, lead and department head, and the decided requests.
 */
export function ChangeRequestPanel({
  requests,
  requestHref,
  decideAction,
}: {
  requests: ChangeRequestView[];
  /** The request form's page, when the user may file a request. */
  requestHref: string | null;
  /** Set when the user may decide; binds the request id. */
  decideAction: ((requestId: number) => Action) | null;
}) {
  const pending = requests.find((request) => request.status === "pending");
  const decided = requests.filter((request) => request.status !== "pending");
  if (!pending && decided.length === 0 && !requestHref) return null;
  return (
    <section id={changeRequestAnchor} aria-labelledby="change-requests-heading" className="card mt-6 space-y-4">
      <h2 id="change-requests-heading" className="text-xl font-semibold">
        Ændringsanmodninger
      </h2>
      <p className="text-sm text-muted">Godkendt budget, baseline-datoer, afdeling, projektejer og stop af projektet besluttes af direktionen.</p>
      {pending && (
        <div className="rounded-md border border-amber-600 bg-amber-50 p-3">
          <ChangeRequestSummary request={pending} />
          {decideAction && (
            <div className="mt-3">
              <ChangeRequestDecisionForm action={decideAction(pending.id)} />
            </div>
          )}
        </div>
      )}
      {!pending && requestHref && (
        <p>
          <a href={requestHref} className="btn btn-secondary">
            Anmod om ændring
          </a>
        </p>
      )}
      {decided.length > 0 && (
        <>
          <h3 className="font-semibold">Afgjorte anmodninger</h3>
          <ul className="space-y-3">
            {decided.map((request) => (
              <li key={request.id} className="rounded-md border border-gray-300 p-3">
                <ChangeRequestSummary request={request} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
