import { can, grantOf, type Actor } from "@/lib/permissions";
import { daysBetween, parseDay, toDay } from "./dates";

/**
 * Mit overblik: the inbox of what needs a person now, computed from the data on every read. These are its pure
 * rules: which hats a person wears (and so which kinds of item they get), when an item is due, how urgent it is,
 * and the order the inbox shows.
 */

/** The hats a person may wear; one person can wear several (a director who also owns a project). */
export const inboxHats = ["board", "department", "personal", "administration"] as const;
export type InboxHat = (typeof inboxHats)[number];

/** Every kind of inbox item, in the order they are listed within the same urgency and due date. */
export const inboxKinds = [
  "gate_decision",
  "change_request_decision",
  "rebaseline_decision",
  "experiment_approval",
  "minutes_approval",
  "next_meeting",
  "report_due",
  "measurement_due",
  "risk_without_action",
  "idea_triage",
  "gate_waiting",
  "experiment_next_step",
  "idea_answer",
  "locked_account",
  "user_without_department",
  "expiring_link",
] as const;
export type InboxKind = (typeof inboxKinds)[number];

/** Which hat brings each kind of item. Status reports and measurements come with both a department and a personal hat. */
export const kindHats: Record<InboxKind, readonly InboxHat[]> = {
  gate_decision: ["board"],
  change_request_decision: ["board"],
  rebaseline_decision: ["board"],
  experiment_approval: ["board"],
  minutes_approval: ["board"],
  next_meeting: ["board"],
  report_due: ["department", "personal"],
  measurement_due: ["department", "personal"],
  risk_without_action: ["department"],
  idea_triage: ["department"],
  gate_waiting: ["department"],
  experiment_next_step: ["personal"],
  idea_answer: ["personal"],
  locked_account: ["administration"],
  user_without_department: ["administration"],
  expiring_link: ["administration"],
};

/** The Danish name of each kind, shown as the item's type. */
export const inboxKindLabels: Record<InboxKind, string> = {
  gate_decision: "Fasegodkendelse",
  change_request_decision: "Ændringsanmodning",
  rebaseline_decision: "Ny baseline",
  experiment_approval: "Forsøg over rammen",
  minutes_approval: "Referat til godkendelse",
  next_meeting: "Næste møde",
  report_due: "Statusrapport",
  measurement_due: "Gevinstmåling",
  risk_without_action: "Risiko uden tiltag",
  idea_triage: "Idé til vurdering",
  gate_waiting: "Afventer fasegodkendelse",
  experiment_next_step: "Forsøg",
  idea_answer: "Svar på din idé",
  locked_account: "Låst konto",
  user_without_department: "Bruger uden afdeling",
  expiring_link: "Engangslink udløber",
};

/**
 * The hats of a person, asked of the permission table: the board decides (directors); a department head holds
 * their department through its resource rule; everyone who can request a gate can own, lead and measure;
 * administrators run the portal.
 */
export function hatsOf(actor: Actor): InboxHat[] {
  const hats: InboxHat[] = [];
  if (can(actor, "board.decide")) hats.push("board");
  if (
    actor.departmentId !== null &&
    grantOf(actor.role, "project.create") === "own" &&
    can(actor, "project.create", { kind: "department", departmentId: actor.departmentId })
  ) {
    hats.push("department");
  }
  if (grantOf(actor.role, "gate.request") !== "never") hats.push("personal");
  if (can(actor, "admin.manage")) hats.push("administration");
  return hats;
}

/** The kinds of item a person with these hats gets. */
export function kindsFor(hats: readonly InboxHat[]): InboxKind[] {
  return inboxKinds.filter((kind) => kindHats[kind].some((hat) => hats.includes(hat)));
}

// --- Due dates ---

/** A request to the board is due for a decision this many days after it was made. */
export const decisionLeadDays = 14;
/** An idea is due for triage this many days after it was submitted. */
export const triageLeadDays = 14;
/** The directors approve the minutes within this many days of the meeting. */
export const minutesLeadDays = 7;
/** An item due within this many days is "due soon". */
export const dueSoonDays = 14;

function addDays(day: string, days: number): string {
  return toDay(new Date(parseDay(day).getTime() + days * 86_400_000));
}

/** The day a request or idea made at `createdAt` is due, `leadDays` later. */
export function dueAfter(createdAt: string, leadDays: number): string {
  return addDays(createdAt.slice(0, 10), leadDays);
}

/** The day a project's next status report is due: `staleDays` after the latest published one; null when it never had one. */
/** The day a project's next status report is due: `staleDays` after its latest (or, never published, its registration). */
export function reportDueDate(since: string, staleDays: number): string {
  return addDays(since.slice(0, 10), staleDays);
}

// --- Urgency and order ---

export const urgencies = ["overdue", "due_soon", "later"] as const;
export type Urgency = (typeof urgencies)[number];

