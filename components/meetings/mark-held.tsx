import type { ServiceAction } from "@/lib/action-state";
import { ActionButton } from "@/components/ui/action-button";

/** "Markér som afholdt": the minutes can be approved only after this. */
export function MarkHeld({ meetingId, markHeld }: { meetingId: number; markHeld: ServiceAction<[meetingId: number]> }) {
  return (
    <div className="space-y-1">
      <p className="text-muted">Referatet kan godkendes, når mødet er markeret som afholdt.</p>
      <ActionButton action={markHeld.bind(null, meetingId)} label="Markér mødet som afholdt" showSuccess />
    </div>
  );
}
