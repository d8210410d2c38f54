"use client";

import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/action-state";

/** Form primitives: labelled fields whose errors are wired with aria-describedby and aria-invalid. */

type FieldProps = {
  name: string;
  label: string;
  state?: ActionState;
  hint?: string;
  className?: string;
};

/**
 * The ids of a field's hint and error, from the field's id (its name unless the page gives it another id, as when two
 * forms on one page have a field of the same name).
 */
export function describedBy(fieldId: string, hasError: boolean, hint?: string): string | undefined {
  const ids = [hint ? `${fieldId}-hint` : null, hasError ? `${fieldId}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldMessages({ name, fieldId = name, state, hint }: { name: string; fieldId?: string; state?: ActionState; hint?: string }) {
  const errors = state?.fieldErrors?.[name];
  return (
    <>
      {hint && (
        <p id={`${fieldId}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
      {errors && (
        <p id={`${fieldId}-error`} className="mt-1 text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      )}
    </>
  );
}

export function TextField({
  name,
  label,
  state,
  hint,
  className,
  ...input
}: FieldProps & React.InputHTMLAttributes<HTMLInputElement>) {
  const hasError = Boolean(state?.fieldErrors?.[name]);
  const fieldId = input.id ?? name;
  return (
    <div className={className}>
      <label htmlFor={fieldId} className="mb-1 block font-semibold">
        {label}
      </label>
      <input
        id={fieldId}
        name={name}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy(fieldId, hasError, hint)}
        className="field"
        {...input}
      />
      <FieldMessages name={name} fieldId={fieldId} state={state} hint={hint} />
    </div>
  );
}

export function TextAreaField({
  name,
  label,
  state,
  hint,
  className,
  ...input
}: FieldProps & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const hasError = Boolean(state?.fieldErrors?.[name]);
  const fieldId = input.id ?? name;
  return (
    <div className={className}>
      <label htmlFor={fieldId} className="mb-1 block font-semibold">
        {label}
      </label>
      <textarea
        id={fieldId}
        name={name}
        rows={4}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy(fieldId, hasError, hint)}
        className="field"
        {...input}
      />
      <FieldMessages name={name} fieldId={fieldId} state={state} hint={hint} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  state,
  hint,
  className,
  options,
  placeholder,
  ...select
}: FieldProps & { options: { value: string | number; label: string }[]; placeholder?: string } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  const hasError = Boolean(state?.fieldErrors?.[name]);
  const fieldId = select.id ?? name;
  return (
    <div className={className}>
      <label htmlFor={fieldId} className="mb-1 block font-semibold">
        {label}
      </label>
      <select
        id={fieldId}
        name={name}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy(fieldId, hasError, hint)}
        className="field"
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages name={name} fieldId={fieldId} state={state} hint={hint} />
    </div>
  );
}

/** The form-level message: an alert for errors, a status for success. */
export function FormMessage({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return state.ok ? (
    <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
      {state.message}
    </p>
  ) : (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
      {state.message}
    </p>
  );
}

export function SubmitButton({ children, pendingText = "Gemmer…", className = "btn" }: { children: React.ReactNode; pendingText?: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? pendingText : children}
    </button>
  );
}
