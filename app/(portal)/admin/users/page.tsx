import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { TableScroller } from "@/components/ui/table-scroller";
import { requireCapability } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { roleLabels } from "@/lib/domain/labels";
import { listUsersForAdmin } from "@/lib/queries/users";

export const metadata: Metadata = { title: "Brugere" };

export default async function AdminUsersPage() {
  await requireCapability("admin.manage", "/admin/users");
  const users = listUsersForAdmin();
  return (
    <>
      <PageHeader title="Brugere" description={`${users.length} brugere med adgang til Styrerum.`} />
      <TableScroller label="Brugere">
        <table className="w-full min-w-[760px] text-sm">
          <caption className="sr-only">Brugere</caption>
          <thead className="bg-gray-50 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">Navn</th>
              <th scope="col" className="px-3 py-2">E-mail</th>
              <th scope="col" className="px-3 py-2">Rolle</th>
              <th scope="col" className="px-3 py-2">Afdeling</th>
              <th scope="col" className="px-3 py-2">Status</th>
              <th scope="col" className="px-3 py-2">Seneste login</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-t border-gray-200">
                <td className="px-3 py-2">
                  <span className="font-medium">{user.name}</span>
                  <span className="block text-muted">{user.title}</span>
                </td>
                <td className="px-3 py-2">{user.email}</td>
                <td className="px-3 py-2">{roleLabels[user.role]}</td>
                <td className="px-3 py-2">{user.departmentName ?? "–"}</td>
                <td className="px-3 py-2">{user.active ? "Aktiv" : "Deaktiveret"}</td>
                <td className="px-3 py-2">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "Aldrig"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
    </>
  );
}
