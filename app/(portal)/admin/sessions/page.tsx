import type { Metadata } from "next";
import { EndedNotice, endedCount } from "@/components/account/ended-notice";
import { AdminNav } from "@/components/admin/admin-nav";
import { SessionTable } from "@/components/admin/sessions/session-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireCapability } from "@/lib/auth/current-user";
import { listActiveSessions, SESSIONS_PAGE_SIZE } from "@/lib/queries/sessions";
import { parsePageRequest, type SearchParams } from "@/lib/validation/pagination";
import { endSessionAction, endUserSessionsAction } from "./actions";

export const metadata: Metadata = { title: "Sessioner" };

export default async function AdminSessionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireCapability("admin.manage", "/admin/sessions");
  const params = await searchParams;
  const { rows, info } = listActiveSessions(parsePageRequest(params, "side", SESSIONS_PAGE_SIZE));
  return (
    <>
      <AdminNav current="/admin/sessions" />
      <PageHeader
        title="Sessioner"
        description="Aktive sessioner, senest aktive først. En afsluttet session er logget ud ved sin næste side."
      />
      <EndedNotice count={endedCount(params, "afsluttet")} one="Sessionen er afsluttet." many={(count) => `${count} sessioner er afsluttet.`} />
      {rows.length > 0 ? (
        <SessionTable sessions={rows} endOne={endSessionAction} endAll={endUserSessionsAction} />
      ) : (
        <p className="text-muted">Ingen aktive sessioner.</p>
      )}
      <Pagination info={info} path="/admin/sessions" searchParams={{ ...params, afsluttet: undefined }} noun="sessioner" />
    </>
  );
}
