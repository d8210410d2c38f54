import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getSessionUser, twoFactorEnrolmentPath } from "@/lib/auth/current-user";
import { demoAccounts } from "@/lib/demo-accounts";
import { readSettings } from "@/lib/settings";
import { roleLabels } from "@/lib/domain/labels";
import { LoginForm } from "./login-form";
import { SsoSignIn } from "./sso-sign-in";

export const metadata: Metadata = { title: "Log ind" };

/** Confirmations that lead here from a public page. */
const loginNotices: Record<string, string> = {
  "password-set": "Din adgangskode er gemt. Log ind med din e-mail og den nye adgangskode.",
  "two-factor-expired": "Log ind-forsøget er udløbet eller havde for mange forkerte koder. Log ind med din adgangskode igen.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string; notice?: string; sso?: string; error?: string }> }) {
  const signedIn = await getSessionUser();
  if (signedIn) redirect(signedIn.twoFactorEnrolmentRequired ? twoFactorEnrolmentPath : "/");
  const { next, notice, sso, error } = await searchParams;
  const noticeText = typeof notice === "string" && Object.hasOwn(loginNotices, notice) ? loginNotices[notice] : undefined;
  const demo = process.env.STYRERUM_DEMO !== "0";
  const { municipalityName } = readSettings();
  return (
    <main id="indhold" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{municipalityName}</p>
      <h1 className="mb-6 text-3xl font-bold">Log ind i Styrerum</h1>
      {noticeText && (
        <p role="status" className="mb-4 rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
          {noticeText}
        </p>
      )}
      <SsoSignIn next={typeof next === "string" ? next : "/"} sso={sso} error={error} />
      <div className="card">
        <LoginForm next={typeof next === "string" ? next : "/"} />
      </div>
      {demo && (
        <section aria-labelledby="demo-heading" className="mt-6 text-sm">
          <h2 id="demo-heading" className="font-semibold">
            Demokonti
          </h2>
          <p className="text-muted">Adgangskode til alle: {demoAccounts.password}</p>
          <ul className="mt-2 space-y-1">
            {demoAccounts.accounts.map((account) => (
              <li key={account.email}>
                <span className="font-mono">{account.email}</span> – {roleLabels[account.role]}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-8 text-sm">
        <Link href="/accessibility" className="underline">
          Tilgængelighedserklæring
        </Link>
      </p>
    </main>
  );
}
