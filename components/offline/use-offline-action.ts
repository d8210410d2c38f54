"use client";

import { useCallback } from "react";
import type { ActionState } from "@/lib/action-state";
import { formFields, type OfflineWriteKind } from "@/lib/offline/queue";
import { useOfflineMeeting } from "./offline-meeting";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** A failed server action call that never reached the server (or got no answer from it). */
function lostConnection(error: unknown): boolean {
  return !navigator.onLine || error instanceof TypeError || (error instanceof Error && /unexpected response|failed to fetch|network/i.test(error.message));
}

/**
 * Wraps a meeting-mode form's server action: without a connection (or when the call fails on the way) the form's
 * fields are kept on the device and sent later, instead of the page turning into an error page and the text being
 * lost. Outside meeting mode the action is returned unchanged.
 */
export function useOfflineAction(action: Action, write: { kind: OfflineWriteKind; itemId: number; seenDecisionId: number | null }): Action {
  const offline = useOfflineMeeting();
  const { kind, itemId, seenDecisionId } = write;
  return useCallback(
    async (state: ActionState, formData: FormData) => {
      if (!offline) return action(state, formData);
      const keep = () => offline.keep({ kind, itemId, seenDecisionId, fields: formFields(formData) });
      if (!navigator.onLine) return keep();
      try {
        const answer = await action(state, formData);
        if (answer.ok) offline.refreshKept();
        return answer;
      } catch (error) {
        if (lostConnection(error)) return keep();
        throw error;
      }
    },
    [action, offline, kind, itemId, seenDecisionId],
  );
}
