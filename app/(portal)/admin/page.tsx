import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { AdminNav, adminSections, type AdminSectionHref } from "@/components/admin/admin-nav";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { getAdminOverview } from "@/lib/queries/admin-overview";
import { getBackupState } from "@/lib/queries/backups";
import { BackupStatus } from "@/components/admin/backup-status";
import { formatCount } from "@/lib/format";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminPage() {
  await requireCapability("admin.manage", "/admin");
  const overview = getAdminOverview();
  const status: Partial<Record<AdminSectionHref, string>> = {
    "/admin/users": `${formatCount(overview.activeUsers, "aktiv bruger", "aktive brugere")}`,
    "/admin/sessions": `${formatCount(overview.activeSessions, "aktiv session", "aktive sessioner")}`,
    "/admin/audit": overview.chain.ok
      ? `Kæden er intakt: ${formatCount(overview.chain.count, "hændelse", "hændelser")}`
      : `Kæden er brudt ved hændelse nr. ${overview.chain.brokenAtId}`,
  };
  return (
    <>
      <AdminNav current="/admin" />
      <PageHeader title="Administration" description="Brugere, afdelinger, indstillinger, sessioner og revisionslog." />
      <BackupStatus state={getBackupState()} />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {adminSections
          .filter((section) => section.href !== "/admin")
          .map((section) => (
            <li key={section.href}>
              <Link href={section.href} className="card block h-full hover:border-brand-700 hover:bg-brand-50">
                <span className="block text-lg font-semibold text-brand-900 underline">{section.label}</span>
                <span className="mt-1 block text-muted">{section.description}</span>
                {status[section.href] && (
                  <span
                    className={`mt-3 block font-medium ${section.href === "/admin/audit" && !overview.chain.ok ? "text-red-800" : "text-ink"}`}
                  >
                    {status[section.href]}
                  </span>
                )}
              </Link>
            </li>
          ))}
      </ul>
    </>
  );
}
