import { isAdministrator } from "@/lib/permissions";
/** The first-run steps an administrator goes through on an installation without demo data, in order. */
export const onboardingSteps = ["municipality", "departments", "users", "goals"] as const;
export type OnboardingStep = (typeof onboardingSteps)[number];

/** A step is open until it is done or skipped; a skipped step can be returned to and done later. */
export const onboardingStepStates = ["open", "done", "skipped"] as const;
export type OnboardingStepState = (typeof onboardingStepStates)[number];

export type OnboardingProgress = Record<OnboardingStep, OnboardingStepState>;

/** The settings key the progress is kept under, as JSON. */
export const onboardingProgressKey = "onboardingProgress";

export const onboardingStepLabels: Record<OnboardingStep, string> = {
  municipality: "Kommunens navn",
  departments: "Afdelinger",
  users: "Brugere",
  goals: "Strategiske mål",
};

export const onboardingStateLabels: Record<OnboardingStepState, string> = { open: "Mangler", done: "Færdig", skipped: "Sprunget over" };

/** Reads the stored progress; anything unreadable counts as open. */
export function parseOnboardingProgress(raw: string | undefined): OnboardingProgress {
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) stored = parsed as Record<string, unknown>;
  } catch {
    stored = {};
  }
  const progress = {} as OnboardingProgress;
  for (const step of onboardingSteps) {
    const state = stored[step];
    progress[step] = (onboardingStepStates as readonly unknown[]).includes(state) ? (state as OnboardingStepState) : "open";
  }
  return progress;
}

/** Finished when every step is done or skipped. */
export function isOnboardingFinished(progress: OnboardingProgress): boolean {
  return onboardingSteps.every((step) => progress[step] !== "open");
}

/** The first step still open, or null when all are decided. */
export function nextOpenStep(progress: OnboardingProgress): OnboardingStep | null {
  return onboardingSteps.find((step) => progress[step] === "open") ?? null;
}

/** An administrator is sent to onboarding from the start page while the installation has no departments and the steps are not all decided. */
export function shouldOnboard(role: string, hasNoDepartments: boolean, progress: OnboardingProgress): boolean {
  return isAdministrator({ role }) && hasNoDepartments && !isOnboardingFinished(progress);
}
