import { ActionButton } from "@/components/account/action-button";
import { TableScroller } from "@/components/ui/table-scroller";
import type { ActionState } from "@/lib/action-state";
import { roleLabels } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/format";
import type { AdminSessionRow } from "@/lib/queries/sessions";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * Every active session with Afslut, and Afslut alle for the user's sessions. Each button also posts the list's
 * search (`q`), so that the list comes back with it after the session has ended.
 */
export function SessionTable({ sessions, search = "", endOne, endAll }: { sessions: AdminSessionRow[]; search?: string; endOne: Action; endAll: Action }) {
  const kept: Record<string, string> = search ? { q: search } : {};
  return (
    <TableScroller label="Aktive sessioner">
      <table className="data-table rows-top min-w-[900px]">
        <caption className="sr-only">Aktive sessioner</caption>
        <thead>
          <tr>
            <th scope="col">Bruger</th>
            <th scope="col">Startet</th>
            <th scope="col">Senest aktiv</th>
            <th scope="col">Adresse</th>
            <th scope="col">Browser</th>
            <th scope="col"><span className="sr-only">Handlinger</span></th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.handle}>
              <td>
                <span className="font-medium">{session.userName}</span>
                <small>
                  {session.userEmail} · {roleLabels[session.role]}
                </small>
              </td>
              <td>{formatDateTime(session.createdAt)}</td>
              <td>{formatDateTime(session.lastSeenAt)}</td>
              <td>{session.ip || "–"}</td>
              <td>{session.browser}</td>
              <td>
                <div className="flex flex-wrap gap-2">
                  <ActionButton
                    action={endOne}
                    fields={{ userId: session.userId, session: session.handle, ...kept }}
                    label="Afslut"
                    pendingLabel="Afslutter…"
                    context={`session for ${session.userName} i ${session.browser}, startet ${formatDateTime(session.createdAt)}`}
                  />
                  <ActionButton
                    action={endAll}
                    fields={{ userId: session.userId, ...kept }}
                    label="Afslut alle"
                    pendingLabel="Afslutter…"
                    context={`sessioner for ${session.userName}`}
                  />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
