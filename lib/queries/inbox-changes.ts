import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import type { DecisionOutcome, GateStatus, Light, Phase } from "@/lib/codes";
import { decisionOutcomeLabels, gateStatusLabels, lightLabels, phaseLabels, rebaselineStatusLabels } from "@/lib/domain/labels";
import { formatNumber } from "@/lib/format";

export type OverviewChange = { at: string; what: string; text: string; subject: string; href: string };

/** At most this many changes are listed. */
export const changeLimit = 15;

type ChangeRow = {
  at: string;
  kind: "status" | "gate" | "change_request" | "decision" | "measurement" | "rebaseline" | "phase";
  code: string;
  subject: string;
  detail: string | null;
  extra: string | null;
  benefitId: number | null;
};

/**
 * What others changed, since `since`, on the projects the person owns or leads and the benefits they own (or that
 * belong to those projects): published status reports, gate and change request decisions, board decisions,
 * measurements, re-baseline decisions and direct phase changes. One query over the rows' own timestamps (and the
 * audit trail for direct phase changes), newest first, capped.
 */
export function listChangesSince(userId: number, since: string, limit = changeLimit): OverviewChange[] {
  const rows = getDb().all<ChangeRow>(sql`
    with mine as (select id, code, title from projects where owner_id = ${userId} or lead_id = ${userId}),
    my_benefits as (
      select b.id, b.title, b.unit, p.code from benefits b join projects p on p.id = b.project_id where b.owner_id = ${userId}
      union
      select b.id, b.title, b.unit, m.code from mine m join benefits b on b.project_id = m.id
    )
    select * from (
      select r.published_at as at, 'status' as kind, m.code, m.title as subject, r.overall_light as detail, null as extra, null as benefitId
        from mine m join status_reports r on r.project_id = m.id
        where r.state = 'published' and r.published_at > ${since} and coalesce(r.published_by_id, r.author_id) <> ${userId}
      union all
      select g.decided_at, 'gate', m.code, m.title, g.status, g.to_phase, null
        from mine m join gate_requests g on g.project_id = m.id
        where g.status in ('approved', 'rejected') and g.decided_at > ${since} and coalesce(g.decided_by_id, 0) <> ${userId}
      union all
      select c.decided_at, 'change_request', m.code, m.title, c.status, null, null
        from mine m join project_change_requests c on c.project_id = m.id
        where c.status in ('approved', 'rejected') and c.decided_at > ${since} and coalesce(c.decided_by_id, 0) <> ${userId}
      union all
      select d.recorded_at, 'decision', m.code, m.title, d.outcome, a.title, null
        from mine m join agenda_items a on a.project_id = m.id join decisions d on d.agenda_item_id = a.id
        where d.recorded_at > ${since} and d.recorded_by_id <> ${userId}
      union all
      select bm.created_at, 'measurement', mb.code, mb.title, bm.value, mb.unit, mb.id
        from my_benefits mb join benefit_measurements bm on bm.benefit_id = mb.id
        where bm.created_at > ${since} and bm.recorded_by_id <> ${userId}
      union all
      select rb.decided_at, 'rebaseline', mb.code, mb.title, rb.status, null, mb.id
        from my_benefits mb join benefit_rebaselines rb on rb.benefit_id = mb.id
        where rb.status in ('approved', 'rejected') and rb.decided_at > ${since} and coalesce(rb.decided_by_id, 0) <> ${userId}
      union all
      select e.occurred_at, 'phase', m.code, m.title, json_extract(e.changes, '$.to'), null, null
        from mine m join audit_events e on e.object_type = 'project' and e.object_id = m.code
        where e.action = 'project.phase' and e.outcome = 'success' and e.occurred_at > ${since} and coalesce(e.actor_id, 0) <> ${userId}
    ) order by at desc limit ${limit}`);
  return rows.map(describe);
}

function describe(row: ChangeRow): OverviewChange {
  const projectHref = `/projects/${row.code}`;
  const benefitHref = `/projects/${row.code}?tab=benefits#benefit-${row.benefitId}`;
  switch (row.kind) {
    case "status":
      return { at: row.at, what: "Statusrapport", subject: `${row.code} ${row.subject}`, text: `Ny statusrapport: samlet ${lightLabels[row.detail as Light]?.toLowerCase() ?? "ukendt"}.`, href: `${projectHref}?tab=status` };
    case "gate":
      return {
        at: row.at,
        what: "Fasegodkendelse",
        subject: `${row.code} ${row.subject}`,
        text: `${gateStatusLabels[row.detail as GateStatus]}: overgang til ${phaseLabels[row.extra as Phase] ?? row.extra}.`,
        href: projectHref,
      };
    case "change_request":
      return { at: row.at, what: "Ændringsanmodning", subject: `${row.code} ${row.subject}`, text: `Ændringsanmodningen er ${row.detail === "approved" ? "godkendt" : "afvist"}.`, href: `${projectHref}?tab=history` };
    case "decision":
      return { at: row.at, what: "Beslutning", subject: `${row.code} ${row.subject}`, text: `${decisionOutcomeLabels[row.detail as DecisionOutcome]}: ${row.extra}.`, href: projectHref };
    case "measurement":
      return { at: row.at, what: "Måling", subject: `${row.subject} (${row.code})`, text: `Ny måling: ${formatNumber(Number(row.detail))}${row.extra ? ` ${row.extra}` : ""}.`, href: benefitHref };
    case "rebaseline":
      return { at: row.at, what: "Ny baseline", subject: `${row.subject} (${row.code})`, text: `${rebaselineStatusLabels[row.detail as "approved" | "rejected"]}.`, href: benefitHref };
    case "phase":
      return { at: row.at, what: "Faseskift", subject: `${row.code} ${row.subject}`, text: `Projektet er nu i fasen ${phaseLabels[row.detail as Phase] ?? row.detail}.`, href: projectHref };
  }
}
