import type { Metadata } from "next";
import { headers } from "next/headers";
import { AdminNav } from "@/components/admin/admin-nav";
import { AuditFilterForm } from "@/components/admin/audit/audit-filter-form";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { ChainStatus } from "@/components/admin/audit/chain-status";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireCapability } from "@/lib/auth/current-user";
import { AUDIT_PAGE_SIZE, auditFilterOptions } from "@/lib/queries/audit-log";
import { peopleChoices } from "@/lib/queries/pickers";
import { clientIp } from "@/lib/request";
import { readAuditLog } from "@/lib/services/audit-log";
import { auditFilterQuery, parseAuditFilter } from "@/lib/validation/account";
import { parsePageRequest, type SearchParams } from "@/lib/validation/pagination";

export const metadata: Metadata = { title: "Revisionslog" };

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireCapability("admin.manage", "/admin/audit");
  const params = await searchParams;
  const filter = parseAuditFilter(params);
  const { rows, info, chain } = readAuditLog(user, filter, parsePageRequest(params, "side", AUDIT_PAGE_SIZE), clientIp(await headers()));
  const query = auditFilterQuery(filter);
  return (
    <>
      <AdminNav current="/admin/audit" />
      <PageHeader title="Revisionslog" description="Hvem gjorde hvad og hvornår, nyeste først. Når du læser loggen, bliver det selv registreret.">
        <a href={`/api/admin/audit/export${query ? `?${query}` : ""}`} className="btn btn-secondary" download>
          Eksportér CSV
        </a>
      </PageHeader>
      <ChainStatus chain={chain} />
      <AuditFilterForm filter={filter} options={auditFilterOptions()} person={peopleChoices([filter.actorId])[0] ?? null} />
      {rows.length > 0 ? <AuditTable rows={rows} /> : <p className="text-muted">Ingen hændelser matcher filtrene.</p>}
      <Pagination info={info} path="/admin/audit" searchParams={params} noun="hændelser" />
    </>
  );
}
