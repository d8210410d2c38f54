import type { Metadata } from "next";
import { BenefitFilterForm } from "@/components/benefits/portfolio/benefit-filter-form";
import { BenefitList } from "@/components/benefits/portfolio/benefit-list";
import { EconomyFigure } from "@/components/benefits/portfolio/economy-figure";
import { MyBenefits } from "@/components/benefits/portfolio/my-benefits";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { TableScroller } from "@/components/ui/table-scroller";
import { requireCapability } from "@/lib/auth/current-user";
import type { EconomicRow } from "@/lib/domain/benefit-economy";
import { toDay } from "@/lib/domain/dates";
import { assessmentLabels } from "@/lib/domain/labels";
import { formatCount, formatKr } from "@/lib/format";
import { getBenefitSummary, listBenefitsBehind, listOverdueBenefits, listOwnBenefits } from "@/lib/queries/benefit-portfolio";
import { getFilterOptions } from "@/lib/queries/dashboard-options";
import { readSettings } from "@/lib/settings";
import { parsePageRequest } from "@/lib/validation/pagination";
import { parsePortfolioFilter, portfolioQuery } from "@/lib/validation/portfolio";
import { benefitActions } from "../projects/[code]/action-sets";

export const metadata: Metadata = { title: "Gevinster" };

/** Each list on the page pages on its own parameter, so paging one keeps the others where they are. */
const pageParams = { behind: "side-bag", overdue: "side-forfaldne", mine: "side-mine" } as const;
/** Each of the user's own benefits carries a measurement form, so fewer fit on a page. */
const MY_BENEFITS_PAGE_SIZE = 5;
/** Rows per page of Bag målstien and Forfaldne målinger: three lists share one page's budget. */
const BENEFIT_LIST_PAGE_SIZE = 15;

const withAmounts = (rows: EconomicRow[]) => rows.map((row) => ({ ...row, expected: formatKr(row.expectedKr), realised: formatKr(row.realisedKr) }));

