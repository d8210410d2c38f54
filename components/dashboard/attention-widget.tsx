import Link from "@/components/ui/link";
import { formatDate, formatDateTime } from "@/lib/format";
import { phaseLabels } from "@/lib/domain/labels";
import { getAttention } from "@/lib/queries/dashboard-attention";
import { projectListHref, statusScope, type PortfolioFilter } from "@/lib/validation/portfolio";
import { Widget } from "./widget";

function Column({ title, total, empty, more, children }: { title: string; total: number; empty: string; more?: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <h3 className="font-semibold">
        {title} <span className="tabular-nums">({total})</span>
      </h3>
      {total === 0 ? <p className="mt-2 text-sm text-muted">{empty}</p> : <ul className="mt-2 space-y-1">{children}</ul>}
      {more}
    </div>
  );
}

function ProjectLink({ href, code, title, note }: { href: string; code: string; title: string; note: string }) {
  return (
    <li>
      <a href={href} className="attention-link">
        <span>
          <code>{code}</code> {title}
        </span>
        <small>{note}</small>
      </a>
    </li>
  );
}

export async function AttentionWidget({ filter, cutoff, staleReportDays }: { filter: PortfolioFilter; cutoff: string; staleReportDays: number }) {
  const attention = getAttention(filter, cutoff, 5);
  const scope = statusScope(filter);
  const moreLink = (shown: number, total: number, href: string) =>
    total > shown ? (
      <p className="mt-1">
        <Link href={href} className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
          Se alle {total}
        </Link>
      </p>
    ) : undefined;
  return (
    <Widget id="attention" title="Kræver opmærksomhed" className="border-l-4 border-l-status-red">
      <div className="grid gap-6 md:grid-cols-3 print:grid-cols-3">
        <Column
          title="Røde projekter"
          total={attention.red.total}
          empty="Ingen projekter har rød samlet status."
          more={moreLink(attention.red.items.length, attention.red.total, projectListHref(scope, { light: "red" }))}
        >
          {attention.red.items.map((item) => (
            <ProjectLink key={item.code} href={`/projects/${item.code}?tab=status`} code={item.code} title={item.title} note={item.departmentName} />
          ))}
        </Column>
        <Column
          title="Forældede statusrapporter"
          total={attention.stale.total}
          empty={`Alle projekter har en udgivet statusrapport fra de seneste ${staleReportDays} dage.`}
        >
          {attention.stale.items.map((item) => (
            <ProjectLink
              key={item.code}
              href={`/projects/${item.code}?tab=status`}
              code={item.code}
              title={item.title}
              note={item.lastPublishedAt ? `Seneste rapport ${formatDate(item.lastPublishedAt)}` : "Ingen udgivet rapport"}
            />
          ))}
          {attention.stale.total > attention.stale.items.length && (
            <li className="px-2 text-sm text-muted">og {attention.stale.total - attention.stale.items.length} mere</li>
          )}
        </Column>
        <Column title="Afventende fasegodkendelser" total={attention.gates.total} empty="Ingen fasegodkendelser venter.">
          {attention.gates.items.map((gate) => (
            <ProjectLink
              key={gate.id}
              href={`/projects/${gate.code}`}
              code={gate.code}
              title={gate.title}
              note={`${phaseLabels[gate.fromPhase]} → ${phaseLabels[gate.toPhase]}, ønsket ${formatDateTime(gate.requestedAt)} af ${gate.requestedBy}`}
            />
          ))}
          {attention.gates.total > attention.gates.items.length && (
            <li className="px-2 text-sm text-muted">og {attention.gates.total - attention.gates.items.length} mere</li>
          )}
        </Column>
      </div>
    </Widget>
  );
}
