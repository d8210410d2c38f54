import { ShareBar } from "@/components/charts/share-bar";
import { involvementGroupLabels } from "@/lib/domain/labels";
import { getInvolvementShares } from "@/lib/queries/dashboard";
import type { PortfolioFilter } from "@/lib/validation/portfolio";
import { scopeLabel } from "./scope-label";
import { EmptyState, Widget } from "./widget";
import { formatCount } from "@/lib/format";

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

export async function InvolvementWidget({ filter }: { filter: PortfolioFilter }) {
  const shares = getInvolvementShares(filter);
  const groups = [
    { key: "citizens", label: involvementGroupLabels.citizens, count: shares.citizens },
    { key: "med", label: involvementGroupLabels.med, count: shares.med },
  ];
  return (
    <Widget id="involvement" title="Inddragelse" description={`Andel af ${scopeLabel(filter)} med inddragelse, planlagt eller gennemført.`}>
      {shares.projects === 0 ? (
        <EmptyState>Ingen projekter matcher filtrene.</EmptyState>
      ) : (
        <dl className="space-y-4">
          {groups.map((group) => (
            <div key={group.key}>
              <dt className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-semibold">{group.label}</span>
                <span className="text-2xl font-bold tabular-nums">{percent(group.count, shares.projects)} %</span>
              </dt>
              <dd>
                <ShareBar share={group.count / shares.projects} />
                <p className="mt-1 text-sm text-muted">
                  {group.count} af {formatCount(shares.projects, "projekt", "projekter")}
                </p>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Widget>
  );
}
