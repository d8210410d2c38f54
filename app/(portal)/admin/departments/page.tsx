import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { DepartmentButton } from "@/components/admin/departments/department-button";
import { DepartmentCard } from "@/components/admin/departments/department-card";
import { MergeDepartmentsForm } from "@/components/admin/departments/merge-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { isDepartmentEmpty } from "@/lib/domain/departments";
import { Pagination } from "@/components/ui/pagination";
import { ADMIN_DEPARTMENTS_PAGE_SIZE, adminDepartmentPageNumber, listAllDepartmentOptions, listDepartmentsForAdmin } from "@/lib/queries/departments";
import { parsePageRequest, type SearchParams } from "@/lib/validation/pagination";
import { deleteDepartmentAction, mergeDepartmentsAction, setDepartmentActiveAction } from "./actions";
import { departmentNoticeOf, departmentShownBy } from "./saved-notice";
import { formatCount } from "@/lib/format";

export const metadata: Metadata = { title: "Afdelinger" };

/** What "Deaktivér" does to a department (setDepartmentActive), asked about before it is done. */
const deactivationConsequence =
  "Afdelingen kan ikke længere vælges, når brugere, projekter, gevinster og idéer oprettes eller flyttes. Det, der allerede hører til afdelingen, bliver i den og viser den som før. Du kan genaktivere den når som helst.";

export default async function AdminDepartmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireCapability("admin.manage", "/admin/departments");
  const params = await searchParams;
  const notice = departmentNoticeOf(params);
  // An address that asks for one department's card (after a save, or back from its page) opens the page with it.
  const shown = params.side === undefined ? departmentShownBy(params) : null;
  const request = parsePageRequest(shown === null ? params : { side: String(adminDepartmentPageNumber(shown)) }, "side", ADMIN_DEPARTMENTS_PAGE_SIZE);
  const { rows: departments, info } = listDepartmentsForAdmin(request);
  const choices = listAllDepartmentOptions();
  return (
    <>
      <PageHeader
        title="Afdelinger"
        description="Fagområder og stabe, deres afdelingschef og ansvarlige direktør. En afdeling i brug kan deaktiveres eller lægges sammen med en anden; kun en tom afdeling kan slettes."
      >
        <Link href="/admin/departments/new" className="btn">
          Opret afdeling
        </Link>
      </PageHeader>

      <section aria-labelledby="department-list" className="mb-8 space-y-4">
        <h2 id="department-list" className="text-xl font-semibold">
          {formatCount(info.total, "afdeling", "afdelinger")}
        </h2>
        {departments.length === 0 && <p className="card text-muted">Der er ingen afdelinger endnu.</p>}
        {departments.map((department) => (
          <DepartmentCard key={department.id} department={department} notice={notice?.id === department.id ? notice.text : null}>
            {department.active ? (
              <DepartmentButton
                action={setDepartmentActiveAction.bind(null, department.id, false)}
                label={`Deaktivér ${department.name}`}
                pendingText="Deaktiverer…"
                confirm={{ text: deactivationConsequence, yes: `Ja, deaktivér ${department.name}` }}
              />
            ) : (
              <DepartmentButton action={setDepartmentActiveAction.bind(null, department.id, true)} label={`Genaktivér ${department.name}`} pendingText="Genaktiverer…" />
            )}
            {isDepartmentEmpty(department) && (
              <DepartmentButton action={deleteDepartmentAction.bind(null, department.id)} label={`Slet ${department.name}`} pendingText="Sletter…" />
            )}
          </DepartmentCard>
        ))}
        <Pagination
          info={info}
          path="/admin/departments"
          searchParams={{ ...params, saved: undefined, created: undefined, afdeling: undefined }}
          anchor="#department-list"
          noun="afdelinger"
          label="Sider med afdelinger"
        />
      </section>

      {choices.length > 1 && (
        <section aria-labelledby="merge-departments" className="card space-y-3">
          <h2 id="merge-departments" className="text-xl font-semibold">
            Læg afdelinger sammen
          </h2>
          <p className="text-muted">Brugere, projekter, gevinster og idéer flyttes i ét skridt, og den første afdeling slettes. Sammenlægningen logges.</p>
          <MergeDepartmentsForm action={mergeDepartmentsAction} departments={choices} />
        </section>
      )}
    </>
  );
}
