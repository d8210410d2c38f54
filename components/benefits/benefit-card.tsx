import Link from "@/components/ui/link";
import type { BenefitActions } from "@/components/benefits/benefit-actions";
import { TableScroller } from "@/components/ui/table-scroller";
import { canCorrectMeasurement } from "@/lib/domain/benefit-rules";
import { expectedValue, type BenefitPath } from "@/lib/domain/benefit-assessment";
import { benefitStatusLabels, benefitTypeLabels, rebaselineStatusLabels } from "@/lib/domain/labels";
import { formatDate, formatDateTime, formatKr, formatNumber } from "@/lib/format";
import type { BenefitView } from "@/lib/queries/benefits";
import { AssessmentBadge } from "./assessment-badge";
import { BenefitChart } from "./benefit-chart";
import { CorrectMeasurementForm, MeasurementForm, RebaselineDecisionForm, RebaselineRequestForm } from "./lazy-benefit-forms";

export type BenefitPermissions = { canEdit: boolean; canMeasure: boolean; canDecide: boolean; baselineLocked: boolean; actorId: number; correctionDays: number };

function completePath(benefit: BenefitView): BenefitPath | null {
  if (benefit.baselineValue == null || benefit.baselineDate == null || benefit.targetValue == null || benefit.targetDate == null) return null;
  return { direction: benefit.direction, baselineValue: benefit.baselineValue, baselineDate: benefit.baselineDate, targetValue: benefit.targetValue, targetDate: benefit.targetDate };
}

const value = (amount: number | null, unit: string) => (amount == null ? "–" : `${formatNumber(amount)}${unit ? ` ${unit}` : ""}`);

/** A measurement as its correction row names it, "2. dec. 2026 (40 stk.)", so two on one date can be told apart. */
const measurementName = (m: { date: string; value: number }, unit: string) => `${formatDate(m.date)} (${value(m.value, unit)})`;

/** What a re-baseline changes, old → new, leaving out what it keeps ("baseline 46 → 40, måldato 31. dec. 2027 → 30. jun. 2028"). */
function rebaselineChanges(
  r: { oldBaselineValue: number | null; newBaselineValue: number; oldBaselineDate: string | null; newBaselineDate: string; oldTargetValue: number | null; newTargetValue: number; oldTargetDate: string | null; newTargetDate: string },
  unit: string,
): string {
  const amounts: [string, number | null, number][] = [
    ["baseline", r.oldBaselineValue, r.newBaselineValue],
    ["mål", r.oldTargetValue, r.newTargetValue],
  ];
  const dates: [string, string | null, string][] = [
    ["baselinedato", r.oldBaselineDate, r.newBaselineDate],
    ["måldato", r.oldTargetDate, r.newTargetDate],
  ];
  const changed = [
    ...amounts.filter(([, from, to]) => from !== to).map(([label, from, to]) => `${label} ${value(from, unit)} → ${value(to, unit)}`),
    ...dates.filter(([, from, to]) => from !== to).map(([label, from, to]) => `${label} ${formatDate(from)} → ${formatDate(to)}`),
  ];
  return changed.length ? changed.join(", ") : "baseline og mål uændret";
}

