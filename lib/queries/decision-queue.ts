// No "server-only" guard: the demo seed builds its agenda through this module too (it runs outside Next.js).
import { and, asc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { agendaItems, benefitRebaselines, benefits, decisions, experiments, gateRequests, projectChangeRequests, projects, zones } from "@/db/schema";
import { parseFieldChanges } from "@/lib/domain/controlled-fields";
import { controlledFieldLabels, phaseLabels } from "@/lib/domain/labels";
import { composeDecisionQueue, queueKey, type QueueItem, type QueueKind } from "@/lib/domain/meetings";
import { redProjects } from "./latest-report";

type ScheduledItem = {
  queueKind: QueueKind | null;
  gateRequestId: number | null;
  rebaselineId: number | null;
  changeRequestId: number | null;
  projectId: number | null;
  experimentId: number | null;
};

function itemKey(item: ScheduledItem): string | null {
  switch (item.queueKind) {
    case "gate":
      return item.gateRequestId ? queueKey("gate", item.gateRequestId) : null;
    case "rebaseline":
      return item.rebaselineId ? queueKey("rebaseline", item.rebaselineId) : null;
    case "change_request":
      return item.changeRequestId ? queueKey("change_request", item.changeRequestId) : null;
    case "red_project":
      return item.projectId ? queueKey("red_project", item.projectId) : null;
    case "experiment_approval":
    case "experiment_scale":
      return item.experimentId ? queueKey(item.queueKind, item.experimentId) : null;
    default:
      return null;
  }
}

/** Keys of queue items already on an agenda without a decision. */
function scheduledKeys(db: DbOrTx): Set<string> {
  const rows = db
    .select({
      queueKind: agendaItems.queueKind,
      gateRequestId: agendaItems.gateRequestId,
      rebaselineId: agendaItems.rebaselineId,
      changeRequestId: agendaItems.changeRequestId,
      projectId: agendaItems.projectId,
      experimentId: agendaItems.experimentId,
    })
    .from(agendaItems)
    .leftJoin(decisions, eq(decisions.agendaItemId, agendaItems.id))
    .where(isNull(decisions.id))
    .all();
  return new Set(rows.map(itemKey).filter((key): key is string => key !== null));
}

/** The board's decision queue, computed from the data on every read. */
export function loadDecisionQueue(db: DbOrTx): QueueItem[] {
  const pendingGates = db
    .select({ id: gateRequests.id, projectId: projects.id, projectTitle: projects.title, from: gateRequests.fromPhase, to: gateRequests.toPhase })
    .from(gateRequests)
    .innerJoin(projects, eq(projects.id, gateRequests.projectId))
    .where(eq(gateRequests.status, "pending"))
    .orderBy(asc(gateRequests.id))
    .all()
    .map((gate) => ({ ...gate, fromLabel: phaseLabels[gate.from], toLabel: phaseLabels[gate.to] }));
  const pendingRebaselines = db
    .select({ id: benefitRebaselines.id, projectId: benefits.projectId, benefitTitle: benefits.title, reason: benefitRebaselines.reason })
    .from(benefitRebaselines)
    .innerJoin(benefits, eq(benefits.id, benefitRebaselines.benefitId))
    .where(eq(benefitRebaselines.status, "pending"))
    .orderBy(asc(benefitRebaselines.id))
    .all();
  const pendingChangeRequests = db
    .select({ id: projectChangeRequests.id, projectId: projects.id, projectTitle: projects.title, changes: projectChangeRequests.changes, reason: projectChangeRequests.reason })
    .from(projectChangeRequests)
    .innerJoin(projects, eq(projects.id, projectChangeRequests.projectId))
    .where(eq(projectChangeRequests.status, "pending"))
    .orderBy(asc(projectChangeRequests.id))
    .all()
    .map(({ changes, ...request }) => ({
      ...request,
      fields: parseFieldChanges(changes)
        .map((change) => controlledFieldLabels[change.field])
        .join(", "),
    }));
  const zoneExperiments = (condition: ReturnType<typeof and>) =>
    db
      .select({ id: experiments.id, title: experiments.title, zoneName: zones.name, moneyAtRiskKr: experiments.moneyAtRiskKr })
      .from(experiments)
      .innerJoin(zones, eq(zones.id, experiments.zoneId))
      .where(condition)
      .all();
  return composeDecisionQueue(
    {
      pendingGates,
      pendingRebaselines,
      pendingChangeRequests,
      redProjects: redProjects(db),
      experimentsAwaitingApproval: zoneExperiments(and(eq(experiments.state, "awaiting_approval"))),
      experimentsToScale: zoneExperiments(and(eq(experiments.state, "finished"), eq(experiments.decision, "scale"), isNull(experiments.promotedProjectId))),
    },
    scheduledKeys(db),
  );
}
