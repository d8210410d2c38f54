import type { Metadata } from "next";
import Link from "next/link";
import { ProjectTable, type SortableColumn } from "@/components/projects/project-table";
import { PageHeader } from "@/components/ui/page-header";
import { phases, purposeTypes } from "@/db/schema";
import { requireCapability } from "@/lib/auth/current-user";
import { phaseLabels, purposeLabels } from "@/lib/domain/labels";
import { countProjectsByPhase, listDepartmentOptions, listProjects } from "@/lib/queries/projects";
import { parsePortfolioFilter, portfolioSortKeys, type PortfolioFilter } from "@/lib/validation/portfolio";

export const metadata: Metadata = { title: "Portefølje" };

const sortLabels: Record<(typeof portfolioSortKeys)[number], string> = {
  code: "Nr.",
  title: "Projekt",
  department: "Afdeling",
  phase: "Fase",
  purpose: "Formål",
  budget: "Budget",
  end: "Forventet slut",
};

function portfolioHref(filter: PortfolioFilter, changes: Partial<PortfolioFilter>): string {
  const merged = { ...filter, ...changes };
  const params = new URLSearchParams();
  if (merged.department) params.set("department", String(merged.department));
  if (merged.phase) params.set("phase", merged.phase);
  if (merged.purpose) params.set("purpose", merged.purpose);
  if (merged.sort !== "code") params.set("sort", merged.sort);
  if (merged.dir !== "asc") params.set("dir", merged.dir);
  const query = params.toString();
  return query ? `/portfolio?${query}` : "/portfolio";
}

export default async function PortfolioPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireCapability("portfolio.read");
  const filter = parsePortfolioFilter(await searchParams);
  const projects = listProjects(filter);
  const phaseCounts = new Map(countProjectsByPhase(filter).map((row) => [row.phase, row.count]));
  const departments = listDepartmentOptions();

  const columns: SortableColumn[] = portfolioSortKeys.map((key) => {
    const active = filter.sort === key;
    return {
      key,
      label: sortLabels[key],
      href: portfolioHref(filter, { sort: key, dir: active && filter.dir === "asc" ? "desc" : "asc" }),
      sorted: active ? (filter.dir === "asc" ? "ascending" : "descending") : undefined,
    };
  });

  return (
    <>
      <PageHeader title="Portefølje" description="Alle digitaliseringsprojekter i kommunen. Filtrér efter afdeling, fase og formål." />

      <nav aria-label="Projekter pr. fase" className="mb-6">
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
          {phases.map((phase) => {
            const active = filter.phase === phase;
            return (
              <li key={phase}>
                <Link
                  href={portfolioHref(filter, { phase: active ? undefined : phase })}
                  aria-current={active ? "true" : undefined}
                  className={`flex min-h-11 flex-col rounded-lg border p-3 ${active ? "border-brand-700 bg-brand-50" : "border-gray-300 bg-white hover:border-brand-600"}`}
                >
                  <span className="text-2xl font-bold tabular-nums">{phaseCounts.get(phase) ?? 0}</span>
                  <span className="text-sm">{phaseLabels[phase]}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <form method="get" action="/portfolio" className="card mb-6 grid gap-4 md:grid-cols-4 md:items-end" role="search" aria-label="Filtrér projekter">
        <div>
          <label htmlFor="filter-department" className="mb-1 block text-sm font-semibold">
            Afdeling
          </label>
          <select id="filter-department" name="department" defaultValue={filter.department ?? ""} className="field">
            <option value="">Alle afdelinger</option>
            {departments.map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-phase" className="mb-1 block text-sm font-semibold">
            Fase
          </label>
          <select id="filter-phase" name="phase" defaultValue={filter.phase ?? ""} className="field">
            <option value="">Alle faser</option>
            {phases.map((phase) => (
              <option key={phase} value={phase}>
                {phaseLabels[phase]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-purpose" className="mb-1 block text-sm font-semibold">
            Formål
          </label>
          <select id="filter-purpose" name="purpose" defaultValue={filter.purpose ?? ""} className="field">
            <option value="">Alle formål</option>
            {purposeTypes.map((purpose) => (
              <option key={purpose} value={purpose}>
                {purposeLabels[purpose]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2">
          <button type="submit" className="btn">
            Filtrér
          </button>
          <Link href="/portfolio" className="btn btn-secondary">
            Nulstil
          </Link>
        </div>
      </form>

      <p className="mb-2 text-sm text-muted" aria-live="polite">
        {projects.length} projekter
      </p>
      <ProjectTable projects={projects} caption="Projekter i porteføljen" columns={columns} />
    </>
  );
}
