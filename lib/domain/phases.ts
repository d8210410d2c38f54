import type { Phase } from "@/lib/codes";

export type Transition = { to: Phase; kind: "direct" | "gate" };

const forward: Record<Phase, Transition[]> = {
  idea: [{ to: "analysis", kind: "direct" }],
  analysis: [
    { to: "trial", kind: "gate" },
    { to: "implementation", kind: "gate" },
  ],
  trial: [{ to: "implementation", kind: "gate" }],
  implementation: [{ to: "realisation", kind: "direct" }],
  realisation: [{ to: "closed", kind: "direct" }],
  closed: [],
  stopped: [],
};

export function isTerminal(phase: Phase): boolean {
  return phase === "closed" || phase === "stopped";
}

/** Where a project may go from its phase: forward as the table above allows (analysis may skip the trial), and to "stopped" from any open phase. */
export function allowedTransitions(from: Phase): Transition[] {
  if (isTerminal(from)) return [];
  return [...forward[from], { to: "stopped", kind: "direct" }];
}

export function findTransition(from: Phase, to: Phase): Transition | undefined {
  return allowedTransitions(from).find((transition) => transition.to === to);
}

/** Leaving analysis or trial needs a director's approval of a gate request. */
export function needsGate(from: Phase, to: Phase): boolean {
  return findTransition(from, to)?.kind === "gate";
}
