import { onboardingStateLabels, type OnboardingStepState } from "@/lib/domain/onboarding";

/** One numbered step of the first-run setup with its state; `children` are what the step offers. */
export function OnboardingStepCard({ number, title, state, children }: { number: number; title: string; state: OnboardingStepState; children: React.ReactNode }) {
  const headingId = `onboarding-step-${number}`;
  return (
    <li aria-labelledby={headingId} className="card space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-xl font-semibold">
          {number}. {title}
        </h2>
        <span className={`text-sm font-semibold ${state === "done" ? "text-green-800" : ""}`}>{onboardingStateLabels[state]}</span>
      </div>
      {children}
    </li>
  );
}
