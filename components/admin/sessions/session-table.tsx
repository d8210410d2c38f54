import { ActionButton } from "@/components/account/action-button";
import { TableScroller } from "@/components/ui/table-scroller";
import type { ActionState } from "@/lib/action-state";
import { roleLabels } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/format";
import type { AdminSessionRow } from "@/lib/queries/sessions";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Every active session with Afslut, and Afslut alle for the user's sessions. */
export function SessionTable({ sessions, endOne, endAll }: { sessions: AdminSessionRow[]; endOne: Action; endAll: Action }) {
  return (
    <TableScroller label="Aktive sessioner">
      <table className="w-full min-w-[900px] text-sm">
        <caption className="sr-only">Aktive sessioner</caption>
        <thead className="bg-gray-50 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Bruger</th>
            <th scope="col" className="px-3 py-2">Startet</th>
            <th scope="col" className="px-3 py-2">Senest aktiv</th>
            <th scope="col" className="px-3 py-2">Adresse</th>
            <th scope="col" className="px-3 py-2">Browser</th>
            <th scope="col" className="px-3 py-2"><span className="sr-only">Handlinger</span></th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.handle} className="border-t border-gray-200 align-top">
              <td className="px-3 py-2">
                <span className="font-medium">{session.userName}</span>
                <span className="block text-muted">
                  {session.userEmail} · {roleLabels[session.role]}
                </span>
              </td>
              <td className="px-3 py-2">{formatDateTime(session.createdAt)}</td>
              <td className="px-3 py-2">{formatDateTime(session.lastSeenAt)}</td>
              <td className="px-3 py-2">{session.ip || "–"}</td>
              <td className="px-3 py-2">{session.browser}</td>
              <td className="px-3 py-2">
                <div className="flex flex-wrap gap-2">
                  <ActionButton
                    action={endOne}
                    fields={{ userId: session.userId, session: session.handle }}
                    label="Afslut"
                    pendingLabel="Afslutter…"
                    context={`session for ${session.userName} i ${session.browser}, startet ${formatDateTime(session.createdAt)}`}
                  />
                  <ActionButton
                    action={endAll}
                    fields={{ userId: session.userId }}
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
