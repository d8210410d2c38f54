"use client";

import { FieldMessages } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";

/**
 * A board-controlled field shown read-only to someone who may not change it: the value as text, the stored value
 * in a hidden input (so the rest of the form saves unchanged), and a note that the direktion decides it.
 */
export function ControlledField({
  name,
  label,
  value,
  text,
  state,
}: {
  name: string;
  label: string;
  value: string | number | null;
  text: string;
  state: ActionState;
}) {
  const noteId = `${name}-controlled`;
  return (
    <div>
      <label htmlFor={`${name}-readonly`} className="mb-1 block font-semibold">
        {label}
      </label>
      <input id={`${name}-readonly`} readOnly value={text} aria-describedby={noteId} className="field bg-gray-100" />
      <input type="hidden" name={name} value={value ?? ""} />
      <p id={noteId} className="mt-1 text-sm text-muted">
        Besluttes af direktionen
      </p>
      <FieldMessages name={name} state={state} />
    </div>
  );
}
