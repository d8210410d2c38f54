import Link from "@/components/ui/link";
import { riskScoreViewLabels, riskScoreViews, type RiskScoreView } from "@/lib/domain/risk-score-view";
import { riskListHref, type PortfolioFilter } from "@/lib/validation/portfolio";

/** Two links that switch the heatmap between scores before and after action; plain links, so it works without script. */
export function RiskScoreToggle({ filter, view }: { filter: PortfolioFilter; view: RiskScoreView }) {
  return (
    <nav aria-label="Vis risikoscore" className="mb-3 flex flex-wrap gap-2 print:hidden">
      {riskScoreViews.map((target) => (
        <Link
          key={target}
          href={riskListHref(filter, { view: target })}
          scroll={false}
          aria-current={target === view ? "true" : undefined}
          className={`inline-flex min-h-11 items-center rounded-md border px-3 font-medium ${
            target === view ? "border-brand-700 bg-brand-700 text-white" : "border-gray-400 bg-white text-brand-700 underline"
          }`}
        >
          {riskScoreViewLabels[target]}
        </Link>
      ))}
    </nav>
  );
}
