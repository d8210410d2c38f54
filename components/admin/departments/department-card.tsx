import Link from "@/components/ui/link";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { departmentKindLabels } from "@/lib/domain/labels";
import type { AdminDepartment } from "@/lib/queries/departments";
import { formatCount } from "@/lib/format";

/** One department's facts as the admin list shows them, a link to its edit page, and `children`: its buttons. */
export function DepartmentCard({ department, notice, children }: { department: AdminDepartment; notice: string | null; children: React.ReactNode }) {
  const headingId = `department-${department.id}`;
  return (
    <section aria-labelledby={headingId} className={department.active ? "card space-y-3" : "card space-y-3 border-dashed bg-gray-50"}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {department.name} <span className="text-muted">{`(${department.shortName})`}</span>
        </h3>
        <span className="text-sm font-semibold">{department.active ? "Aktiv" : "Deaktiveret"}</span>
      </div>
      {notice && <NoticeBanner text={notice} />}
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3 [&_dd]:inline [&_dt]:inline [&_dt]:font-semibold">
        <div>
          <dt>Type: </dt>
          <dd>{departmentKindLabels[department.kind]}</dd>
        </div>
        <div>
          <dt>Afdelingschef: </dt>
          <dd>{department.headName ?? "Ingen valgt"}</dd>
        </div>
        <div>
          <dt>Ansvarlig direktør: </dt>
          <dd>{department.directorName ?? "Ingen valgt"}</dd>
        </div>
        <div>
          <dt>Brugere og projekter: </dt>
          <dd>{`${formatCount(department.users, "bruger", "brugere")} · ${formatCount(department.projects, "projekt", "projekter")}`}</dd>
        </div>
        <div>
          <dt>Gevinster og idéer: </dt>
          <dd>{`${formatCount(department.benefits, "gevinst", "gevinster")} · ${formatCount(department.ideas, "idé", "idéer")}`}</dd>
        </div>
      </dl>
      <div className="flex flex-wrap items-start gap-3">
        <Link href={`/admin/departments/${department.id}/edit`} className="btn" aria-label={`Redigér ${department.name}`}>
          Redigér
        </Link>
        {children}
      </div>
    </section>
  );
}
