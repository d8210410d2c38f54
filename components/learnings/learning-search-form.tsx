import Link from "@/components/ui/link";
import { experimentDecisions, searchKinds, sharingLevels } from "@/lib/codes";
import { experimentDecisionLabels, learningKindLabels, sharingLabels } from "@/lib/domain/labels";
import type { LearningFilterOptions } from "@/lib/queries/learnings";
import type { LearningFilter } from "@/lib/validation/learnings";

type Choice = { value: string; label: string };

function Select({ name, label, all, choices, value }: { name: string; label: string; all: string; choices: Choice[]; value: string | number | undefined }) {
  return (
    <div>
      <label htmlFor={`learning-${name}`} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      <select id={`learning-${name}`} name={name} defaultValue={value === undefined ? "" : String(value)} className="field">
        <option value="">{all}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: search and filters work without JavaScript and leave a URL that can be shared. */
export function LearningSearchForm({ filter, options }: { filter: LearningFilter; options: LearningFilterOptions }) {
  return (
    <form method="get" action="/learnings" role="search" aria-label="Søg i Erfaringsbanken" className="card mb-6">
      <div>
        <label htmlFor="learning-q" className="mb-1 block font-semibold">
          Søg
        </label>
        <input
          id="learning-q"
          name="q"
          type="search"
          defaultValue={filter.q ?? ""}
          maxLength={200}
          className="field"
          aria-describedby="learning-q-hint"
        />
        <p id="learning-q-hint" className="mt-1 text-sm text-muted">
          Søger i titler, hypoteser, observationer, læring og udsyn. Begyndelsen af et ord er nok, fx &quot;tekno&quot;.
        </p>
      </div>
      <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <Select name="technology" label="Teknologi" all="Alle teknologier" choices={options.technologies.map((name) => ({ value: name, label: name }))} value={filter.technology} />
        <Select name="zone" label="Udviklingsrum" all="Alle udviklingsrum" choices={options.zones.map((zone) => ({ value: String(zone.id), label: zone.name }))} value={filter.zone} />
        <Select name="decision" label="Beslutning" all="Alle beslutninger" choices={experimentDecisions.map((value) => ({ value, label: experimentDecisionLabels[value] }))} value={filter.decision} />
        <Select name="sharing" label="Delingsniveau" all="Alle niveauer" choices={sharingLevels.map((value) => ({ value, label: sharingLabels[value] }))} value={filter.sharing} />
        <Select name="kind" label="Type" all="Alle typer" choices={searchKinds.map((value) => ({ value, label: learningKindLabels[value] }))} value={filter.kind} />
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="submit" className="btn">
          Søg
        </button>
        <Link href="/learnings" className="btn btn-secondary">
          Nulstil
        </Link>
      </div>
    </form>
  );
}
