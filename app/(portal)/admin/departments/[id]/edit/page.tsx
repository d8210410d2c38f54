import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { DepartmentForm } from "@/components/admin/departments/department-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { departmentKindLabels } from "@/lib/domain/labels";
import { adminDepartment, departmentPeopleChoices } from "@/lib/queries/departments";
import { updateDepartmentAction } from "../../actions";
import { departmentListHref } from "../../saved-notice";

export const metadata: Metadata = { title: "Redigér afdeling" };

export default async function EditDepartmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireCapability("admin.manage", "/admin/departments/[id]/edit");
  const department = /^\d+$/.test(id) ? adminDepartment(Number(id)) : undefined;
  if (!department) notFound();
  const { heads, directors } = departmentPeopleChoices();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={departmentListHref(department.id)} className="inline-flex min-h-11 items-center underline">
          ← Tilbage til afdelingerne
        </Link>
      </p>
      <PageHeader
        title={`Redigér ${department.name}`}
        description={`${department.shortName} · ${departmentKindLabels[department.kind]} · ${department.active ? "Aktiv" : "Deaktiveret"}`}
      />
      <div className="card">
        <DepartmentForm
          action={updateDepartmentAction.bind(null, department.id)}
          idPrefix={`department-${department.id}-edit`}
          values={department}
          heads={heads}
          directors={directors}
          submitLabel="Gem ændringer"
        />
      </div>
    </>
  );
}
