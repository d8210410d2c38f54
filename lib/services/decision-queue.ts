import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { agendaItems, benefitRebaselines, benefits, decisions, experiments, gateRequests, projects, zones } from "@/db/schema";
import { phaseLabels } from "@/lib/domain/labels";
import { composeDecisionQueue, queueKey, type QueueItem, type QueueKind } from "@/lib/domain/meetings";

/** Projects whose latest published report is red, with that report's overall comment. */
function redProjects(db: DbOrTx) {
  return db.all<{ projectId: number; projectTitle: string; comment: string }>(sql`
    select p.id as projectId, p.title as projectTitle, r.overall_comment as comment
    from projects p
    join (
      select project_id, overall_light, overall_comment,
             row_number() over (partition by project_id order by published_at desc, id desc) as rn
      from status_reports where state = 'published'
    ) r on r.project_id = p.id and r.rn = 1
    where r.overall_light = 'red' and p.phase not in ('closed', 'stopped')
    order by p.code`);
}

function itemKey(item: { queueKind: QueueKind | null; gateRequestId: number | null; rebaselineId: number | null; projectId: number | null; experimentId: number | null }): string | null {
  switch (item.queueKind) {
    case "gate":
      return item.gateRequestId ? queueKey("gate", item.gateRequestId) : null;
    case "rebaseline":
      return item.rebaselineId ? queueKey("rebaseline", item.rebaselineId) : null;
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
    .all()
    .map((gate) => ({ ...gate, fromLabel: phaseLabels[gate.from], toLabel: phaseLabels[gate.to] }));
  const pendingRebaselines = db
    .select({ id: benefitRebaselines.id, projectId: benefits.projectId, benefitTitle: benefits.title, reason: benefitRebaselines.reason })
    .from(benefitRebaselines)
    .innerJoin(benefits, eq(benefits.id, benefitRebaselines.benefitId))
    .where(eq(benefitRebaselines.status, "pending"))
    .all();
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
      redProjects: redProjects(db),
      experimentsAwaitingApproval: zoneExperiments(and(eq(experiments.state, "awaiting_approval"))),
      experimentsToScale: zoneExperiments(and(eq(experiments.state, "finished"), eq(experiments.decision, "scale"), isNull(experiments.promotedProjectId))),
    },
    scheduledKeys(db),
  );
}