export default async function BenefitsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability("portfolio.read");
  const params = await searchParams;
  const filter = parsePortfolioFilter(params);
  const { benefitTolerance: tolerance } = readSettings();
  const now = new Date();
  const summary = getBenefitSummary(filter, tolerance);
  const options = getFilterOptions();
  const counts = (["on_track", "watch", "off_track"] as const).map((assessment) => ({ assessment, count: summary.assessments[assessment] }));
  const { byYear, byDepartment, takeout, unmeasured } = summary;
  const behind = listBenefitsBehind(filter, tolerance, parsePageRequest(params, pageParams.behind, BENEFIT_LIST_PAGE_SIZE), now);
  const overdue = listOverdueBenefits(filter, tolerance, parsePageRequest(params, pageParams.overdue, BENEFIT_LIST_PAGE_SIZE), now);
  const mine = listOwnBenefits(filter, user.id, tolerance, parsePageRequest(params, pageParams.mine, MY_BENEFITS_PAGE_SIZE), now);
  const query = portfolioQuery(filter, {}, { sorting: false });
  const exportSuffix = query ? `?${query}` : "";

  return (
    <>
      <PageHeader title="Gevinster" description="Gevinstrealisering på tværs af porteføljen: forventet mod realiseret, hvad der er bag målstien, og hvad der mangler at blive målt.">
        <div className="flex flex-wrap gap-2 print:hidden">
          <a href={`/benefits/export/csv${exportSuffix}`} className="btn btn-secondary" download>
            Eksportér CSV
          </a>
          <a href={`/benefits/export/xlsx${exportSuffix}`} className="btn btn-secondary" download>
            Eksportér Excel
          </a>
        </div>
      </PageHeader>
      <div className="space-y-8">
        <BenefitFilterForm filter={filter} departments={options.departments} goals={options.goals} zones={options.zones} />

        <section aria-labelledby="assessment-counts">
          <h2 id="assessment-counts" className="mb-3 text-xl font-semibold">
            Vurdering af {formatCount(summary.live, "gevinst", "gevinster")}
          </h2>
          <ul className="grid grid-cols-2 gap-3 md:grid-cols-4">
            {counts.map(({ assessment, count }) => (
              <li key={assessment} className="card">
                <span className="block text-3xl font-bold tabular-nums">{count}</span>
                {assessmentLabels[assessment]}
              </li>
            ))}
            <li className="card">
              <span className="block text-3xl font-bold tabular-nums">{unmeasured}</span>
              Ikke målt
            </li>
          </ul>
        </section>

        <section aria-labelledby="mine" className="space-y-3">
          <h2 id="mine" className="text-xl font-semibold">
            Mine gevinster
          </h2>
          <MyBenefits actions={benefitActions} benefits={mine.rows} today={toDay(now)} />
          <Pagination info={mine.info} path="/benefits" searchParams={params} param={pageParams.mine} anchor="#mine" noun="gevinster" label="Sider i Mine gevinster" />
        </section>

        <p className="max-w-3xl text-sm text-muted">
          Realiseret til dato er den årlige værdi af de økonomiske gevinster gange den målopfyldelse, de har nået ved seneste
          måling. Den står under det budgetår, gevinsten hører til, også når året ikke er begyndt.
        </p>
        <div className="grid gap-6 xl:grid-cols-2">
          <section aria-labelledby="economy-year" className="card">
            <h2 id="economy-year" className="mb-3 text-xl font-semibold">
              Økonomiske gevinster pr. budgetår
            </h2>
            <EconomyFigure id="economy-by-year" title="Forventet og realiseret til dato pr. budgetår" keyHeader="Budgetår" rows={withAmounts(byYear)} />
          </section>
          <section aria-labelledby="economy-department" className="card">
            <h2 id="economy-department" className="mb-3 text-xl font-semibold">
              Økonomiske gevinster pr. afdeling
            </h2>
            <EconomyFigure id="economy-by-department" title="Forventet og realiseret til dato pr. afdeling" keyHeader="Afdeling" rows={withAmounts(byDepartment)} />
          </section>
        </div>

        <section aria-labelledby="takeout" className="card">
          <h2 id="takeout" className="mb-3 text-xl font-semibold">
            Budgethjemtagning: planlagt og bekræftet
          </h2>
          {takeout.length === 0 ? (
            <p className="text-muted">Ingen planlagte budgethjemtagninger.</p>
          ) : (
            <div className="max-w-2xl">
              <TableScroller label="Budgethjemtagning pr. år">
                <table className="data-table">
                  <caption className="sr-only">Budgethjemtagning pr. år</caption>
                  <thead>
                    <tr>
                      <th scope="col">Budgetår</th>
                      <th scope="col" className="num">Planlagt</th>
                      <th scope="col" className="num">Bekræftet</th>
                    </tr>
                  </thead>
                  <tbody>
                    {takeout.map((row) => (
                      <tr key={row.key}>
                        <th scope="row" className="font-normal">{row.key}</th>
                        <td className="num">{formatKr(row.expectedKr)}</td>
                        <td className="num">{formatKr(row.realisedKr)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroller>
            </div>
          )}
        </section>

        <section aria-labelledby="behind" className="space-y-3">
          <h2 id="behind" className="text-xl font-semibold">
            Bag målstien
          </h2>
          <BenefitList caption="Gevinster bag målstien, værst først" benefits={behind.rows} />
          <Pagination info={behind.info} path="/benefits" searchParams={params} param={pageParams.behind} anchor="#behind" noun="gevinster" label="Sider i Bag målstien" />
        </section>

        <section aria-labelledby="overdue" className="space-y-3">
          <h2 id="overdue" className="text-xl font-semibold">
            Forfaldne målinger
          </h2>
          <BenefitList caption="Gevinster med forfaldne målinger, ældste først" benefits={overdue.rows} showLastMeasured />
          <Pagination info={overdue.info} path="/benefits" searchParams={params} param={pageParams.overdue} anchor="#overdue" noun="gevinster" label="Sider i Forfaldne målinger" />
        </section>
      </div>
    </>
  );
}
