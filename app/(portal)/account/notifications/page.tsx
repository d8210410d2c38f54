import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { NotificationPreferencesForm } from "@/components/account/notification-preferences-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { getMailPreferences } from "@/lib/queries/mail-preferences";
import { saveMailPreferencesAction } from "./actions";

export const metadata: Metadata = { title: "E-mails om beskeder" };

export default async function NotificationPreferencesPage() {
  const user = await requireUser();
  const { preferences, defaults } = getMailPreferences(user.id, user.role);
  return (
    <>
      <PageHeader
        title="E-mails om beskeder"
        description="Vælg for hver slags besked, om du vil have en e-mail med det samme, samlet i et dagligt eller ugentligt sammendrag, eller slet ikke. Beskederne ses altid i portalen."
      >
        <Link href="/account" className="btn btn-secondary">
          Tilbage til Min konto
        </Link>
      </PageHeader>
      <p className="mb-4 max-w-3xl text-sm text-muted">
        Det daglige sammendrag sendes kl. 7 og det ugentlige mandag kl. 7 (dansk tid), kun når der er nyt. Beskeder, du allerede har læst i
        portalen, kommer ikke med. E-mails nævner aldrig beløb eller
        andre fortrolige tal i emnelinjen.
      </p>
      <NotificationPreferencesForm action={saveMailPreferencesAction} preferences={preferences} defaults={defaults} />
    </>
  );
}
