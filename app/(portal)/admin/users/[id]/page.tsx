import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { EditUserForm } from "@/components/admin/users/edit-user-form";
import { UserAccountActions } from "@/components/admin/users/user-account-actions";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { ssoSetup } from "@/lib/auth/sso-provider";
import { roleLabels } from "@/lib/domain/labels";
import { userEmailHint } from "@/lib/domain/user-admin";
import { formatDateTime } from "@/lib/format";
import { getUserForAdmin, userFormDepartmentOptions } from "@/lib/queries/users";
import { userId } from "@/lib/validation/user-admin";
import { hasTwoFactorEnabled } from "@/lib/queries/two-factor";
import { resetTwoFactorAction } from "./two-factor-actions";
import { TwoFactorResetButton } from "./two-factor-reset-button";
import { deactivateUserAction, reactivateUserAction, resetPasswordAction, unlockUserAction, updateUserAction } from "../actions";

export const metadata: Metadata = { title: "Redigér bruger" };

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  await requireCapability("admin.manage", "/admin/users/[id]");
  const parsed = userId.safeParse((await params).id);
  const user = parsed.success ? getUserForAdmin(parsed.data) : null;
  if (!user) notFound();
  const facts: [string, string][] = [
    ["E-mail", user.email],
    ["Rolle", roleLabels[user.role]],
    ["Status", user.active ? "Aktiv" : "Deaktiveret"],
    ["Seneste login", user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "Aldrig"],
    ["Adgangskode", user.hasPassword ? "Valgt" : user.pendingLinkExpiresAt ? `Ikke valgt endnu (link gælder til ${formatDateTime(user.pendingLinkExpiresAt)})` : "Ikke valgt endnu"],
    ["Låst", user.locked ? "Ja, midlertidigt efter mislykkede login" : "Nej"],
    ["Oprettet", formatDateTime(user.createdAt)],
  ];
  return (
    <>
      <nav aria-label="Brødkrumme" className="mb-3 text-sm">
        <Link href="/admin/users" className="inline-flex min-h-11 items-center underline">
          ← Brugere
        </Link>
      </nav>
      <PageHeader title={user.name} description={user.title || undefined} />
      <dl className="card mb-6 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="inline font-semibold">{label}: </dt>
            <dd className="inline">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="user-details-heading" className="card">
          <h2 id="user-details-heading" className="mb-4 text-lg font-semibold">
            Oplysninger
          </h2>
          <EditUserForm
            action={updateUserAction.bind(null, user.id)}
            departments={userFormDepartmentOptions(user.departmentId)}
            emailHint={userEmailHint({ ssoConfigured: ssoSetup() !== null, ssoLinked: user.ssoLinked })}
            user={{
              id: user.id,
              name: user.name,
              email: user.email,
              title: user.title,
              role: user.role,
              departmentId: user.departmentId === null ? "" : String(user.departmentId),
              version: user.updatedAt,
            }}
          />
        </section>
        <section aria-labelledby="user-account-heading" className="card">
          <h2 id="user-account-heading" className="mb-4 text-lg font-semibold">
            Konto
          </h2>
          <UserAccountActions
            active={user.active}
            locked={user.locked}
            deactivate={deactivateUserAction.bind(null, user.id)}
            reactivate={reactivateUserAction.bind(null, user.id)}
            unlock={unlockUserAction.bind(null, user.id)}
            reset={resetPasswordAction.bind(null, user.id)}
          />
          <div className="mt-4">
            <TwoFactorResetButton action={resetTwoFactorAction.bind(null, user.id)} enabled={hasTwoFactorEnabled(user.id)} />
          </div>
        </section>
      </div>
    </>
  );
}
