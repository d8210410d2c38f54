import Link from "@/components/ui/link";
import { phases, purposeTypes } from "@/lib/codes";
import { lightLabels, phaseLabels, purposeLabels } from "@/lib/domain/labels";
import type { Option } from "@/lib/queries/dashboard-options";
import type { PortfolioFilter } from "@/lib/validation/portfolio";

export type FilterOptions = { departments: Option[]; goals: Option[]; zones: Option[]; owners: Option[] };

type Choice = { value: string; label: string };

const phaseChoices: Choice[] = [{ value: "active", label: "Alle aktive faser" }, ...phases.map((phase) => ({ value: phase, label: phaseLabels[phase] }))];
const purposeChoices: Choice[] = purposeTypes.map((purpose) => ({ value: purpose, label: purposeLabels[purpose] }));
const lightChoices: Choice[] = [
  { value: "green", label: lightLabels.green },
  { value: "yellow", label: lightLabels.yellow },
  { value: "red", label: lightLabels.red },
  { value: "none", label: "Ingen status" },
];
const fromOptions = (options: Option[]): Choice[] => options.map((option) => ({ value: String(option.id), label: option.name }));

function Select({ name, label, all, choices, value }: { name: string; label: string; all: string; choices: Choice[]; value: string | number | undefined }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value === undefined ? "" : String(value)} className="field">
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

/** A plain GET form: works without JavaScript and leaves a URL that can be bookmarked and shared. */
export function FilterForm({ filter, options, action }: { filter: PortfolioFilter; options: FilterOptions; action: string }) {
  return (
    <form method="get" action={action} role="search" aria-label="Filtrér porteføljen" className="mt-3 print:hidden">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Select name="department" label="Afdeling" all="Alle afdelinger" choices={fromOptions(options.departments)} value={filter.department} />
        <Select name="phase" label="Fase" all="Alle faser" choices={phaseChoices} value={filter.phase} />
        <Select name="purpose" label="Formål" all="Alle formål" choices={purposeChoices} value={filter.purpose} />
        <Select name="goal" label="Strategisk mål" all="Alle mål" choices={fromOptions(options.goals)} value={filter.goal} />
        <Select name="zone" label="Udviklingsrum" all="Alle udviklingsrum" choices={fromOptions(options.zones)} value={filter.zone} />
        <Select name="light" label="Samlet status" all="Alle" choices={lightChoices} value={filter.light} />
        <Select name="owner" label="Projektejer" all="Alle projektejere" choices={fromOptions(options.owners)} value={filter.owner} />
        <div>
          <label htmlFor="filter-q" className="mb-1 block text-sm font-semibold">
            Fritekst
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={100} className="field" aria-describedby="filter-q-hint" />
          <p id="filter-q-hint" className="mt-1 text-sm text-muted">
            Søger i nummer, titel og resumé.
          </p>
        </div>
      </div>
      {filter.sort !== "code" && <input type="hidden" name="sort" value={filter.sort} />}
      {filter.dir !== "asc" && <input type="hidden" name="dir" value={filter.dir} />}
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="submit" className="btn">
          Filtrér
        </button>
        <Link href={action} className="btn btn-secondary">
          Nulstil
        </Link>
      </div>
    </form>
  );
}

/** The active filters in words, so a printout or a shared link says what it shows. */
export function FilterSummary({ filter, options }: { filter: PortfolioFilter; options: FilterOptions }) {
  const name = (list: Option[], id: number | undefined) => list.find((option) => option.id === id)?.name ?? `#${id}`;
  const parts = [
    filter.department !== undefined && `Afdeling: ${name(options.departments, filter.department)}`,
    filter.phase && `Fase: ${phaseChoices.find((choice) => choice.value === filter.phase)?.label}`,
    filter.purpose && `Formål: ${purposeLabels[filter.purpose]}`,
    filter.goal !== undefined && `Strategisk mål: ${name(options.goals, filter.goal)}`,
    filter.zone !== undefined && `Udviklingsrum: ${name(options.zones, filter.zone)}`,
    filter.light && `Samlet status: ${lightChoices.find((choice) => choice.value === filter.light)?.label}`,
    filter.owner !== undefined && `Projektejer: ${name(options.owners, filter.owner)}`,
    filter.q && `Fritekst: »${filter.q}«`,
  ].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return null;
  return (
    <p className="text-sm">
      <span className="font-semibold">Filtreret på</span> {parts.join(" · ")}
    </p>
  );
}
