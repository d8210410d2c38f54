import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { meetings, minutesApprovals } from "@/db/schema";
import { ConflictError } from "./errors";

export const lockedMinutesMessage = "Referatet er godkendt og låst. En rettelse skal være en ny beslutning på et senere møde.";

/**
 * Called inside the transaction that changes what a meeting's minutes say (its items or their decisions). Refuses
 * once the minutes are locked, read again here so that a lock by another server process since the first check is
 * seen, and withdraws the approvals given so far: they approved minutes that no longer read the same, and a director
 * who approved must read them again. Returns how many approvals were withdrawn, for the audit event.
 */
export function minutesWillChange(tx: DbOrTx, meetingId: number, lockedMessage = lockedMinutesMessage): number {
  const meeting = tx.select({ lockedAt: meetings.minutesLockedAt }).from(meetings).where(eq(meetings.id, meetingId)).get();
  if (meeting?.lockedAt) throw new ConflictError(lockedMessage);
  return tx.delete(minutesApprovals).where(eq(minutesApprovals.meetingId, meetingId)).run().changes;
}

/** The audit event's note of withdrawn approvals, when there were any, as a change the audit log shows. */
export const withdrawnApprovals = (count: number) => (count > 0 ? { minutesApprovals: { from: count, to: 0 } } : {});
