import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ImportForm } from "@/components/admin/users/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { commitImportAction, previewImportAction } from "../actions";

export const metadata: Metadata = { title: "Importér brugere" };

export default async function ImportUsersPage() {
  await requireCapability("admin.manage", "/admin/users/import");
  return (
    <>
      <nav aria-label="Brødkrumme" className="mb-3 text-sm">
        <Link href="/admin/users" className="inline-flex min-h-11 items-center underline">
          ← Brugere
        </Link>
      </nav>
      <PageHeader
        title="Importér brugere"
        description="Indlæs en brugerliste fra HR eller kataloget. Du ser først, hvad der sker med hver række; intet gemmes, før du bekræfter, og så gemmes alt på én gang."
      />
      <ImportForm preview={previewImportAction} commit={commitImportAction} />
    </>
  );
}
