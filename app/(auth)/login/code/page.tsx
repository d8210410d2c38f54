import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { pendingLoginToken } from "@/lib/auth/two-factor-cookie";
import { safeRedirectTarget } from "@/lib/domain/redirect-target";
import { CodeForm } from "./code-form";

export const metadata: Metadata = { title: "Totrinsbekræftelse" };

export default async function CodePage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await getCurrentUser()) redirect("/");
  if (!(await pendingLoginToken())) redirect("/login");
  const { next } = await searchParams;
  return (
    <main id="indhold" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <h1 className="mb-2 text-3xl font-bold">Totrinsbekræftelse</h1>
      <p className="mb-6">Din adgangskode er rigtig. Skriv nu koden fra godkendelsesappen på din telefon.</p>
      <div className="card">
        <CodeForm next={safeRedirectTarget(next)} />
      </div>
      <p className="mt-6 text-sm">
        <Link href="/login" className="inline-flex min-h-11 items-center underline">
          Tilbage til log ind
        </Link>
      </p>
    </main>
  );
}
