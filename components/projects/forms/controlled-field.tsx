"use client";

import { FieldMessages } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";

/**
 * A board-controlled field shown read-only to someone who may not change it: the value as text and a note that the
 * direktion decides it. It posts nothing, so the stored value is kept, whatever the board has decided meanwhile.
 */
export function ControlledField({ name, label, text, state }: { name: string; label: string; text: string; state: ActionState }) {
  const noteId = `${name}-controlled`;
  return (
    <div>
      <label htmlFor={`${name}-readonly`} className="mb-1 block font-semibold">
        {label}
      </label>
      <input id={`${name}-readonly`} readOnly value={text} aria-describedby={noteId} className="field bg-gray-100" />
      <p id={noteId} className="mt-1 text-sm text-muted">
        Besluttes af direktionen
      </p>
      <FieldMessages name={name} state={state} />
    </div>
  );
}
