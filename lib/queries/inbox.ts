import "server-only";
import { eq, sql } from "drizzle-orm";
import { cache } from "react";
import { getDb, type DbOrTx } from "@/db";
import { overviewVisits } from "@/db/schema";
import { toDay } from "@/lib/domain/dates";
import { changesCutoff, composeInbox, countSubjects, hatsOf, type InboxCandidate, type InboxItem, type OverviewVisit } from "@/lib/domain/inbox";
import type { Actor } from "@/lib/permissions";
import { readSettings } from "@/lib/settings";
import { prepared } from "./inbox-prepared";
import { expiringLinks, lockedAccounts, usersWithoutDepartment } from "./inbox-admin";
import { changeRequestDecisions, experimentApprovals, gateDecisions, minutesApprovalsDue, nextMeeting, rebaselineDecisions } from "./inbox-board";
import type { InboxContext } from "./inbox-context";
import { departmentGatesWaiting, ideasToTriage, risksWithoutAction } from "./inbox-department";
import { departmentMeasurementsOverdue, departmentReportsDue, ownMeasurementsDue, ownReportsDue } from "./inbox-due";
import { experimentNextSteps, ideaAnswers } from "./inbox-personal";

/** The person's Mit overblik visit (null before their first). */
export function readOverviewVisit(db: DbOrTx, userId: number): OverviewVisit | null {
  return db.select({ seenAt: overviewVisits.seenAt, changesSince: overviewVisits.changesSince }).from(overviewVisits).where(eq(overviewVisits.userId, userId)).get() ?? null;
}

function preparedVisit(userId: number): OverviewVisit | null {
  const db = getDb();
  const statement = prepared(db, "overviewVisit", () =>
    db
      .select({ seenAt: overviewVisits.seenAt, changesSince: overviewVisits.changesSince })
      .from(overviewVisits)
      .where(eq(overviewVisits.userId, sql.placeholder("userId")))
      .prepare(),
  );
  return statement.get({ userId }) ?? null;
}

/**
 * The inbox of what needs this person now: the items of every hat they wear (lib/domain/inbox.ts), one per
 * subject, overdue first.
 */
export function loadInbox(actor: Actor, now = new Date()): InboxItem[] {
  return composeInbox(loadInboxCandidates(actor, now), toDay(now));
}

/** How many items wait in the person's inbox: the menu's badge. */
export function countInbox(actor: Actor, now = new Date()): number {
  return countSubjects(loadInboxCandidates(actor, now));
}

/**
 * What the person's hats find, before one item is kept per subject: a few indexed queries per hat, run on every
 * page for the menu's count.
 */
function loadInboxCandidates(actor: Actor, now: Date): InboxCandidate[] {
  const db = getDb();
  const today = toDay(now);
  const context: InboxContext = { db, userId: actor.id, today, now, staleDays: readSettings().staleReportDays };
  const hats = hatsOf(actor);
  const candidates: InboxCandidate[] = [];
  if (hats.includes("board")) {
    candidates.push(
      ...gateDecisions(context),
      ...changeRequestDecisions(context),
      ...rebaselineDecisions(context),
      ...experimentApprovals(context),
      ...minutesApprovalsDue(context),
      ...nextMeeting(context),
    );
  }
  if (hats.includes("personal")) {
    candidates.push(
      ...ownReportsDue(context),
      ...ownMeasurementsDue(context),
      ...experimentNextSteps(context),
      ...ideaAnswers(context, changesCutoff(preparedVisit(actor.id), now)),
    );
  }
  if (hats.includes("department") && actor.departmentId !== null) {
    const departmentId = actor.departmentId;
    candidates.push(
      ...departmentReportsDue(context, departmentId),
      ...departmentMeasurementsOverdue(context, departmentId),
      ...risksWithoutAction(context, departmentId),
      ...ideasToTriage(context, departmentId),
      ...departmentGatesWaiting(context, departmentId),
    );
  }
  if (hats.includes("administration")) {
    candidates.push(...lockedAccounts(context), ...usersWithoutDepartment(context), ...expiringLinks(context));
  }
  return candidates;
}

/** The request's candidates, found once however many parts of the page ask (the menu's count and Mit overblik). */
const candidatesOfRequest = cache((id: number, role: Actor["role"], departmentId: number | null) => {
  const now = new Date();
  return { candidates: loadInboxCandidates({ id, role, departmentId }, now), today: toDay(now) };
});

/** The person's inbox for this request (Mit overblik). */
export function requestInbox(actor: Actor): InboxItem[] {
  const { candidates, today } = candidatesOfRequest(actor.id, actor.role, actor.departmentId);
  return composeInbox(candidates, today);
}

/** How many items wait in the person's inbox for this request: the menu's badge, without composing the items. */
export function requestInboxCount(actor: Actor): number {
  return countSubjects(candidatesOfRequest(actor.id, actor.role, actor.departmentId).candidates);
}
