import Link from "@/components/ui/link";
import { phases } from "@/lib/codes";
import { phaseLabels } from "@/lib/domain/labels";
import type { Option } from "@/lib/queries/dashboard-options";
import type { PortfolioFilter } from "@/lib/validation/portfolio";

function Select({ id, label, name, value, options, all }: { id: string; label: string; name: string; value: string | undefined; options: { value: string; label: string }[]; all: string }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className="field">
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The dashboard's department, phase, strategy goal and zone filters, as a plain GET form. */
export function BenefitFilterForm({ filter, departments, goals, zones }: { filter: PortfolioFilter; departments: Option[]; goals: Option[]; zones: Option[] }) {
  const toOptions = (items: Option[]) => items.map((item) => ({ value: String(item.id), label: item.name }));
  return (
    <form method="get" action="/benefits" role="search" aria-label="Filtrér gevinster" className="card grid gap-4 sm:grid-cols-2 xl:grid-cols-5 xl:items-end print:hidden">
      <Select id="benefit-filter-department" label="Afdeling" name="department" value={filter.department?.toString()} options={toOptions(departments)} all="Alle afdelinger" />
      <Select
        id="benefit-filter-phase"
        label="Fase"
        name="phase"
        value={filter.phase}
        options={[{ value: "active", label: "Alle aktive" }, ...phases.map((phase) => ({ value: phase, label: phaseLabels[phase] }))]}
        all="Alle faser"
      />
      <Select id="benefit-filter-goal" label="Strategisk mål" name="goal" value={filter.goal?.toString()} options={toOptions(goals)} all="Alle mål" />
      <Select id="benefit-filter-zone" label="Udviklingsrum" name="zone" value={filter.zone?.toString()} options={toOptions(zones)} all="Alle rum" />
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn">
          Filtrér
        </button>
        <Link href="/benefits" className="btn btn-secondary">
          Nulstil
        </Link>
      </div>
    </form>
  );
}
