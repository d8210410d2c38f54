import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { UserFilterForm } from "@/components/admin/users/user-filter-form";
import { UserTable } from "@/components/admin/users/user-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireCapability } from "@/lib/auth/current-user";
import { listDepartmentOptions, listUsersForAdmin } from "@/lib/queries/users";
import { parseUserListFilter } from "@/lib/validation/user-admin";
import { parsePageRequest, type SearchParams } from "@/lib/validation/pagination";
import { parseUserSort, type UserSort } from "@/lib/validation/user-list";
import { formatCount } from "@/lib/format";

export const metadata: Metadata = { title: "Brugere" };

type Props = { searchParams: Promise<SearchParams> };

/** The list's address with the current filters and another sort (page 1). */
function sortHref(params: SearchParams, column: UserSort): string {
  const query = new URLSearchParams();
  for (const key of ["q", "role", "department", "active"]) {
    const value = params[key];
    if (typeof value === "string" && value) query.set(key, value);
  }
  if (column !== "name") query.set("sort", column);
  const text = query.toString();
  return text ? `/admin/users?${text}` : "/admin/users";
}

export default async function AdminUsersPage({ searchParams }: Props) {
  await requireCapability("admin.manage", "/admin/users");
  const params = await searchParams;
  const sort = parseUserSort(params);
  const filter = parseUserListFilter(params);
  const departments = listDepartmentOptions();
  const { rows: users, info } = listUsersForAdmin(sort, parsePageRequest(params), filter);
  const filtered = Boolean(filter.q || filter.role || filter.departmentId || filter.active !== "all");
  const sortHeader = (column: UserSort, label: string) => (
    <th scope="col" aria-sort={sort === column ? (column === "name" ? "ascending" : "descending") : undefined}>
      <Link href={sortHref(params, column)} className="inline-flex min-h-11 items-center underline" aria-label={`Sortér efter ${label.toLowerCase()}`}>
        {label}
        {sort === column && <span aria-hidden="true"> {column === "name" ? "▲" : "▼"}</span>}
      </Link>
    </th>
  );
  const total = info.total;
  return (
    <>
      <PageHeader title="Brugere" description={filtered ? `${formatCount(total, "bruger", "brugere")} matcher.` : `${formatCount(total, "bruger", "brugere")} med adgang til Styrerum.`}>
        <div className="flex flex-wrap gap-2">
          <Link href="/admin/users/new" className="btn">
            Opret bruger
          </Link>
          <Link href="/admin/users/import" className="btn btn-secondary">
            Importér brugere
          </Link>
        </div>
      </PageHeader>
      <UserFilterForm filter={filter} departments={departments} sort={sort} />
      <UserTable users={users} sortHeader={sortHeader} />
      <Pagination info={info} path="/admin/users" searchParams={params} noun="brugere" />
    </>
  );
}