export function BenefitCard({
  actions,
  code,
  benefit,
  permissions,
  tolerance,
  today,
  now,
  printable = false,
}: {
  actions: BenefitActions;
  code: string;
  benefit: BenefitView;
  permissions: BenefitPermissions;
  tolerance: number;
  today: string;
  now: Date;
  printable?: boolean;
}) {
  const path = completePath(benefit);
  const { verdict } = benefit;
  const pendingRebaseline = benefit.rebaselines.find((r) => r.status === "pending");
  const latestMeasurements = [...benefit.measurements].reverse().slice(0, printable ? 5 : 12);
  return (
    <article id={`benefit-${benefit.id}`} aria-labelledby={`benefit-${benefit.id}-title`} className="card space-y-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 id={`benefit-${benefit.id}-title`} className="text-lg font-semibold">
            {benefit.title}
          </h3>
          <p className="text-sm text-muted">
            {benefitTypeLabels[benefit.type]} · {benefitStatusLabels[benefit.status]} · Gevinstejer: {benefit.ownerName ?? "ikke udpeget"}
            {benefit.receivingDepartmentName && ` · ${benefit.receivingDepartmentName}`}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <AssessmentBadge assessment={verdict.assessment} />
          {benefit.overdue && <span className="badge border-red-700 text-red-900">Måling forfalden</span>}
        </div>
      </header>

      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <dt className="font-semibold">Indikator</dt>
          <dd>{benefit.indicator || "–"}</dd>
        </div>
        <div>
          <dt className="font-semibold">Baseline</dt>
          <dd>
            {value(benefit.baselineValue, benefit.unit)} {benefit.baselineDate && `(${formatDate(benefit.baselineDate)})`}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Mål</dt>
          <dd>
            {value(benefit.targetValue, benefit.unit)} {benefit.targetDate && `(${formatDate(benefit.targetDate)})`} · {benefit.direction === "up" ? "skal op" : "skal ned"}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Seneste måling</dt>
          <dd>{verdict.latest ? `${value(verdict.latest.value, benefit.unit)} (${formatDate(verdict.latest.date)})` : "Ingen målinger"}</dd>
        </div>
        <div>
          <dt className="font-semibold">Målopfyldelse</dt>
          <dd>{verdict.achievementPercent == null ? "–" : `${Math.round(verdict.achievementPercent)} %`}</dd>
        </div>
        {benefit.annualValueKr != null && (
          <div>
            <dt className="font-semibold">Årlig værdi</dt>
            <dd>{formatKr(benefit.annualValueKr)}</dd>
          </div>
        )}
        {benefit.budgetTakeoutKr != null && (
          <div>
            <dt className="font-semibold">Budgethjemtagning</dt>
            <dd>
              {formatKr(benefit.budgetTakeoutKr)} i {benefit.budgetTakeoutYear} · {benefit.budgetTakeoutConfirmed ? "bekræftet" : "ikke bekræftet"}
            </dd>
          </div>
        )}
        {benefit.method && (
          <div className="sm:col-span-2 lg:col-span-3">
            <dt className="font-semibold">Målemetode</dt>
            <dd>{benefit.method}</dd>
          </div>
        )}
      </dl>

      {path && (
        <BenefitChart id={`chart-${benefit.id}`} title={`Målsti for ${benefit.title}`} path={path} measurements={benefit.measurements} tolerance={tolerance} unit={benefit.unit} today={today} />
      )}

      {latestMeasurements.length > 0 && (
        <TableScroller label={`Målinger for ${benefit.title}`}>
          <table className="data-table min-w-[520px]">
            <caption className="px-3 py-2 text-left font-semibold">Målinger (nyeste først)</caption>
            <thead>
              <tr>
                <th scope="col">Dato</th>
                <th scope="col">Værdi</th>
                <th scope="col">Forventet efter målstien</th>
                <th scope="col">Kommentar</th>
                <th scope="col">Registreret af</th>
              </tr>
            </thead>
            <tbody>
              {latestMeasurements.map((m) => (
                <tr key={m.id}>
                  <td>{formatDate(m.date)}</td>
                  <td className="tabular-nums">{value(m.value, benefit.unit)}</td>
                  <td className="tabular-nums">{path ? value(Math.round(expectedValue(path, m.date) * 10) / 10, benefit.unit) : "–"}</td>
                  <td>{m.comment || "–"}</td>
                  <td>{m.recorderName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}

      {benefit.rebaselines.length > 0 && (
        <section aria-label="Ændringer af baseline">
          <h4 className="font-semibold">Ændringer af baseline og mål</h4>
          <ul className="mt-2 space-y-2 text-sm">
            {benefit.rebaselines.map((r) => (
              <li key={r.id} className="rounded-md border border-gray-300 p-3">
                <p className="font-medium">
                  {rebaselineStatusLabels[r.status]}: {rebaselineChanges(r, benefit.unit)}
                </p>
                <p>Begrundelse: {r.reason}</p>
                <p className="text-muted">
                  Anmodet af {r.requesterName} {formatDateTime(r.requestedAt)}
                  {r.deciderName && ` · afgjort af ${r.deciderName} ${formatDateTime(r.decidedAt)}`}
                  {r.decisionComment && ` — “${r.decisionComment}”`}
                </p>
                {r.status === "pending" && permissions.canDecide && !printable && (
                  <div className="mt-2">
                    <RebaselineDecisionForm action={actions.decideRebaseline.bind(null, code, r.id)} idPrefix={`decide-${r.id}`} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {!printable && permissions.canMeasure && (
        <section aria-label={`Ny måling for ${benefit.title}`} className="rounded-md bg-brand-50 p-3">
          <MeasurementForm action={actions.recordMeasurement.bind(null, code, benefit.id)} today={today} unit={benefit.unit} idPrefix={`measure-${benefit.id}`} />
        </section>
      )}

      {!printable &&
        benefit.measurements
          .filter((m) => canCorrectMeasurement(permissions.actorId, m, now, permissions.correctionDays))
          .map((m) => (
            <details key={m.id} className="rounded-md border border-gray-300 p-3">
              <summary className="flex min-h-11 cursor-pointer items-center font-medium">Ret eller slet din måling fra {measurementName(m, benefit.unit)}</summary>
              <div className="mt-2">
                <CorrectMeasurementForm
                  action={actions.correctMeasurement.bind(null, code, m.id)}
                  deleteAction={actions.deleteMeasurement.bind(null, code, m.id)}
                  values={m}
                  name={measurementName(m, benefit.unit)}
                  idPrefix={`correct-${m.id}`}
                />
              </div>
            </details>
          ))}

      {!printable && permissions.canEdit && (
        <p>
          <Link href={`/projects/${code}/benefits/${benefit.id}/edit`} className="btn btn-secondary">
            Ret gevinsten
          </Link>
        </p>
      )}

      {!printable && permissions.canEdit && permissions.baselineLocked && !pendingRebaseline && (
        <details className="rounded-md border border-gray-300 p-3">
          <summary className="flex min-h-11 cursor-pointer items-center font-medium">Anmod om ny baseline</summary>
          <div className="mt-3">
            <RebaselineRequestForm action={actions.requestRebaseline.bind(null, code, benefit.id)} idPrefix={`rebaseline-${benefit.id}`} />
          </div>
        </details>
      )}
    </article>
  );
}
