import { TableScroller } from "@/components/ui/table-scroller";
import { focusLabels, phaseLabels } from "@/lib/domain/labels";
import { formatKr, formatNumber } from "@/lib/format";
import type { FocusBalance as FocusBalanceRow } from "@/lib/queries/strategy";
import type { Phase } from "@/lib/codes";
import { HorizontalBarChart } from "./bar-chart";

function projectsText(count: number): string {
  return `${formatNumber(count)} ${count === 1 ? "projekt" : "projekter"}`;
}

function listInDanish(words: string[]): string {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} og ${words[words.length - 1]}`;
}

/** The portfolio's balance across the four focus areas: two bar charts and the same numbers as a table. */
export function FocusBalance({ rows, countedPhases, withoutGoal }: { rows: FocusBalanceRow[]; countedPhases: Phase[]; withoutGoal: number }) {
  const phaseList = listInDanish(countedPhases.map((phase) => phaseLabels[phase]));
  return (
    <section aria-labelledby="balance-heading" className="mb-10">
      <h2 id="balance-heading" className="mb-1 text-xl font-semibold">
        Porteføljens balance
      </h2>
      <p id="balance-hint" className="mb-4 max-w-3xl text-muted">
        Antal projekter og godkendt budget pr. fokusområde. Tæller projekter i faserne {phaseList}; stoppede projekter tæller
        ikke med. Et projekt, der er koblet til mål under flere fokusområder, tæller med under hvert af dem, så tallene kan ikke
        lægges sammen.
      </p>
      <div className="mb-4 grid gap-4 xl:grid-cols-2">
        <HorizontalBarChart
          id="balance-projects"
          title="Antal projekter pr. fokusområde"
          color="#17606f"
          bars={rows.map((row) => ({ key: row.focus, label: focusLabels[row.focus], value: row.projectCount, display: projectsText(row.projectCount) }))}
        />
        <HorizontalBarChart
          id="balance-budget"
          title="Godkendt budget pr. fokusområde"
          color="#0d3b45"
          bars={rows.map((row) => ({ key: row.focus, label: focusLabels[row.focus], value: row.approvedBudgetKr, display: formatKr(row.approvedBudgetKr) }))}
        />
      </div>
      <TableScroller label="Balance pr. fokusområde som tabel">
        <table className="w-full text-sm" aria-describedby="balance-hint">
          <caption className="px-3 py-2 text-left font-semibold">Balance pr. fokusområde (tabel)</caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-semibold">
                Fokusområde
              </th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">
                Projekter
              </th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">
                Godkendt budget
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.focus} className="border-t border-gray-200">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {focusLabels[row.focus]}
                </th>
                <td className="px-3 py-2 text-right tabular-nums">{formatNumber(row.projectCount)}</td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatKr(row.approvedBudgetKr)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
      <p className="mt-2 text-sm text-muted">
        {withoutGoal === 0
          ? "Alle projekter i de talte faser er koblet til mindst ét strategisk mål."
          : `${projectsText(withoutGoal)} i de talte faser er ikke koblet til noget strategisk mål.`}
      </p>
    </section>
  );
}
