import type { experimentStates } from "@/lib/codes";

export type ExperimentState = (typeof experimentStates)[number];

/** Above this share of the frame the zone page warns. */
export const riskFrameWarningShare = 0.8;

export type RiskFrameVerdict = {
  committedKr: number;
  afterKr: number;
  frameKr: number;
  share: number;
  warn: boolean;
  exceeds: boolean;
};

/**
 * The money at risk of a zone's running experiments against its frame. An experiment that would take
 * the zone over its frame is neither refused nor accepted silently: it waits for the sponsor director.
 */
export function riskFrameVerdict(frameKr: number, runningAtRiskKr: number, newAtRiskKr = 0): RiskFrameVerdict {
  const afterKr = runningAtRiskKr + newAtRiskKr;
  const share = frameKr > 0 ? afterKr / frameKr : afterKr > 0 ? Infinity : 0;
  return { committedKr: runningAtRiskKr, afterKr, frameKr, share, warn: share > riskFrameWarningShare, exceeds: afterKr > frameKr };
}

/** The state an experiment takes when its test card is started: running, or awaiting the sponsor over the frame. */
export function stateOnStart(frameKr: number, runningAtRiskKr: number, moneyAtRiskKr: number): ExperimentState {
  return riskFrameVerdict(frameKr, runningAtRiskKr, moneyAtRiskKr).exceeds ? "awaiting_approval" : "running";
}

const transitions: Record<ExperimentState, ExperimentState[]> = {
  draft: ["running", "awaiting_approval"],
  awaiting_approval: ["running", "rejected"],
  running: ["finished"],
  finished: [],
  rejected: [],
};

export function canTransitionExperiment(from: ExperimentState, to: ExperimentState): boolean {
  return transitions[from].includes(to);
}

/** Money counts against the frame while the experiment runs or waits for approval. */
export function countsAgainstFrame(state: ExperimentState): boolean {
  return state === "running";
}

/** Pressing vote again withdraws it: one vote per user per idea. */
export function toggleVote(voters: ReadonlySet<number>, userId: number): { voted: boolean; voters: Set<number> } {
  const next = new Set(voters);
  if (next.has(userId)) {
    next.delete(userId);
    return { voted: false, voters: next };
  }
  next.add(userId);
  return { voted: true, voters: next };
}
