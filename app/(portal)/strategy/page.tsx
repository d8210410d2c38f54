import type { Metadata } from "next";
import { FocusBalance } from "@/components/strategy/focus-balance";
import { GoalList } from "@/components/strategy/goal-list";
import { StrategyGoalForm } from "@/components/strategy/strategy-goal-form";
import { PageHeader } from "@/components/ui/page-header";
import { focusAreas } from "@/lib/codes";
import { requireCapability } from "@/lib/auth/current-user";
import { can } from "@/lib/permissions";
import { balancePhases, countProjectsWithoutGoal, getFocusBalance, listStrategyGoals } from "@/lib/queries/strategy";
import { createStrategyGoalAction } from "./actions";

export const metadata: Metadata = { title: "Strategi" };

export default async function StrategyPage() {
  const user = await requireCapability("portfolio.read");
  const canManage = can(user, "strategy.manage");
  const balance = getFocusBalance();
  const goals = listStrategyGoals();

  return (
    <>
      <PageHeader
        title="Strategi"
        description="Digitaliseringsstrategiens mål og porteføljens balance mellem effektivisering, ny service, kvalitet og kommunikation."
      />
      <FocusBalance rows={balance} countedPhases={balancePhases} withoutGoal={countProjectsWithoutGoal()} />
      <GoalList goals={goals} focusAreas={focusAreas} canManage={canManage} />
      {canManage && (
        <section aria-labelledby="new-goal-heading" className="card max-w-2xl">
          <h2 id="new-goal-heading" className="mb-4 text-xl font-semibold">
            Nyt strategisk mål
          </h2>
          <StrategyGoalForm action={createStrategyGoalAction} />
        </section>
      )}
    </>
  );
}
