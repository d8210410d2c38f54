import Link from "@/components/ui/link";
import { focusLabels } from "@/lib/domain/labels";
import type { FocusArea, StrategyGoalItem } from "@/lib/queries/strategy";

function linkedText(count: number): string {
  if (count === 0) return "Ingen tilknyttede projekter";
  return count === 1 ? "1 tilknyttet projekt" : `${count} tilknyttede projekter`;
}

/** The goals of one focus area, each linking to the portfolio filtered on it. */
function FocusGroup({ focus, goals, canManage }: { focus: FocusArea; goals: StrategyGoalItem[]; canManage: boolean }) {
  const headingId = `focus-${focus}`;
  return (
    <section aria-labelledby={headingId} className="mb-8">
      <h3 id={headingId} className="mb-3 text-lg font-semibold">
        {focusLabels[focus]} <span className="font-normal text-muted">({goals.length} mål)</span>
      </h3>
      {goals.length === 0 ? (
        <p className="card text-muted">Ingen mål under dette fokusområde endnu.</p>
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2">
          {goals.map((goal) => (
            <li key={goal.id} className="card flex flex-col">
              <h4 className="text-base font-semibold">{goal.title}</h4>
              <p className="mt-1 flex-1 whitespace-pre-line text-sm">{goal.description || "Ingen beskrivelse."}</p>
              <div className="mt-3 flex flex-wrap items-center gap-2">
                <Link href={`/portfolio/projects?goal=${goal.id}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
                  {linkedText(goal.projectCount)}
                  <span className="sr-only">: {goal.title}</span>
                </Link>
                {canManage && (
                  <Link href={`/strategy/${goal.id}/edit`} className="btn btn-secondary ml-auto">
                    Redigér<span className="sr-only"> målet {goal.title}</span>
                  </Link>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function GoalList({ goals, focusAreas, canManage }: { goals: StrategyGoalItem[]; focusAreas: readonly FocusArea[]; canManage: boolean }) {
  return (
    <section aria-labelledby="goals-heading" className="mb-10">
      <h2 id="goals-heading" className="mb-4 text-xl font-semibold">
        Strategiske mål
      </h2>
      {focusAreas.map((focus) => (
        <FocusGroup key={focus} focus={focus} goals={goals.filter((goal) => goal.focus === focus)} canManage={canManage} />
      ))}
    </section>
  );
}
