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
import { changeRequestDecisions, experimentApprovals, gateDecisionKeys, gateDecisions, minutesApprovalsDue, nextMeeting, rebaselineDecisions } from "./inbox-board";
import type { InboxContext } from "./inbox-context";
import { departmentGatesWaiting, ideaKeysToTriage, ideasToTriage, risksWithoutAction } from "./inbox-department";
import {
  departmentMeasurementKeysOverdue,
  departmentMeasurementsOverdue,
  departmentReportKeysDue,
  departmentReportsDue,
  ownMeasurementKeysDue,
  ownMeasurementsDue,
  ownReportKeysDue,
  ownReportsDue,
} from "./inbox-due";
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
  return countSubjects(inboxSources(actor, now).flatMap((source) => source.keys()));
}

/**
 * One query of the inbox: its candidates, and the keys of their subjects alone. The menu's count, on every page,
 * needs only the keys; the queries that find the most items have a narrower query for them.
 */
type InboxSource = { candidates: () => InboxCandidate[]; keys: () => string[] };

function source(candidates: () => InboxCandidate[], keys = () => candidates().map((candidate) => candidate.key)): InboxSource {
  return { candidates, keys };
}

/** The queries of every hat the person wears: a few indexed queries per hat. */
function inboxSources(actor: Actor, now: Date): InboxSource[] {
  const db = getDb();
  const today = toDay(now);
  const context: InboxContext = { db, userId: actor.id, today, now, staleDays: readSettings().staleReportDays };
  const hats = hatsOf(actor);
  const sources: InboxSource[] = [];
  if (hats.includes("board")) {
    sources.push(
      source(() => gateDecisions(context), () => gateDecisionKeys(context)),
      source(() => changeRequestDecisions(context)),
      source(() => rebaselineDecisions(context)),
      source(() => experimentApprovals(context)),
      source(() => minutesApprovalsDue(context)),
      source(() => nextMeeting(context)),
    );
  }
  if (hats.includes("personal")) {
    sources.push(
      source(() => ownReportsDue(context), () => ownReportKeysDue(context)),
      source(() => ownMeasurementsDue(context), () => ownMeasurementKeysDue(context)),
      source(() => experimentNextSteps(context)),
      source(() => ideaAnswers(context, changesCutoff(preparedVisit(actor.id), now))),
    );
  }
  if (hats.includes("department") && actor.departmentId !== null) {
    const departmentId = actor.departmentId;
    sources.push(
      source(() => departmentReportsDue(context, departmentId), () => departmentReportKeysDue(context, departmentId)),
      source(() => departmentMeasurementsOverdue(context, departmentId), () => departmentMeasurementKeysOverdue(context, departmentId)),
      source(() => risksWithoutAction(context, departmentId)),
      source(() => ideasToTriage(context, departmentId), () => ideaKeysToTriage(context, departmentId)),
      source(() => departmentGatesWaiting(context, departmentId)),
    );
  }
  if (hats.includes("administration")) {
    sources.push(source(() => lockedAccounts(context)), source(() => usersWithoutDepartment(context)), source(() => expiringLinks(context)));
  }
  return sources;
}

/** What the person's hats find, before one item is kept per subject. */
function loadInboxCandidates(actor: Actor, now: Date): InboxCandidate[] {
  return inboxSources(actor, now).flatMap((source) => source.candidates());
}

/** The person's inbox for this request (Mit overblik), found once however many parts of the page ask. */
const inboxOfRequest = cache((id: number, role: Actor["role"], departmentId: number | null) => loadInbox({ id, role, departmentId }));

export function requestInbox(actor: Actor): InboxItem[] {
  return inboxOfRequest(actor.id, actor.role, actor.departmentId);
}

const countOfRequest = cache((id: number, role: Actor["role"], departmentId: number | null) => countInbox({ id, role, departmentId }));

/** How many items wait in the person's inbox for this request: the menu's badge, from the keys alone. */
export function requestInboxCount(actor: Actor): number {
  return countOfRequest(actor.id, actor.role, actor.departmentId);
}
