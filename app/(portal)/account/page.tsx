import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { EndedNotice, endedCount } from "@/components/account/ended-notice";
import { OwnSessions } from "@/components/account/own-sessions";
import { PasswordForm } from "@/components/account/password-form";
import { TwoFactorSection } from "@/components/account/two-factor-section";
import { twoFactorActions } from "./two-factor-action-set";
import { ProfileForm } from "@/components/account/profile-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/current-user";
import { roleLabels } from "@/lib/domain/labels";
import { getOwnProfile } from "@/lib/queries/account";
import { listOwnSessions, SESSIONS_PAGE_SIZE } from "@/lib/queries/sessions";
import { getOwnTwoFactorStatus } from "@/lib/queries/two-factor";
import { isTwoFactorRequired } from "@/lib/domain/two-factor";
import { readSettings } from "@/lib/settings";
import { minPasswordLength } from "@/lib/validation/account";
import { parsePageRequest, type SearchParams } from "@/lib/validation/pagination";
import { changePasswordAction, endOtherSessionsAction, endOwnSessionAction, updateProfileAction } from "./actions";

export const metadata: Metadata = { title: "Min konto" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const profile = getOwnProfile(user.id);
  if (!profile) return null;
  const sessions = listOwnSessions(user.id, user.sessionId, parsePageRequest(params, "side", SESSIONS_PAGE_SIZE));
  return (
    <>
      <PageHeader title="Min konto" description="Din profil, din adgangskode og de enheder, du er logget ind på." />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="profile-heading" className="card space-y-4">
          <h2 id="profile-heading" className="text-xl font-semibold">
            Profil
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">E-mail</dt>
            <dd className="min-w-0 wrap-anywhere">{profile.email}</dd>
            <dt className="font-semibold">Rolle</dt>
            <dd>{roleLabels[profile.role]}</dd>
            <dt className="font-semibold">Afdeling</dt>
            <dd>{profile.departmentName ?? "–"}</dd>
          </dl>
          <p className="text-sm text-muted">E-mail, rolle og afdeling ændres af en administrator.</p>
          <ProfileForm action={updateProfileAction} profile={{ name: profile.name, title: profile.title, updatedAt: profile.updatedAt }} />
        </section>
        <section aria-labelledby="password-heading" className="card space-y-4">
          <h2 id="password-heading" className="text-xl font-semibold">
            Skift adgangskode
          </h2>
          <p className="text-sm text-muted">Når du skifter adgangskode, bliver du logget ud alle andre steder. Du forbliver logget ind her.</p>
          <PasswordForm action={changePasswordAction} minLength={minPasswordLength} />
        </section>
      </div>
      <section aria-labelledby="mail-heading" className="card mt-8 space-y-3">
        <h2 id="mail-heading" className="text-xl font-semibold">
          E-mails om beskeder
        </h2>
        <p className="text-sm text-muted">Vælg for hver slags besked, om du får en e-mail med det samme, i et sammendrag eller slet ikke.</p>
        <Link href="/account/notifications" className="btn btn-secondary">
          Vælg e-mails
        </Link>
      </section>
      <section aria-labelledby="two-factor-heading" className="card mt-8 space-y-4">
        <h2 id="two-factor-heading" className="text-xl font-semibold">
          Totrinsbekræftelse
        </h2>
        <TwoFactorSection actions={twoFactorActions}
          status={getOwnTwoFactorStatus(user.id)}
          required={isTwoFactorRequired(user.role, readSettings().requireTwoFactorRoles)}
          continueTo="/account"
        />
      </section>
      <section aria-labelledby="sessions-heading" className="mt-8">
        <h2 id="sessions-heading" className="mb-3 text-xl font-semibold">
          Dine sessioner
        </h2>
        <EndedNotice
          count={endedCount(params, "logget-ud")}
          one="Enheden er logget ud."
          many={(count) => (count === 0 ? "Du var ikke logget ind andre steder." : `${count} andre enheder er logget ud.`)}
        />
        {/* The session this page was asked with is always among the active ones. */}
        <OwnSessions sessions={sessions.rows} others={Math.max(0, sessions.info.total - 1)} endOne={endOwnSessionAction} endOthers={endOtherSessionsAction} />
        <Pagination
          info={sessions.info}
          path="/account"
          searchParams={{ ...params, "logget-ud": undefined }}
          anchor="#sessions-heading"
          noun="sessioner"
          label="Sider med sessioner"
        />
      </section>
    </>
  );
}
