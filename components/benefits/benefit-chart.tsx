import type { BenefitPath, Measurement } from "@/lib/domain/benefit-assessment";
import { formatCount, formatDate, formatNumber } from "@/lib/format";
import { benefitChartLayout } from "./benefit-chart-layout";
import { BenefitChartView } from "./benefit-chart-view";

/** Baseline, target path, tolerance band, measurements and today's line: laid out on the server, drawn by BenefitChartView. */
export function BenefitChart({
  id,
  title,
  path,
  measurements,
  tolerance,
  unit,
  today,
}: {
  id: string;
  title: string;
  path: BenefitPath;
  measurements: Measurement[];
  tolerance: number;
  unit: string;
  today: string;
}) {
  const description =
    `Målsti fra ${formatNumber(path.baselineValue)} (${formatDate(path.baselineDate)}) til ${formatNumber(path.targetValue)} ${unit} (${formatDate(path.targetDate)}), ` +
    `med ${formatCount(measurements.length, "måling", "målinger")}. Se tabellen under grafen.`;
  return (
    <BenefitChartView
      id={id}
      title={title}
      description={description}
      layout={benefitChartLayout(path, measurements, tolerance, today)}
      tolerancePercent={Math.round(tolerance * 100)}
    />
  );
}
