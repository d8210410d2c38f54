import Link from "@/components/ui/link";
import { roles } from "@/lib/codes";
import { roleLabels } from "@/lib/domain/labels";
import type { UserListFilter } from "@/lib/validation/user-admin";

type DepartmentOption = { value: number; label: string };

/** Search and filters of the user list, as a plain GET form (works without JavaScript, keeps the URL shareable). */
export function UserFilterForm({ filter, departments, sort }: { filter: UserListFilter; departments: DepartmentOption[]; sort: string }) {
  return (
    <form method="get" action="/admin/users" role="search" aria-label="Søg og filtrér brugere" className="card mb-4 grid gap-4 md:grid-cols-5 md:items-end">
      {sort !== "name" && <input type="hidden" name="sort" value={sort} />}
      <div className="md:col-span-2">
        <label htmlFor="user-search" className="mb-1 block font-semibold">
          Søg
        </label>
        <input id="user-search" name="q" type="search" className="field" defaultValue={filter.q} placeholder="Navn eller e-mail" maxLength={120} />
      </div>
      <div>
        <label htmlFor="user-role-filter" className="mb-1 block font-semibold">
          Rolle
        </label>
        <select id="user-role-filter" name="role" className="field" defaultValue={filter.role ?? ""}>
          <option value="">Alle roller</option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="user-department-filter" className="mb-1 block font-semibold">
          Afdeling
        </label>
        <select id="user-department-filter" name="department" className="field" defaultValue={filter.departmentId ?? ""}>
          <option value="">Alle afdelinger</option>
          {departments.map((department) => (
            <option key={department.value} value={department.value}>
              {department.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="user-active-filter" className="mb-1 block font-semibold">
          Status
        </label>
        <select id="user-active-filter" name="active" className="field" defaultValue={filter.active}>
          <option value="all">Alle</option>
          <option value="active">Aktive</option>
          <option value="inactive">Deaktiverede</option>
        </select>
      </div>
      <div className="flex flex-wrap gap-2 md:col-span-5">
        <button type="submit" className="btn">
          Vis brugere
        </button>
        <Link href="/admin/users" className="btn btn-secondary">
          Nulstil filtre
        </Link>
      </div>
    </form>
  );
}
