import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { StrategyGoalForm } from "@/components/strategy/strategy-goal-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { getStrategyGoal } from "@/lib/queries/strategy";
import { strategyGoalId } from "@/lib/validation/strategy";
import { updateStrategyGoalAction } from "../../actions";

export const metadata: Metadata = { title: "Redigér strategisk mål" };

export default async function EditStrategyGoalPage({ params }: { params: Promise<{ id: string }> }) {
  await requireCapability("strategy.manage", "/strategy/[id]/edit");
  const parsed = strategyGoalId.safeParse((await params).id);
  const goal = parsed.success ? getStrategyGoal(parsed.data) : null;
  if (!goal) notFound();

  return (
    <>
      <nav aria-label="Brødkrumme" className="mb-3 text-sm">
        <Link href="/strategy" className="inline-flex min-h-11 items-center underline">
          ← Strategi
        </Link>
      </nav>
      <PageHeader title="Redigér strategisk mål" description={goal.title} />
      <section aria-label="Målets oplysninger" className="card max-w-2xl">
        <StrategyGoalForm action={updateStrategyGoalAction} goal={goal} />
      </section>
    </>
  );
}
