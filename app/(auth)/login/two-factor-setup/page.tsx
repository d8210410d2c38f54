import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TwoFactorSection } from "@/components/account/two-factor-section";
import { ClearDeviceOnSignOut } from "@/components/offline/clear-device-on-sign-out";
import { twoFactorActions } from "@/app/(portal)/account/two-factor-action-set";
import { requireEnrollingUser } from "@/lib/auth/current-user";
import { getOwnTwoFactorStatus } from "@/lib/queries/two-factor";
import { logout } from "@/app/(portal)/actions";

export const metadata: Metadata = { title: "Opret totrinsbekræftelse" };

/** Where a user whose role requires two-factor is held after the password until they have set it up. */
export default async function TwoFactorSetupPage() {
  const user = await requireEnrollingUser();
  const status = getOwnTwoFactorStatus(user.id);
  if (!user.twoFactorEnrolmentRequired && status.state !== "pending") redirect("/");
  return (
    <main id="indhold" className="mx-auto flex min-h-screen max-w-xl flex-col justify-center px-4 py-10">
      <h1 className="mb-2 text-3xl font-bold">Opret totrinsbekræftelse</h1>
      <p className="mb-6">
        Din rolle i Styrerum skal bruge totrinsbekræftelse. Du kan bruge portalen, så snart du har oprettet den.
      </p>
      <section aria-label="Totrinsbekræftelse" className="card space-y-4">
        <TwoFactorSection actions={twoFactorActions} status={status} required continueTo="/" />
      </section>
      <form action={logout} className="mt-6">
        <ClearDeviceOnSignOut />
        <button type="submit" className="btn btn-secondary">
          Log ud
        </button>
      </form>
    </main>
  );
}
