import Link from "@/components/ui/link";
import { TableScroller } from "@/components/ui/table-scroller";
import { roleLabels } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/format";
import type { AdminUserRow } from "@/lib/queries/users";

/** The administrators' user table; `sortHeader` renders the sortable column headings. */
export function UserTable({ users, sortHeader }: { users: AdminUserRow[]; sortHeader: (column: "name" | "last_login", label: string) => React.ReactNode }) {
  return (
    <TableScroller label="Brugere">
      <table className="w-full min-w-[960px] text-sm">
        <caption className="sr-only">Brugere</caption>
        <thead className="bg-gray-50 text-left">
          <tr>
            {sortHeader("name", "Navn")}
            <th scope="col" className="px-3 py-2">E-mail</th>
            <th scope="col" className="px-3 py-2">Rolle</th>
            <th scope="col" className="px-3 py-2">Afdeling</th>
            <th scope="col" className="px-3 py-2">Titel</th>
            <th scope="col" className="px-3 py-2">Status</th>
            {sortHeader("last_login", "Seneste login")}
            <th scope="col" className="px-3 py-2">Låst</th>
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
            <tr key={user.id} className="border-t border-gray-200">
              <td className="px-3 py-2">
                <Link href={`/admin/users/${user.id}`} className="inline-flex min-h-11 items-center font-medium underline">
                  {user.name}
                </Link>
              </td>
              <td className="px-3 py-2">{user.email}</td>
              <td className="px-3 py-2">{roleLabels[user.role]}</td>
              <td className="px-3 py-2">{user.departmentName ?? "–"}</td>
              <td className="px-3 py-2">{user.title || "–"}</td>
              <td className="px-3 py-2">{user.active ? "Aktiv" : "Deaktiveret"}</td>
              <td className="px-3 py-2">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "Aldrig"}</td>
              <td className="px-3 py-2">{user.locked ? <strong className="text-red-800">Låst</strong> : "Nej"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
