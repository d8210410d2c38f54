import { experimentStateLabels, gateStatusLabels, phaseLabels, radarRingLabels, rebaselineStatusLabels, testCardFieldLabels } from "@/lib/domain/labels";
import { experimentFrameStatement, experimentFrameStatementTexts } from "@/lib/domain/experiment-frame";
import { formatDate, formatDateTime, formatKr, formatNumber } from "@/lib/format";
import type { PresentationCard } from "@/lib/queries/meetings";

type Gate = NonNullable<PresentationCard["gate"]>;
type Rebaseline = NonNullable<PresentationCard["rebaseline"]>;
type Experiment = NonNullable<PresentationCard["experiment"]>;

function Card({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="card border-2 border-brand-700">
      <h3 id={id} className="mb-3 text-xl font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** The gate request with the checklist computed when it was requested. */
export function GateFacts({ itemId, gate }: { itemId: number; gate: Gate }) {
  const met = gate.checklist.filter((item) => item.met).length;
  return (
    <Card id={`slide-${itemId}-gate`} title={`Fasegodkendelse: ${phaseLabels[gate.fromPhase]} → ${phaseLabels[gate.toPhase]}`}>
      <p className="mb-2">
        <span className="font-semibold">{gateStatusLabels[gate.status]}</span> · anmodet {formatDateTime(gate.requestedAt)}
      </p>
      {gate.requestComment && <p className="mb-3 text-lg">“{gate.requestComment}”</p>}
      <h4 className="font-semibold">
        Tjekliste ({met} af {gate.checklist.length} opfyldt)
      </h4>
      {gate.checklist.length === 0 ? (
        <p className="text-muted">Overgangen har ingen tjekliste.</p>
      ) : (
        <ul className="mt-1 space-y-1 text-lg">
          {gate.checklist.map((item) => (
            <li key={item.key} className="flex items-start gap-2">
              <span aria-hidden="true" className={item.met ? "text-status-green" : "text-status-red"}>
                {item.met ? "✔" : "✖"}
              </span>
              <span>
                <span className="sr-only">{item.met ? "Opfyldt: " : "Mangler: "}</span>
                {item.label}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

const amount = (value: number | null, unit: string) => (value == null ? "–" : `${formatNumber(value)}${unit ? ` ${unit}` : ""}`);

/** Old and new baseline and target side by side, with the reason. */
export function RebaselineFacts({ itemId, rebaseline }: { itemId: number; rebaseline: Rebaseline }) {
  const rows = [
    { label: "Baseline", old: amount(rebaseline.oldBaselineValue, rebaseline.unit), next: amount(rebaseline.newBaselineValue, rebaseline.unit) },
    { label: "Baselinedato", old: formatDate(rebaseline.oldBaselineDate), next: formatDate(rebaseline.newBaselineDate) },
    { label: "Mål", old: amount(rebaseline.oldTargetValue, rebaseline.unit), next: amount(rebaseline.newTargetValue, rebaseline.unit) },
    { label: "Måldato", old: formatDate(rebaseline.oldTargetDate), next: formatDate(rebaseline.newTargetDate) },
  ];
  return (
    <Card id={`slide-${itemId}-rebaseline`} title={`Ny baseline: ${rebaseline.benefitTitle}`}>
      <p className="mb-2">
        <span className="font-semibold">{rebaselineStatusLabels[rebaseline.status]}</span>
        {rebaseline.indicator && ` · Indikator: ${rebaseline.indicator}`}
      </p>
      <table className="w-full text-left text-lg">
        <caption className="sr-only">Gamle og nye værdier</caption>
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="py-2 pr-3">
              <span className="sr-only">Værdi</span>
            </th>
            <th scope="col" className="py-2 pr-3">
              Nu
            </th>
            <th scope="col" className="py-2">
              Foreslået
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} className="border-b border-gray-200">
              <th scope="row" className="py-2 pr-3 font-semibold">
                {row.label}
              </th>
              <td className="py-2 pr-3">{row.old}</td>
              <td className={`py-2 ${row.old !== row.next ? "font-semibold" : ""}`}>{row.next}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4 className="mt-3 font-semibold">Begrundelse</h4>
      <p className="text-lg">{rebaseline.reason}</p>
    </Card>
  );
}

/** The money at risk against the zone's frame; a finished or rejected experiment gets no verdict on the frame. */
function ExperimentFrameFacts({ state, moneyAtRiskKr, frame }: { state: Experiment["experiment"]["state"]; moneyAtRiskKr: number; frame: Experiment["frame"] }) {
  const statement = experimentFrameStatement(state, frame.exceeds);
  if (statement === "closed") return <p className="text-lg">{experimentFrameStatementTexts.closed}.</p>;
  const percent = Number.isFinite(frame.share) ? `${Math.round(frame.share * 100)} %` : "uden ramme";
  const over = statement === "needs_approval" || statement === "running_over";
  return (
    <>
      <p className="text-lg">
        Forsøget sætter <span className="font-semibold">{formatKr(moneyAtRiskKr)}</span> på spil. Med rummets forsøg i gang ({formatKr(frame.committedKr)}) bliver
        det {formatKr(frame.afterKr)} af en ramme på {formatKr(frame.frameKr)} ({percent}).
      </p>
      <p className={`mt-1 font-semibold ${over ? "text-status-red" : "text-status-green"}`}>{experimentFrameStatementTexts[statement]}</p>
    </>
  );
}

/** The experiment's test card, the money at risk and the zone's frame. */
export function ExperimentFacts({ itemId, card }: { itemId: number; card: Experiment }) {
  const { experiment, frame } = card;
  return (
    <Card id={`slide-${itemId}-experiment`} title={`Forsøg: ${experiment.title}`}>
      <p className="mb-3">
        <a href={`/experiments/${experiment.id}`} className="inline-flex min-h-11 items-center underline">
          Åbn forsøget
        </a>{" "}
        · {experimentStateLabels[experiment.state]} ·{" "}
        <a href={`/zones/${card.zoneSlug}`} className="inline-flex min-h-11 items-center underline">
          {card.zoneName}
        </a>
      </p>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{testCardFieldLabels.hypothesis}</dt>
        <dd>{experiment.hypothesis || "–"}</dd>
        <dt className="font-semibold">{testCardFieldLabels.test}</dt>
        <dd>{experiment.test || "–"}</dd>
        <dt className="font-semibold">{testCardFieldLabels.metric}</dt>
        <dd>{experiment.metric || "–"}</dd>
        <dt className="font-semibold">{testCardFieldLabels.successCriterion}</dt>
        <dd>{experiment.successCriterion || "–"}</dd>
        <dt className="font-semibold">Periode</dt>
        <dd>
          {formatDate(experiment.periodStart)} – {formatDate(experiment.periodEnd)}
        </dd>
        <dt className="font-semibold">Teknologi</dt>
        <dd>
          {experiment.technology || "–"} ({radarRingLabels[experiment.radarRing]})
        </dd>
      </dl>
      <h4 className="mt-4 font-semibold">Penge på spil og rummets risikoramme</h4>
      <ExperimentFrameFacts state={experiment.state} moneyAtRiskKr={experiment.moneyAtRiskKr} frame={frame} />
    </Card>
  );
}
