import type { Phase } from "@/lib/codes";

export type GateFacts = {
  purposeSet: boolean;
  benefitsTotal: number;
  benefitsWithBaselineAndTarget: number;
  benefitsWithoutOwner: number;
  risksTotal: number;
  noSignificantRisks: boolean;
  userOrMedInvolvements: number;
  approvedBudgetKr: number;
  closingLearning: string | null;
};

/** `tab` names the project tab where an unmet item is fixed. */
export type ChecklistItem = { key: string; label: string; met: boolean; tab: "overview" | "benefits" | "risks" | "involvement" | "edit" };

function leaveAnalysisItems(facts: GateFacts): ChecklistItem[] {
  return [
    { key: "purpose", label: "Formål er valgt", met: facts.purposeSet, tab: "edit" },
    {
      key: "benefit",
      label: "Mindst én gevinst med baseline og mål",
      met: facts.benefitsWithBaselineAndTarget > 0,
      tab: "benefits",
    },
    {
      key: "risks",
      label: "Risici er vurderet (mindst én risiko, eller \"ingen væsentlige risici\" er afkrydset)",
      met: facts.risksTotal > 0 || facts.noSignificantRisks,
      tab: "risks",
    },
    {
      key: "involvement",
      label: "Inddragelse af brugere, medarbejdere eller MED er registreret eller planlagt",
      met: facts.userOrMedInvolvements > 0,
      tab: "involvement",
    },
    { key: "budget", label: "Budget er fastsat", met: facts.approvedBudgetKr > 0, tab: "edit" },
  ];
}

/** The checklist for moving a project into `to`. Empty when no rule applies. */
export function gateChecklist(from: Phase, to: Phase, facts: GateFacts): ChecklistItem[] {
  if (to === "stopped") return [];
  if (from === "analysis" || from === "trial") return leaveAnalysisItems(facts);
  if (to === "realisation") {
    return [
      { key: "has-benefits", label: "Projektet har mindst én gevinst", met: facts.benefitsTotal > 0, tab: "benefits" },
      { key: "benefit-owners", label: "Alle gevinster har en gevinstejer", met: facts.benefitsWithoutOwner === 0, tab: "benefits" },
    ];
  }
  if (to === "closed") {
    return [{ key: "closing-learning", label: "Afsluttende erfaringsnotat er skrevet", met: Boolean(facts.closingLearning?.trim()), tab: "edit" }];
  }
  return [];
}

export function checklistMet(items: ChecklistItem[]): boolean {
  return items.every((item) => item.met);
}
