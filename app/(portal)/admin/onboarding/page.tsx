import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { MunicipalityNameForm, DepartmentLinesForm } from "@/components/admin/onboarding/onboarding-forms";
import { OnboardingStepCard } from "@/components/admin/onboarding/onboarding-step";
import { StepButtons } from "@/components/admin/onboarding/step-buttons";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { isOnboardingFinished, onboardingStepLabels } from "@/lib/domain/onboarding";
import { listAllDepartmentOptions } from "@/lib/queries/departments";
import { onboardingCounts, readOnboardingProgress } from "@/lib/queries/settings-onboarding";
import { readSettings } from "@/lib/settings";
import { createDepartmentsAction, saveMunicipalityNameAction, setOnboardingStepAction } from "./actions";
import { formatCount } from "@/lib/format";

export const metadata: Metadata = { title: "Kom i gang" };

export default async function OnboardingPage() {
  await requireCapability("admin.manage", "/admin/onboarding");
  const progress = readOnboardingProgress();
  const departments = listAllDepartmentOptions();
  const counts = onboardingCounts();
  const { municipalityName } = readSettings();
  return (
    <>
      <PageHeader
        title="Kom i gang med Styrerum"
        description="Fire trin gør portalen klar til kommunen. Hvert trin kan springes over og tages op igen senere; alt kan også rettes bagefter."
      />
      {isOnboardingFinished(progress) && (
        <p role="status" className="mb-6 rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
          Alle trin er færdige eller sprunget over. <Link href="/" className="underline">Gå til forsiden</Link>.
        </p>
      )}
      <ol className="space-y-6">
        <OnboardingStepCard number={1} title={onboardingStepLabels.municipality} state={progress.municipality}>
          <MunicipalityNameForm action={saveMunicipalityNameAction} name={municipalityName} />
          <StepButtons action={setOnboardingStepAction} step="municipality" state={progress.municipality} canMarkDone={false} label={onboardingStepLabels.municipality} />
        </OnboardingStepCard>

        <OnboardingStepCard number={2} title={onboardingStepLabels.departments} state={progress.departments}>
          <p>
            {departments.length === 0 ? "Der er ingen afdelinger endnu." : `Der er ${formatCount(departments.length, "afdeling", "afdelinger")}: ${departments.map((d) => d.name).join(", ")}.`}{" "}
            Skriv dem her, eller opret og ret dem under{" "}
            <Link href="/admin/departments" className="underline">
              Afdelinger
            </Link>
            .
          </p>
          <DepartmentLinesForm action={createDepartmentsAction} />
          <StepButtons action={setOnboardingStepAction} step="departments" state={progress.departments} canMarkDone={departments.length > 0} label={onboardingStepLabels.departments} />
        </OnboardingStepCard>

        <OnboardingStepCard number={3} title={onboardingStepLabels.users} state={progress.users}>
          <p>
            Der er {formatCount(counts.users, "bruger", "brugere")}. Opret dem én ad gangen under{" "}
            <Link href="/admin/users" className="underline">
              Brugere
            </Link>
            , eller importér en CSV-fil fra HR under{" "}
            <Link href="/admin/users/import" className="underline">
              Importér brugere
            </Link>
            .
          </p>
          <StepButtons action={setOnboardingStepAction} step="users" state={progress.users} canMarkDone label={onboardingStepLabels.users} />
        </OnboardingStepCard>

        <OnboardingStepCard number={4} title={onboardingStepLabels.goals} state={progress.goals}>
          <p>
            Der er {counts.goals} strategiske mål. Skriv kommunens digitaliseringsmål under{" "}
            <Link href="/strategy" className="underline">
              Strategi
            </Link>
            ; direktionen kan justere dem senere.
          </p>
          <StepButtons action={setOnboardingStepAction} step="goals" state={progress.goals} canMarkDone label={onboardingStepLabels.goals} />
        </OnboardingStepCard>
      </ol>
    </>
  );
}
