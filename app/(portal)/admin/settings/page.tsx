import type { Metadata } from "next";
import { SettingsForm } from "@/components/admin/settings/settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { readSettingsForm } from "@/lib/queries/settings-form";
import { saveSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Indstillinger" };

export default async function AdminSettingsPage() {
  await requireCapability("admin.manage", "/admin/settings");
  const { values, version } = readSettingsForm();
  return (
    <>
      <PageHeader
        title="Indstillinger"
        description="Portalens regler. Ændrede tærskler gælder for de næste forslag; offentliggjorte statusrapporter beholder det forslag, de blev skrevet med. Hver ændring logges med gammel og ny værdi."
      />
      <SettingsForm action={saveSettingsAction} values={values} version={version} />
    </>
  );
}
