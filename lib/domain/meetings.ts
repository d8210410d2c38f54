import type { decisionOutcomes, queueKinds } from "@/lib/codes";
import { formatKr } from "@/lib/format";

export type QueueKind = (typeof queueKinds)[number];
export type DecisionOutcome = (typeof decisionOutcomes)[number];

export type QueueItem = {
  key: string;
  queueKind: QueueKind;
  title: string;
  summary: string;
  projectId: number | null;
  gateRequestId?: number;
  rebaselineId?: number;
  changeRequestId?: number;
  experimentId?: number;
};

export type QueueSources = {
  pendingGates: { id: number; projectId: number; projectTitle: string; fromLabel: string; toLabel: string }[];
  pendingRebaselines: { id: number; projectId: number; benefitTitle: string; reason: string }[];
  /** Pending change requests of board-controlled figures; `fields` names the fields in Danish. */
  pendingChangeRequests: { id: number; projectId: number; projectTitle: string; fields: string; reason: string }[];
  redProjects: { projectId: number; projectTitle: string; comment: string }[];
  experimentsAwaitingApproval: { id: number; title: string; zoneName: string; moneyAtRiskKr: number }[];
  experimentsToScale: { id: number; title: string; zoneName: string }[];
};

export const queueKey = (kind: QueueKind, id: number) => `${kind}:${id}`;

/**
 * The decision queue: everything waiting for the board, computed from the data. Items already on an
 * undecided agenda (`scheduled` keys) are left out so nothing is put before the board twice.
 */
export function composeDecisionQueue(sources: QueueSources, scheduled: ReadonlySet<string>): QueueItem[] {
  const items: QueueItem[] = [
    ...sources.pendingGates.map((gate) => ({
      key: queueKey("gate", gate.id),
      queueKind: "gate" as const,
      title: `Fasegodkendelse: ${gate.projectTitle}`,
      summary: `${gate.fromLabel} → ${gate.toLabel}`,
      projectId: gate.projectId,
      gateRequestId: gate.id,
    })),
    ...sources.pendingRebaselines.map((rebaseline) => ({
      key: queueKey("rebaseline", rebaseline.id),
      queueKind: "rebaseline" as const,
      title: `Ny baseline: ${rebaseline.benefitTitle}`,
      summary: rebaseline.reason,
      projectId: rebaseline.projectId,
      rebaselineId: rebaseline.id,
    })),
    ...sources.pendingChangeRequests.map((request) => ({
      key: queueKey("change_request", request.id),
      queueKind: "change_request" as const,
      title: `Ændringsanmodning: ${request.projectTitle}`,
      summary: `${request.fields}: ${request.reason}`,
      projectId: request.projectId,
      changeRequestId: request.id,
    })),
    ...sources.redProjects.map((project) => ({
      key: queueKey("red_project", project.projectId),
      queueKind: "red_project" as const,
      title: `Rød status: ${project.projectTitle}`,
      summary: project.comment,
      projectId: project.projectId,
    })),
    ...sources.experimentsAwaitingApproval.map((experiment) => ({
      key: queueKey("experiment_approval", experiment.id),
      queueKind: "experiment_approval" as const,
      title: `Forsøg over risikorammen: ${experiment.title}`,
      summary: `${experiment.zoneName}: ${formatKr(experiment.moneyAtRiskKr)} på spil`,
      projectId: null,
      experimentId: experiment.id,
    })),
    ...sources.experimentsToScale.map((experiment) => ({
      key: queueKey("experiment_scale", experiment.id),
      queueKind: "experiment_scale" as const,
      title: `Skalering af forsøg: ${experiment.title}`,
      summary: `${experiment.zoneName}: forsøget anbefaler at skalere`,
      projectId: null,
      experimentId: experiment.id,
    })),
  ];
  return items.filter((item) => !scheduled.has(item.key));
}

export type DecisionEffect =
  | "approve_gate"
  | "reject_gate"
  | "approve_rebaseline"
  | "reject_rebaseline"
  | "approve_change_request"
  | "reject_change_request"
  | "approve_experiment"
  | "reject_experiment"
  | "promote_experiment"
  | null;

/**
 * What a recorded decision does by itself. Godkendt applies the request, Afvist refuses it; Udsat and
 * Justeret leave it waiting for a later meeting. A red project is discussed, not changed.
 */
export function decisionEffect(queueKind: QueueKind | null, outcome: DecisionOutcome): DecisionEffect {
  if (outcome !== "approved" && outcome !== "rejected") return null;
  const approved = outcome === "approved";
  switch (queueKind) {
    case "gate":
      return approved ? "approve_gate" : "reject_gate";
    case "rebaseline":
      return approved ? "approve_rebaseline" : "reject_rebaseline";
    case "change_request":
      return approved ? "approve_change_request" : "reject_change_request";
    case "experiment_approval":
      return approved ? "approve_experiment" : "reject_experiment";
    case "experiment_scale":
      return approved ? "promote_experiment" : null;
    default:
      return null;
  }
}

/** The minutes lock when every director on the participant list has approved them. */
export function minutesComplete(participantDirectorIds: number[], approvedByIds: number[]): boolean {
  const approved = new Set(approvedByIds);
  return participantDirectorIds.length > 0 && participantDirectorIds.every((id) => approved.has(id));
}

/** Moves the item at `index` one step up or down; positions are renumbered from 1. */
export function reorder<T>(items: T[], index: number, direction: "up" | "down"): T[] {
  const target = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return items;
  const next = [...items];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** What an agenda item's controls do; they share one form, and the pressed button says which. */
export type AgendaItemChange = "up" | "down" | "remove";
