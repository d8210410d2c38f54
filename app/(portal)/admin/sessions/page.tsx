import type { Metadata } from "next";
import { EndedNotice, endedCount } from "@/components/account/ended-notice";
import { AdminNav } from "@/components/admin/admin-nav";
import { SessionSearchForm } from "@/components/admin/sessions/session-search-form";
import { SessionTable } from "@/components/admin/sessions/session-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireCapability } from "@/lib/auth/current-user";
import { formatCount } from "@/lib/format";
import { listActiveSessions, SESSIONS_PAGE_SIZE } from "@/lib/queries/sessions";
import { parsePageRequest, type SearchParams } from "@/lib/validation/pagination";
import { parseSessionSearch } from "@/lib/validation/sessions";
import { endSessionAction, endUserSessionsAction } from "./actions";

export const metadata: Metadata = { title: "Sessioner" };

export default async function AdminSessionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireCapability("admin.manage", "/admin/sessions");
  const params = await searchParams;
  const q = parseSessionSearch(params);
  const { rows, info } = listActiveSessions(parsePageRequest(params, "side", SESSIONS_PAGE_SIZE), q);
  return (
    <>
      <AdminNav current="/admin/sessions" />
      <PageHeader
        title="Sessioner"
        description="Aktive sessioner, senest aktive først. En afsluttet session er logget ud ved sin næste side."
      />
      <EndedNotice count={endedCount(params, "afsluttet")} one="Sessionen er afsluttet." many={(count) => `${count} sessioner er afsluttet.`} />
      <SessionSearchForm q={q} />
      {q && info.total > 0 && (
        <p id="session-search-count" className="mb-3 font-semibold">
          {formatCount(info.total, "aktiv session", "aktive sessioner")} matcher »{q}«.
        </p>
      )}
      {rows.length > 0 ? (
        <SessionTable sessions={rows} search={q} endOne={endSessionAction} endAll={endUserSessionsAction} />
      ) : (
        <p className="text-muted">{q ? `Ingen aktive sessioner matcher »${q}«. Søg på en del af navnet eller e-mailen.` : "Ingen aktive sessioner."}</p>
      )}
      <Pagination info={info} path="/admin/sessions" searchParams={{ ...params, q: q || undefined, afsluttet: undefined }} noun="sessioner" />
    </>
  );
}
