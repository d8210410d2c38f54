import Link from "@/components/ui/link";
import { TableScroller } from "@/components/ui/table-scroller";
import { roleLabels } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/format";
import type { AuditLogRow } from "@/lib/queries/audit-log";

const roleLabel = (role: string | null) => (role ? (roleLabels[role as keyof typeof roleLabels] ?? role) : null);

/** The audit trail, newest first: when, who, what in Danish, what changed, and the entity with a link where it has a page. */
export function AuditTable({ rows }: { rows: AuditLogRow[] }) {
  return (
    <TableScroller label="Revisionslog">
      <table className="w-full min-w-[960px] text-sm">
        <caption className="sr-only">Revisionslog, nyeste først</caption>
        <thead className="bg-gray-50 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Tidspunkt</th>
            <th scope="col" className="px-3 py-2">Person</th>
            <th scope="col" className="px-3 py-2">Hændelse</th>
            <th scope="col" className="px-3 py-2">Ændringer</th>
            <th scope="col" className="px-3 py-2">Objekt</th>
            <th scope="col" className="px-3 py-2">Adresse</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-gray-200 align-top">
              <td className="whitespace-nowrap px-3 py-2">
                {formatDateTime(row.occurredAt)}
                <span className="block text-xs text-muted">nr. {row.id}</span>
              </td>
              <td className="px-3 py-2">
                {row.actorName ?? "System"}
                {roleLabel(row.actorRole) && <span className="block text-muted">{roleLabel(row.actorRole)}</span>}
              </td>
              <td className="px-3 py-2">
                <span className={row.outcome === "success" ? "" : "font-semibold text-red-800"}>{row.description}</span>
                <span className="block font-mono text-xs text-muted">{row.action}</span>
              </td>
              <td className="px-3 py-2">
                {row.changes.length > 0 ? (
                  <ul className="space-y-1">
                    {row.changes.map((change) => (
                      <li key={change.field}>
                        <span className="font-medium">{change.label}:</span> {change.from} <span aria-hidden="true">→</span>
                        <span className="sr-only">ændret til</span> {change.to}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-muted">–</span>
                )}
              </td>
              <td className="px-3 py-2">
                {row.href ? (
                  <Link href={row.href} className="inline-flex min-h-11 items-center underline">
                    {row.entityLabel}
                    {row.objectId ? ` ${row.objectId}` : ""}
                  </Link>
                ) : (
                  <>
                    {row.entityLabel}
                    {row.objectId ? ` ${row.objectId}` : ""}
                  </>
                )}
              </td>
              <td className="px-3 py-2">{row.ip || "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
