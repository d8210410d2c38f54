import "server-only";
import { and, eq, gt, isNotNull, isNull, lte, ne, or, sql } from "drizzle-orm";
import { experiments, ideaComments, ideas, zones } from "@/db/schema";
import { dueSoonDays, type InboxCandidate } from "@/lib/domain/inbox";
import { experimentStateLabels, ideaStatusLabels } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import { prepared } from "./inbox-prepared";
import { horizon$, plusDays, since$, userId$, type InboxContext } from "./inbox-context";

/** One's own experiments' next step and the answers to one's ideas. */

/**
 * The next step of one's experiments: a draft one created (start it), a running one one created or leads the
 * zone of whose period ends within dueSoonDays (write the learning card), a finished one to scale in a zone one
 * leads (make it a project).
 */
export function experimentNextSteps({ db, userId, today }: InboxContext): InboxCandidate[] {
  const horizon = plusDays(today, dueSoonDays);
  const mine = or(eq(experiments.createdById, userId$), eq(zones.leadId, userId$));
  return prepared(db, "experimentNextSteps", () =>
    db
      .select({
        id: experiments.id,
        title: experiments.title,
        state: experiments.state,
        periodEnd: experiments.periodEnd,
        createdById: experiments.createdById,
        zoneLeadId: zones.leadId,
      })
      .from(experiments)
      .innerJoin(zones, eq(zones.id, experiments.zoneId))
      .where(
        or(
          and(eq(experiments.state, "draft"), eq(experiments.createdById, userId$)),
          and(eq(experiments.state, "running"), mine, isNotNull(experiments.periodEnd), lte(experiments.periodEnd, horizon$)),
          and(eq(experiments.state, "finished"), eq(experiments.decision, "scale"), isNull(experiments.promotedProjectId), eq(zones.leadId, userId$)),
        ),
      )
      .prepare(),
  )
    .all({ userId, horizon })
    .map((row) => {
      const base = { kind: "experiment_next_step" as const, key: `experiment:${row.id}`, title: row.title, href: `/experiments/${row.id}` };
      if (row.state === "draft") {
        return { ...base, why: () => `Forsøget er en ${experimentStateLabels.draft.toLowerCase()}; start det, når testkortet er klar.`, dueDate: null };
      }
      if (row.state === "running") {
        return { ...base, why: () => `Forsøgsperioden slutter ${formatDate(row.periodEnd)}; skriv observation og læring på læringskortet.`, dueDate: row.periodEnd };
      }
      return { ...base, why: () => "Forsøget er besluttet skaleret; gør det til et projekt i udviklingsrummet.", dueDate: null };
    });
}

/** One's ideas that were triaged or commented on by others since `since`. */
export function ideaAnswers({ db, userId }: InboxContext, since: string): InboxCandidate[] {
  // The idea's id written out in full: in a one-table select drizzle leaves column names unqualified.
  const newComments = sql<number>`(select count(*) from ${ideaComments} c where c.idea_id = "ideas"."id" and c.author_id <> ${userId$} and c.created_at > ${since$})`;
  return prepared(db, "ideaAnswers", () =>
    db
      .select({ id: ideas.id, title: ideas.title, status: ideas.status, updatedAt: ideas.updatedAt, comments: newComments.mapWith(Number) })
      .from(ideas)
      .where(and(eq(ideas.authorId, userId$), or(and(ne(ideas.status, "new"), gt(ideas.updatedAt, since$)), sql`${newComments} > 0`)))
      .prepare(),
  )
    .all({ userId, since })
    .map((row) => {
      const triaged = row.status !== "new" && row.updatedAt > since;
      const parts = [
        triaged ? `Idéen har fået status ${ideaStatusLabels[row.status].toLowerCase()}` : null,
        row.comments > 0 ? `${row.comments} ${row.comments === 1 ? "ny kommentar" : "nye kommentarer"}` : null,
      ].filter(Boolean);
      return {
        kind: "idea_answer",
        key: `idea-answer:${row.id}`,
        title: row.title,
        why: () => `${parts.join(" og ")} siden dit sidste besøg.`,
        href: `/ideas/${row.id}`,
        dueDate: null,
      };
    });
}
