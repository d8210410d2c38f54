import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { BenefitCard } from "@/components/benefits/benefit-card";
import { requireCapability } from "@/lib/auth/current-user";
import { toDay } from "@/lib/domain/dates";
import { phaseLabels } from "@/lib/domain/labels";
import { formatCount, formatDate, formatKr } from "@/lib/format";
import { listProjectBenefits } from "@/lib/queries/benefits";
import { getProjectByCode } from "@/lib/queries/projects";
import { readSettings } from "@/lib/settings";
import { benefitActions } from "@/app/(portal)/projects/[code]/action-sets";

export const metadata: Metadata = { title: "Gevinstrealiseringsrapport" };

export default async function BenefitsReportPage({ params }: { params: Promise<{ code: string }> }) {
  const user = await requireCapability("portfolio.read");
  const code = decodeURIComponent((await params).code);
  const detail = getProjectByCode(code);
  if (!detail) notFound();
  const { project } = detail;
  const settings = readSettings();
  const now = new Date();
  const benefits = listProjectBenefits(project.id, settings.benefitTolerance, now);
  const annual = benefits.reduce((sum, b) => sum + (b.annualValueKr ?? 0), 0);
  const noPermissions = { canEdit: false, canMeasure: false, canDecide: false, baselineLocked: true, actorId: user.id, correctionDays: 0 };
  return (
    <article className="space-y-6">
      <p className="no-print">
        <Link href={`/projects/${code}?tab=benefits`} className="inline-flex min-h-11 items-center underline">
          ← Tilbage til projektet
        </Link>
      </p>
      <header className="border-b border-gray-300 pb-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{settings.municipalityName} · Gevinstrealiseringsrapport</p>
        <h1 className="text-3xl font-bold">{project.title}</h1>
        <p className="mt-1 text-muted">
          {project.code} · {detail.departmentName} · Fase: {phaseLabels[project.phase]} · Projektejer: {detail.ownerName} · Udskrevet {formatDate(toDay(now))}
        </p>
        <p className="mt-2">
          {formatCount(benefits.length, "gevinst", "gevinster")}{annual > 0 && ` · forventet årlig økonomisk gevinst ${formatKr(annual)}`}
        </p>
      </header>
      {benefits.length === 0 && <p>Projektet har ingen registrerede gevinster.</p>}
      {benefits.map((benefit) => (
        <BenefitCard key={benefit.id} actions={benefitActions} code={code} benefit={benefit} permissions={noPermissions} tolerance={settings.benefitTolerance} today={toDay(now)} now={now} printable />
      ))}
    </article>
  );
}
