import { ActionButton } from "@/components/account/action-button";
import { TableScroller } from "@/components/ui/table-scroller";
import type { ActionState } from "@/lib/action-state";
import { formatDateTime } from "@/lib/format";
import type { OwnSessionRow } from "@/lib/queries/sessions";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

type Props = { sessions: OwnSessionRow[]; others: number; endOne: Action; endOthers: Action };

/** A page of the user's own sessions, this one marked, each other one with Log ud; and Log ud af andre enheder. */
export function OwnSessions({ sessions, others, endOne, endOthers }: Props) {
  return (
    <>
      <TableScroller label="Dine sessioner">
        <table className="data-table min-w-[640px]">
          <caption className="sr-only">Dine sessioner</caption>
          <thead>
            <tr>
              <th scope="col">Browser</th>
              <th scope="col">Startet</th>
              <th scope="col">Senest aktiv</th>
              <th scope="col">Adresse</th>
              <th scope="col"><span className="sr-only">Handling</span></th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.handle}>
                <td>
                  {session.browser}
                  {session.current && <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-900">Denne enhed</span>}
                </td>
                <td>{formatDateTime(session.createdAt)}</td>
                <td>{formatDateTime(session.lastSeenAt)}</td>
                <td>{session.ip || "–"}</td>
                <td>
                  {!session.current && (
                    <ActionButton
                      action={endOne}
                      fields={{ session: session.handle }}
                      label="Log ud"
                      pendingLabel="Logger ud…"
                      context={`${session.browser}, startet ${formatDateTime(session.createdAt)}`}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
      <div className="mt-4">
        {others > 0 ? (
          <ActionButton action={endOthers} fields={{}} label="Log ud af andre enheder" pendingLabel="Logger ud…" />
        ) : (
          <p className="text-muted">Du er ikke logget ind andre steder.</p>
        )}
      </div>
    </>
  );
}