export const urgencyLabels: Record<Urgency, string> = {
  overdue: "Over tid",
  due_soon: "Snart",
  later: "Senere",
};

/** Overdue when explicitly so or its due day lies before today; due soon within `dueSoonDays`; otherwise later. */
export function urgencyOf(dueDate: string | null, today: string, overdue = false, soonUntil = addDays(today, dueSoonDays)): Urgency {
  if (overdue) return "overdue";
  if (dueDate === null) return "later";
  if (dueDate < today) return "overdue";
  return dueDate <= soonUntil ? "due_soon" : "later";
}

/** What an item's due date means today, in Danish: "3 dage over tid", "forfalder i dag", "forfalder om 5 dage". */
export function dueText(dueDate: string | null, today: string, overdue = false, kind?: InboxKind): string | null {
  if (dueDate === null) return overdue ? "Over tid" : null;
  const days = daysBetween(today, dueDate);
  // A meeting is not due: it takes place.
  if (kind === "next_meeting") return days === 0 ? "I dag" : days === 1 ? "I morgen" : `Om ${days} dage`;
  if (days < 0) return `${-days} ${-days === 1 ? "dag" : "dage"} over tid`;
  if (days === 0) return "Forfalder i dag";
  return `Forfalder om ${days} ${days === 1 ? "dag" : "dage"}`;
}

/** An inbox item as the queries find it. `key` names its subject, so a thing found through two hats shows once. */
export type InboxCandidate = {
  kind: InboxKind;
  key: string;
  title: string;
  /** Why it needs the person, one Danish sentence; written only for the items shown. */
  why: () => string;
  href: string;
  dueDate: string | null;
  /** Overdue without a due date (a project in a reporting phase that never published a status report). */
  overdue?: boolean;
};

export type InboxItem = InboxCandidate & { urgency: Urgency; dueText: string | null };

const titleOrder = new Intl.Collator("da");
const urgencyRank: Record<Urgency, number> = { overdue: 0, due_soon: 1, later: 2 };
const kindRank = new Map<InboxKind, number>(inboxKinds.map((kind, index) => [kind, index]));

/**
 * The inbox: one item per subject (the first candidate found wins), overdue first, then due soon, then the rest;
 * within each the earliest due date first (no date last), then by kind and title.
 */
export function composeInbox(candidates: readonly InboxCandidate[], today: string): InboxItem[] {
  const seen = new Set<string>();
  const items: InboxItem[] = [];
  const soonUntil = addDays(today, dueSoonDays);
  for (const candidate of candidates) {
    if (seen.has(candidate.key)) continue;
    seen.add(candidate.key);
    items.push({ ...candidate, urgency: urgencyOf(candidate.dueDate, today, candidate.overdue, soonUntil), dueText: dueText(candidate.dueDate, today, candidate.overdue, candidate.kind) });
  }
  return items.sort(
    (a, b) =>
      urgencyRank[a.urgency] - urgencyRank[b.urgency] ||
      compareDue(a.dueDate, b.dueDate) ||
      kindRank.get(a.kind)! - kindRank.get(b.kind)! ||
      titleOrder.compare(a.title, b.title),
  );
}

/**
 * How many items composeInbox makes of candidates with these keys (one per subject), without finding or composing
 * the candidates: the menu's badge.
 */
export function countSubjects(keys: readonly string[]): number {
  return new Set(keys).size;
}

function compareDue(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The accessible name of the menu link with its count: "Mit overblik, 3 venter". */
export function inboxLinkLabel(label: string, count: number): string {
  return count > 0 ? `${label}, ${count} venter` : label;
}

// --- The visit window for "changed since your last visit" ---

/** Reopening Mit overblik within this many minutes continues the same visit. */
export const visitGapMinutes = 30;

export type OverviewVisit = { seenAt: string; changesSince: string | null };

/**
 * The visit after opening Mit overblik at `now`: a new visit (changes counted from the previous one's start) when
 * the last one began more than `visitGapMinutes` ago, else the same visit unchanged (null: nothing to write).
 */
export function nextVisit(previous: OverviewVisit | null, now: Date): OverviewVisit | null {
  const nowIso = now.toISOString();
  if (!previous) return { seenAt: nowIso, changesSince: null };
  if (now.getTime() - new Date(previous.seenAt).getTime() <= visitGapMinutes * 60_000) return null;
  return { seenAt: nowIso, changesSince: previous.seenAt };
}

/** How far back "changed since your last visit" looks on a first visit. */
export const firstVisitLookbackDays = 14;

/** The moment changes are counted from: the previous visit, or `firstVisitLookbackDays` back on a first visit. */
export function changesCutoff(visit: OverviewVisit | null, now: Date): string {
  return visit?.changesSince ?? new Date(now.getTime() - firstVisitLookbackDays * 86_400_000).toISOString();
}
