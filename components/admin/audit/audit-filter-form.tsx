import Link from "@/components/ui/link";
import { SearchPicker, type PickerChoice } from "@/components/ui/search-picker";
import { auditEntityLabel, describeAuditAction } from "@/lib/domain/audit-descriptions";
import type { AuditFilterOptions } from "@/lib/queries/audit-log";
import type { AuditFilter } from "@/lib/validation/account";

type Choice = { value: string; label: string };

function Select({ name, label, all, choices, value }: { name: string; label: string; all: string; choices: Choice[]; value: string | number | null }) {
  return (
    <div>
      <label htmlFor={`audit-${name}`} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      <select id={`audit-${name}`} name={name} defaultValue={value === null ? "" : String(value)} className="field">
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

function DayField({ name, label, value }: { name: string; label: string; value: string | null }) {
  return (
    <div>
      <label htmlFor={`audit-${name}`} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      <input id={`audit-${name}`} name={name} type="date" defaultValue={value ?? ""} className="field" />
    </div>
  );
}

/** A plain GET form: the filtered view has its own URL, which the CSV export takes along. */
export function AuditFilterForm({ filter, options, person }: { filter: AuditFilter; options: AuditFilterOptions; person: PickerChoice | null }) {
  return (
    <form method="get" action="/admin/audit" role="search" aria-label="Filtrér revisionsloggen" className="card mb-6">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <SearchPicker name="person" id="audit-person" label="Person" source="/api/pickers/people?scope=everyone" initial={person} placeholder="Alle personer" />
        <Select
          name="handling"
          label="Handling"
          all="Alle handlinger"
          choices={options.actions.map((action) => ({ value: action, label: describeAuditAction(action) }))}
          value={filter.action}
        />
        <Select
          name="type"
          label="Type"
          all="Alle typer"
          choices={options.objectTypes.map((type) => ({ value: type, label: auditEntityLabel(type) }))}
          value={filter.objectType}
        />
        <DayField name="fra" label="Fra dato" value={filter.from} />
        <DayField name="til" label="Til dato" value={filter.to} />
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="submit" className="btn">
          Filtrér
        </button>
        <Link href="/admin/audit" className="btn btn-secondary">
          Nulstil filtre
        </Link>
      </div>
    </form>
  );
}
