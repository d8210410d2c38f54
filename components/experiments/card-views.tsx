import type { ExperimentDetail } from "@/lib/queries/experiments";
import { evidenceStrengthLabels, experimentDecisionLabels, radarRingLabels, sharingLabels, testCardFieldLabels } from "@/lib/domain/labels";
import { formatDate, formatKr } from "@/lib/format";

type Experiment = ExperimentDetail["experiment"];

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </>
  );
}

export function TestCardView({ experiment }: { experiment: Experiment }) {
  return (
    <section aria-labelledby="test-card-heading" className="card">
      <h2 id="test-card-heading" className="mb-3 text-xl font-semibold">
        Testkort
      </h2>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <Row term={testCardFieldLabels.hypothesis}>{experiment.hypothesis}</Row>
        <Row term={testCardFieldLabels.test}>{experiment.test}</Row>
        <Row term={testCardFieldLabels.metric}>{experiment.metric}</Row>
        <Row term={testCardFieldLabels.successCriterion}>{experiment.successCriterion}</Row>
        <Row term="Periode">
          {formatDate(experiment.periodStart)} – {formatDate(experiment.periodEnd)}
        </Row>
        <Row term="Beløb på spil">{formatKr(experiment.moneyAtRiskKr)}</Row>
        <Row term="Teknologi">
          {experiment.technology} — {radarRingLabels[experiment.radarRing]}
        </Row>
        <Row term="Planlagt inddragelse">{experiment.involvementPlanned || "–"}</Row>
      </dl>
    </section>
  );
}

export function LearningCardView({ experiment }: { experiment: Experiment }) {
  return (
    <section aria-labelledby="learning-card-heading" className="card">
      <h2 id="learning-card-heading" className="mb-3 text-xl font-semibold">
        Læringskort
      </h2>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <Row term="Observation">{experiment.observation}</Row>
        <Row term="Læring">{experiment.learning}</Row>
        <Row term="Beslutning">{experiment.decision ? experimentDecisionLabels[experiment.decision] : "–"}</Row>
        <Row term="Evidensens styrke">{experiment.evidenceStrength ? evidenceStrengthLabels[experiment.evidenceStrength] : "–"}</Row>
        <Row term="Deling">{sharingLabels[experiment.sharing]}</Row>
        <Row term="Afsluttet">{formatDate(experiment.finishedAt)}</Row>
      </dl>
    </section>
  );
}
