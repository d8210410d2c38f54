import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { DepartmentForm } from "@/components/admin/departments/department-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { departmentPeopleChoices } from "@/lib/queries/departments";
import { createDepartmentAction } from "../actions";

export const metadata: Metadata = { title: "Opret afdeling" };

/** A new department has a page of its own, like an edit, so the list does not carry the form's choices. */
export default async function NewDepartmentPage() {
  await requireCapability("admin.manage", "/admin/departments/new");
  const { heads, directors } = departmentPeopleChoices();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/departments" className="inline-flex min-h-11 items-center underline">
          ← Tilbage til afdelingerne
        </Link>
      </p>
      <PageHeader title="Opret afdeling" description="Et fagområde eller en stab, med afdelingschef og ansvarlig direktør." />
      <div className="card">
        <DepartmentForm action={createDepartmentAction} idPrefix="new-department" heads={heads} directors={directors} submitLabel="Opret afdeling" />
      </div>
    </>
  );
}
