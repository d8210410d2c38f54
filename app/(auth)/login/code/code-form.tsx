"use client";

import { useActionState } from "react";
import { verifyCode, type CodeState } from "./actions";

export function CodeForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState<CodeState, FormData>(verifyCode, { message: null });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <div>
        <label htmlFor="code" className="mb-1 block font-semibold">
          Kode
        </label>
        <input
          id="code"
          name="code"
          type="text"
          inputMode="text"
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          required
          aria-describedby={state.message ? "code-hint code-error" : "code-hint"}
          className="field font-mono"
        />
        <p id="code-hint" className="mt-1 text-sm text-muted">
          Seks cifre fra din godkendelsesapp, eller en af dine gendannelseskoder (fx ABCDE-FGHJK).
        </p>
      </div>
      <div aria-live="polite">
        {state.message && (
          <p id="code-error" role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
            {state.message}
          </p>
        )}
      </div>
      <button type="submit" className="btn w-full" disabled={pending}>
        {pending ? "Kontrollerer…" : "Bekræft og log ind"}
      </button>
    </form>
  );
}
