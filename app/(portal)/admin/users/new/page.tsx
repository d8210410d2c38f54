import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { CreateUserForm } from "@/components/admin/users/create-user-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { userFormDepartmentOptions } from "@/lib/queries/users";
import { createUserAction } from "../actions";

export const metadata: Metadata = { title: "Opret bruger" };

export default async function NewUserPage() {
  await requireCapability("admin.manage", "/admin/users/new");
  return (
    <>
      <nav aria-label="Brødkrumme" className="mb-3 text-sm">
        <Link href="/admin/users" className="inline-flex min-h-11 items-center underline">
          ← Brugere
        </Link>
      </nav>
      <PageHeader
        title="Opret bruger"
        description="Brugeren får et engangslink, der gælder i 72 timer, til selv at vælge en adgangskode. Indtil da kan brugeren ikke logge ind."
      />
      <section aria-label="Den nye brugers oplysninger" className="card max-w-2xl">
        <CreateUserForm action={createUserAction} departments={userFormDepartmentOptions()} />
      </section>
    </>
  );
}
