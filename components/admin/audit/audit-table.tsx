import { TableScroller } from "@/components/ui/table-scroller";
import { roleLabels } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/format";
import type { AuditLogRow } from "@/lib/queries/audit-log";

const roleLabel = (role: string | null) => (role ? (roleLabels[role as keyof typeof roleLabels] ?? role) : null);

/**
 * The audit trail, newest first: when, who, what in Danish, what changed, and the entity with a link where it has a
 * page. Fifty rows a page: the rows use the table's short classes and plain links, so the page stays within budget.
 */
export function AuditTable({ rows }: { rows: AuditLogRow[] }) {
  return (
    <TableScroller label="Revisionslog">
      <table className="data-table rows-top min-w-[960px]">
        <caption className="sr-only">Revisionslog, nyeste først</caption>
        <thead>
          <tr>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Person</th>
            <th scope="col">Hændelse</th>
            <th scope="col">Ændringer</th>
            <th scope="col">Objekt</th>
            <th scope="col">Adresse</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const entity = `${row.entityLabel}${row.objectId ? ` ${row.objectId}` : ""}`;
            return (
              <tr key={row.id}>
                <td className="nowrap">
                  {formatDateTime(row.occurredAt)}
                  <small>nr. {row.id}</small>
                </td>
                <td>
                  {row.actorName ?? "System"}
                  {roleLabel(row.actorRole) && <small>{roleLabel(row.actorRole)}</small>}
                </td>
                <td>
                  <span className={row.outcome === "success" ? undefined : "font-semibold text-red-800"}>{row.description}</span>
                  <small className="font-mono">{row.action}</small>
                </td>
                <td>
                  {row.changes.length > 0 ? (
                    <ul className="space-y-1">
                      {row.changes.map((change) => (
                        <li key={change.field}>
                          <span className="font-medium">{change.label}:</span>{" "}
                          {change.from === null ? (
                            change.to
                          ) : (
                            <>
                              {change.from} <span aria-hidden="true">→</span>
                              <span className="sr-only">ændret til</span> {change.to}
                            </>
                          )}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-muted">–</span>
                  )}
                </td>
                <td>
                  {row.href ? (
                    <a href={row.href} className="row-link">
                      {entity}
                    </a>
                  ) : (
                    entity
                  )}
                </td>
                <td>{row.ip || "–"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroller>
  );
}
