import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PhaseBadge } from "@/components/ui/phase-badge";
import { requireCapability } from "@/lib/auth/current-user";
import { formatDate, formatDateTime, formatKr } from "@/lib/format";
import { focusLabels, priorityLabels, projectFieldLabels as label, purposeLabels } from "@/lib/domain/labels";
import { getProjectByCode } from "@/lib/queries/projects";

type Params = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { code } = await params;
  return { title: decodeURIComponent(code) };
}

function Field({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-gray-200 py-3 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold text-muted">{term}</dt>
      <dd className="mt-1 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

export default async function ProjectPage({ params }: Params) {
  await requireCapability("portfolio.read");
  const { code } = await params;
  const detail = getProjectByCode(decodeURIComponent(code));
  if (!detail) notFound();
  const { project } = detail;

  return (
    <>
      <nav aria-label="Brødkrumme" className="mb-3 text-sm">
        <Link href="/portfolio" className="inline-flex min-h-11 items-center underline">
          ← Portefølje
        </Link>
      </nav>
      <div className="mb-6">
        <p className="font-mono text-sm text-muted">{project.code}</p>
        <h1 className="text-2xl font-bold md:text-3xl">{project.title}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <PhaseBadge phase={project.phase} />
          <span className="text-sm text-muted">{detail.departmentName}</span>
        </div>
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="overview-heading" className="card lg:col-span-2">
          <h2 id="overview-heading" className="mb-2 text-xl font-semibold">
            Overblik
          </h2>
          <p className="mb-4 whitespace-pre-line">{project.summary || "Intet resumé endnu."}</p>
          <dl>
            <Field term={label.purpose}>{purposeLabels[project.purpose]}</Field>
            <Field term={label.department}>{detail.departmentName}</Field>
            <Field term={label.owner}>
              {detail.ownerName}
              {detail.ownerTitle && <span className="block text-sm text-muted">{detail.ownerTitle}</span>}
            </Field>
            <Field term={label.lead}>
              {detail.leadName}
              {detail.leadTitle && <span className="block text-sm text-muted">{detail.leadTitle}</span>}
            </Field>
            <Field term={label.zone}>{detail.zoneName ?? "Ikke tilknyttet et udviklingsrum"}</Field>
            <Field term={label.priority}>{priorityLabels[project.priority]}</Field>
            <Field term={label.baselineStart}>{formatDate(project.baselineStart)}</Field>
            <Field term={label.baselineEnd}>{formatDate(project.baselineEnd)}</Field>
            <Field term={label.forecastEnd}>{formatDate(project.forecastEnd)}</Field>
            <Field term={label.updatedAt}>{formatDateTime(project.updatedAt)}</Field>
          </dl>
        </section>

        <div className="space-y-6">
          <section aria-labelledby="economy-heading" className="card">
            <h2 id="economy-heading" className="mb-2 text-xl font-semibold">
              Økonomi
            </h2>
            <dl>
              <Field term={label.approvedBudgetKr}>
                <span className="tabular-nums">{formatKr(project.approvedBudgetKr)}</span>
              </Field>
              <Field term={label.spentKr}>
                <span className="tabular-nums">{formatKr(project.spentKr)}</span>
              </Field>
            </dl>
          </section>
          <section aria-labelledby="goals-heading" className="card">
            <h2 id="goals-heading" className="mb-2 text-xl font-semibold">
              {label.goals}
            </h2>
            {detail.goals.length ? (
              <ul className="space-y-2">
                {detail.goals.map((goal) => (
                  <li key={goal.id}>
                    {goal.title}
                    <span className="block text-sm text-muted">{focusLabels[goal.focus]}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-muted">Ikke koblet til strategiske mål.</p>
            )}
          </section>
          <section aria-labelledby="tags-heading" className="card">
            <h2 id="tags-heading" className="mb-2 text-xl font-semibold">
              {label.tags}
            </h2>
            {detail.tags.length ? (
              <ul className="flex flex-wrap gap-2">
                {detail.tags.map((tag) => (
                  <li key={tag} className="rounded-full border border-brand-600 bg-brand-50 px-3 py-1 text-sm text-brand-800">
                    {tag}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-muted">Ingen teknologier registreret.</p>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
