"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form";
import type { FormAction } from "@/lib/action-state";
import type { OnboardingStep, OnboardingStepState } from "@/lib/domain/onboarding";

/** Skip a step, mark it done, or open it again, depending on where it stands. */
export function StepButtons({ action, step, state, canMarkDone, label }: { action: FormAction; step: OnboardingStep; state: OnboardingStepState; canMarkDone: boolean; label: string }) {
  return (
    <ActionForm action={action} ariaLabel={`Trin: ${label}`} className="space-y-2">
      {(formState) => (
        <>
          <input type="hidden" name="step" value={step} />
          <div className="flex flex-wrap gap-3">
            {state === "open" ? (
              <>
                {canMarkDone && (
                  <button type="submit" name="state" value="done" className="btn">
                    Marker som færdig
                  </button>
                )}
                <button type="submit" name="state" value="skipped" className="btn btn-secondary">
                  Spring over
                </button>
              </>
            ) : (
              <button type="submit" name="state" value="open" className="btn btn-secondary">
                Vend tilbage til trinnet
              </button>
            )}
          </div>
          <div aria-live="polite">
            <FormMessage state={formState} />
          </div>
        </>
      )}
    </ActionForm>
  );
}
