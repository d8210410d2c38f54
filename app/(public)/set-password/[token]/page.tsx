import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { checkOneTimeLink } from "@/lib/queries/users";
import { setPasswordAction } from "./actions";
import { SetPasswordForm } from "./set-password-form";

export const metadata: Metadata = { title: "Vælg adgangskode", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = checkOneTimeLink(token);
  return (
    <main id="indhold" className="mx-auto flex min-h-[80vh] max-w-md flex-col justify-center px-4 py-10">
      <h1 className="mb-6 text-3xl font-bold">Vælg adgangskode</h1>
      {link.state === "valid" ? (
        <div className="card space-y-4">
          <p>
            Hej {link.name}. Vælg den adgangskode, du vil logge ind i Styrerum med som <span className="font-mono">{link.email}</span>.
          </p>
          <SetPasswordForm action={setPasswordAction.bind(null, token)} email={link.email} />
        </div>
      ) : (
        <div className="card space-y-4">
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
            {link.message}
          </p>
          <Link href="/login" className="btn btn-secondary">
            Gå til log ind
          </Link>
        </div>
      )}
    </main>
  );
}
