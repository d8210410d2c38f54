"use client";

import { useActionState } from "react";
import { authenticate, type LoginState } from "./actions";

export function LoginForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState<LoginState, FormData>(authenticate, { message: null, email: "" });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <div>
        <label htmlFor="email" className="mb-1 block font-semibold">
          E-mail
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-describedby={state.message ? "login-error" : undefined}
          className="field"
        />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block font-semibold">
          Adgangskode
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby={state.message ? "login-error" : undefined}
          className="field"
        />
      </div>
      <div aria-live="polite">
        {state.message && (
          <p id="login-error" role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
            {state.message}
          </p>
        )}
      </div>
      <button type="submit" className="btn w-full" disabled={pending}>
        {pending ? "Logger ind…" : "Log ind"}
      </button>
    </form>
  );
}
