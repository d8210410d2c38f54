import { ActionButton } from "@/components/ui/action-button";
import type { ActionState } from "@/lib/action-state";

type RevokeAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** What revoking does, as revokeShareLink does it: the link answers 404 from that moment; a new one can be made. */
const revokeConsequence =
  "Linket holder op med at virke med det samme for alle, der har det. Et tilbagekaldt link kan ikke genåbnes, men du kan oprette et nyt delingslink.";

/** Revokes one share link, after one more step (ConfirmStep): "Tilbagekald", then "Ja, tilbagekald". */
export function RevokeButton({ action, linkId, label }: { action: RevokeAction; linkId: number; label: string }) {
  return (
    <ActionButton
      action={action}
      label="Tilbagekald"
      context={label}
      hidden={{ linkId: String(linkId) }}
      pendingLabel="Tilbagekalder…"
      confirm={revokeConsequence}
    />
  );
}
