import Link from "@/components/ui/link";
import { BarChart } from "@/components/charts/bar-chart";
import { ChartTable } from "@/components/charts/chart-table";
import { purposeTypes } from "@/lib/codes";
import { purposeLabels } from "@/lib/domain/labels";
import { formatCount, formatKr } from "@/lib/format";
import { getPurposeBalance } from "@/lib/queries/dashboard";
import { projectListHref, statusScope, type PortfolioFilter } from "@/lib/validation/portfolio";
import { scopeLabel } from "./scope-label";
import { EmptyState, Widget } from "./widget";

const millionsFormatter = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 1 });
const millions = (kr: number) => `${millionsFormatter.format(kr / 1_000_000)} mio. kr.`;

export async function PurposeBalanceWidget({ filter }: { filter: PortfolioFilter }) {
  const rows = new Map(getPurposeBalance(filter).map((row) => [row.purpose, row]));
  const data = purposeTypes.map((purpose) => ({ purpose, projects: rows.get(purpose)?.projects ?? 0, budget: rows.get(purpose)?.approvedBudgetKr ?? 0 }));
  const total = data.reduce((sum, row) => sum + row.projects, 0);
  const scope = statusScope(filter);
  return (
    <Widget
      id="purpose"
      title="Formål"
      description={`Balancen mellem effektivisering, ny service, kvalitet, kommunikation og lovkrav for ${scopeLabel(filter)}: antal og godkendt budget.`}
    >
      {total === 0 ? (
        <EmptyState>Ingen projekter matcher filtrene.</EmptyState>
      ) : (
        <>
          <h3 className="mb-1 text-sm font-semibold">Antal projekter</h3>
          <BarChart
            id="purpose-count-chart"
            title="Antal projekter pr. formål"
            bars={data.map((row) => ({ key: row.purpose, label: purposeLabels[row.purpose], value: row.projects, valueLabel: formatCount(row.projects, "projekt", "projekter") }))}
          />
          <h3 className="mb-1 mt-4 text-sm font-semibold">Godkendt budget</h3>
          <BarChart
            id="purpose-budget-chart"
            title="Godkendt budget pr. formål"
            bars={data.map((row) => ({ key: row.purpose, label: purposeLabels[row.purpose], value: row.budget, valueLabel: millions(row.budget) }))}
          />
          <ChartTable
            caption="Projekter og godkendt budget pr. formål"
            headers={["Formål", "Projekter", "Godkendt budget"]}
            numeric={[1, 2]}
            rows={data.map((row) => ({
              key: row.purpose,
              cells: [
                <Link key="link" href={projectListHref(scope, { purpose: row.purpose })} className="inline-flex min-h-11 items-center underline">
                  {purposeLabels[row.purpose]}
                </Link>,
                row.projects,
                formatKr(row.budget),
              ],
            }))}
          />
        </>
      )}
    </Widget>
  );
}
