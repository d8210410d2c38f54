import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { TableScroller } from "@/components/ui/table-scroller";
import { requireCapability } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { roleLabels } from "@/lib/domain/labels";
import { listUsersForAdmin } from "@/lib/queries/users";
import { parsePageRequest, type SearchParams } from "@/lib/validation/pagination";
import { parseUserSort, type UserSort } from "@/lib/validation/user-list";

export const metadata: Metadata = { title: "Brugere" };

type Props = { searchParams: Promise<SearchParams> };

export default async function AdminUsersPage({ searchParams }: Props) {
  await requireCapability("admin.manage", "/admin/users");
  const params = await searchParams;
  const sort = parseUserSort(params);
  const { rows: users, info } = listUsersForAdmin(sort, parsePageRequest(params));
  const sortHeader = (column: UserSort, label: string) => (
    <th scope="col" className="px-3 py-2" aria-sort={sort === column ? (column === "name" ? "ascending" : "descending") : undefined}>
      <Link
        href={column === "name" ? "/admin/users" : `/admin/users?sort=${column}`}
        className="inline-flex min-h-11 items-center underline"
        aria-label={`Sortér efter ${label.toLowerCase()}`}
      >
        {label}
        {sort === column && <span aria-hidden="true"> {column === "name" ? "▲" : "▼"}</span>}
      </Link>
    </th>
  );
  return (
    <>
      <PageHeader title="Brugere" description={`${new Intl.NumberFormat("da-DK").format(info.total)} brugere med adgang til Styrerum.`} />
      <TableScroller label="Brugere">
        <table className="w-full min-w-[760px] text-sm">
          <caption className="sr-only">Brugere</caption>
          <thead className="bg-gray-50 text-left">
            <tr>
              {sortHeader("name", "Navn")}
              <th scope="col" className="px-3 py-2">E-mail</th>
              <th scope="col" className="px-3 py-2">Rolle</th>
              <th scope="col" className="px-3 py-2">Afdeling</th>
              <th scope="col" className="px-3 py-2">Status</th>
              {sortHeader("last_login", "Seneste login")}
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
      <Pagination info={info} path="/admin/users" searchParams={params} noun="brugere" />
    </>
  );
}
