"use client";

import { useActionState, useState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { idleState, type ActionState } from "@/lib/action-state";

export type ShareLinkState = ActionState & { path?: string; linkId?: number };
type CreateAction = (state: ShareLinkState, formData: FormData) => Promise<ShareLinkState>;

/**
 * Makes a share link; the full address is shown this once (only its hash is stored). `activeLinkIds` are the links not
 * revoked: once the link just made is revoked, its address (dead now) and the message to copy it are no longer shown.
 */
export function ShareLinkCreator({
  action,
  kind,
  id,
  origin,
  activeLinkIds,
}: {
  action: CreateAction;
  kind: string;
  id: number;
  origin: string;
  activeLinkIds: number[];
}) {
  const [answer, formAction] = useActionState<ShareLinkState, FormData>(action, idleState);
  const [copied, setCopied] = useState<string | null>(null);
  const revoked = answer.ok && answer.linkId !== undefined && !activeLinkIds.includes(answer.linkId);
  const state: ShareLinkState = revoked ? idleState : answer;
  const url = state.ok && state.path ? `${origin}${state.path}` : null;
  return (
    <div className="space-y-3">
      <form action={formAction} noValidate>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <SubmitButton pendingText="Opretter…">Opret delingslink</SubmitButton>
      </form>
      <div aria-live="polite" className="space-y-3">
        <FormMessage state={state} />
        {url && (
          <div>
            <label htmlFor="share-url" className="mb-1 block font-semibold">
              Delingslink
            </label>
            <div className="flex flex-wrap gap-2">
              <input id="share-url" readOnly value={url} className="field min-w-0 flex-1 font-mono text-sm" onFocus={(event) => event.currentTarget.select()} />
              <button
                type="button"
                className="btn btn-secondary"
                onClick={() => navigator.clipboard?.writeText(url).then(() => setCopied(url), () => setCopied(null))}
              >
                {copied === url ? "Kopieret" : "Kopiér"}
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
