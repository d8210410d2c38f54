import { TableScroller } from "@/components/ui/table-scroller";
import { roleLabels } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/format";
import type { AdminUserRow } from "@/lib/queries/users";

/**
 * The administrators' user table; `sortHeader` renders the sortable column headings. Plain links and the short table
 * classes, since a page holds 50 rows.
 */
export function UserTable({ users, sortHeader }: { users: AdminUserRow[]; sortHeader: (column: "name" | "last_login", label: string) => React.ReactNode }) {
  return (
    <TableScroller label="Brugere">
      <table className="data-table min-w-[960px]">
        <caption className="sr-only">Brugere</caption>
        <thead>
          <tr>
            {sortHeader("name", "Navn")}
            <th scope="col">E-mail</th>
            <th scope="col">Rolle</th>
            <th scope="col">Afdeling</th>
            <th scope="col">Titel</th>
            <th scope="col">Status</th>
            {sortHeader("last_login", "Seneste login")}
            <th scope="col">Låst</th>
          </tr>
        </thead>
        <tbody>
          {users.length === 0 && (
            <tr>
              <td colSpan={8} className="px-3 py-4 text-muted">
                Ingen brugere matcher søgningen.
              </td>
            </tr>
          )}
          {users.map((user) => (
            <tr key={user.id}>
              <td>
                <a href={`/admin/users/${user.id}`} className="row-link">
                  {user.name}
                </a>
              </td>
              <td>{user.email}</td>
              <td>{roleLabels[user.role]}</td>
              <td>{user.departmentName ?? "–"}</td>
              <td>{user.title || "–"}</td>
              <td>{user.active ? "Aktiv" : "Deaktiveret"}</td>
              <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "Aldrig"}</td>
              <td>{user.locked ? <strong className="text-red-800">Låst</strong> : "Nej"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
