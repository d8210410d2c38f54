import type { ExperimentState } from "@/lib/codes";

/**
 * What an experiment's card may say about its zone's risk frame:
 * - "needs_approval" / "within": not started yet (draft, awaiting approval), its money judged against the frame;
 * - "running_over" / "running_within": running, its money already counted in the zone's use;
 * - "closed": finished or rejected, nothing at risk any more, so no verdict on the frame at all.
 */
export type ExperimentFrameStatement = "needs_approval" | "within" | "running_over" | "running_within" | "closed";

export function experimentFrameStatement(state: ExperimentState, exceeds: boolean): ExperimentFrameStatement {
  if (state === "finished" || state === "rejected") return "closed";
  if (state === "running") return exceeds ? "running_over" : "running_within";
  return exceeds ? "needs_approval" : "within";
}

export const experimentFrameStatementTexts: Record<ExperimentFrameStatement, string> = {
  needs_approval: "Over rammen: kræver direktionens godkendelse",
  within: "Inden for rammen",
  running_over: "Forsøget er i gang, og rummet er over rammen",
  running_within: "Forsøget er i gang inden for rammen",
  closed: "Forsøget er afsluttet og har ikke længere penge på spil",
};
