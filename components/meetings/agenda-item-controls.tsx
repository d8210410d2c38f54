"use client";

import { Fragment } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { FormMessage } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import type { AgendaItemChange } from "@/lib/domain/meetings";

type Control = {
  op: AgendaItemChange;
  label: string;
  /** What the control does, asked about first (ConfirmStep): the button inside then reads "Ja, <label>". */
  confirm?: string;
};

/**
 * An agenda item's move and remove buttons in one form: the pressed button's `op` says which (one form instead of
 * one per button keeps the agenda builder's page small). Each button's accessible name names the item. A control
 * with `confirm` opens what it will do first and is pressed inside; it works without JavaScript like the others.
 */
export function AgendaItemControls({
  action,
  title,
  version,
  controls,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  title: string;
  /** The item's version as shown, so that removing an item edited since is refused. */
  version: number;
  controls: Control[];
}) {
  if (controls.length === 0) return null;
  return (
    <ActionForm action={action} className="flex flex-col gap-2">
      {(state, pending) => (
        <>
          <input type="hidden" name="version" value={version} />
          <div className="flex flex-wrap items-start gap-2">
            {controls.map(({ op, label, confirm }) => {
              const button = (text: string, className: string) => (
                <button type="submit" name="op" value={op} className={className} disabled={pending} aria-disabled={pending} aria-label={`${text}: ${title}`}>
                  {text}
                </button>
              );
              return confirm ? (
                <ConfirmStep key={op} label={label}>
                  <p className="text-sm">{confirm}</p>
                  {button(`Ja, ${label.toLowerCase()}`, "btn")}
                </ConfirmStep>
              ) : (
                <Fragment key={op}>{button(label, "btn btn-secondary")}</Fragment>
              );
            })}
          </div>
          {!state.ok && <FormMessage state={state} />}
        </>
      )}
    </ActionForm>
  );
}
