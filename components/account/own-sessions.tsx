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
        <table className="w-full min-w-[640px] text-sm">
          <caption className="sr-only">Dine sessioner</caption>
          <thead className="bg-gray-50 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">Browser</th>
              <th scope="col" className="px-3 py-2">Startet</th>
              <th scope="col" className="px-3 py-2">Senest aktiv</th>
              <th scope="col" className="px-3 py-2">Adresse</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">Handling</span></th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.handle} className="border-t border-gray-200">
                <td className="px-3 py-2">
                  {session.browser}
                  {session.current && <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-900">Denne enhed</span>}
                </td>
                <td className="px-3 py-2">{formatDateTime(session.createdAt)}</td>
                <td className="px-3 py-2">{formatDateTime(session.lastSeenAt)}</td>
                <td className="px-3 py-2">{session.ip || "–"}</td>
                <td className="px-3 py-2">
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
