import "server-only";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb, type DbOrTx, type Transaction } from "@/db";
import { agendaItems, benefitRebaselines, benefits, decisions, meetingParticipants, meetings, minutesApprovals, privateNotes, projects, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { formatDate } from "@/lib/format";
import { decisionEffect, minutesComplete, reorder, type AgendaItemChange } from "@/lib/domain/meetings";
import { meetingHasStarted, minutesMayBeApproved, outcomesFor, participantsMayChange } from "@/lib/domain/meeting-rules";
import {
  agendaItemEditSchema,
 
  decisionSchema,
  freeItemSchema,
  meetingEditSchema,
  meetingSchema,
  privateNoteSchema,
  queueKeySchema,
} from "@/lib/validation/meetings";
import { optionalVersion } from "@/lib/validation/common";
import { freezeAgendaPapers, hasFrozenPapers } from "./attachments";
import { applyRebaselineDecision } from "./benefits";
import { applyChangeRequestDecision } from "./change-requests";
import { loadDecisionQueue } from "@/lib/queries/decision-queue";
import { lockedMinutesMessage, minutesWillChange, withdrawnApprovals } from "./minutes-content";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { applyExperimentDecision } from "./experiment-decisions";
import { boardPromotion } from "./experiments";
import { applyGateDecision } from "./gates";
import { notifyBoardDecision } from "./notification-events/decisions";
import { notifyAgendaPublished, notifyMinutesReady } from "./notification-events/meetings";
import { authorize, parseInput, type ActingUser } from "./guard";
import { settledElsewhere } from "@/lib/queries/settled-elsewhere";


type MeetingRow = typeof meetings.$inferSelect;
type AgendaItemRow = typeof agendaItems.$inferSelect;

function getMeetingOrThrow(db: DbOrTx, meetingId: number): MeetingRow {
  const meeting = db.select().from(meetings).where(eq(meetings.id, meetingId)).get();
  if (!meeting) throw new NotFoundError("Mødet findes ikke.");
  return meeting;
}

function getItemOrThrow(db: DbOrTx, itemId: number): { item: AgendaItemRow; meeting: MeetingRow } {
  const item = db.select().from(agendaItems).where(eq(agendaItems.id, itemId)).get();
  if (!item) throw new NotFoundError("Dagsordenspunktet findes ikke.");
  return { item, meeting: getMeetingOrThrow(db, item.meetingId) };
}

function assertOpen(meeting: MeetingRow): void {
  if (meeting.minutesLockedAt) throw new ConflictError(lockedMinutesMessage);
}

const audit = (tx: DbOrTx, actor: ActingUser, action: string, meetingId: number, changes: Record<string, unknown> = {}) =>
  recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action, objectType: "meeting", objectId: meetingId, changes });

function activeDirectorIds(db: DbOrTx): number[] {
  return db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "director"), eq(users.active, true)))
    .all()
    .map((row) => row.id);
}

/** A board meeting's participants are active directors; none chosen means every active director. */
function checkParticipants(db: DbOrTx, ids: number[]): number[] {
  const chosen = ids.length ? [...new Set(ids)] : activeDirectorIds(db);
  if (chosen.length === 0) throw new ValidationError({ participantIds: ["Der er ingen aktive direktører at invitere"] });
  const found = db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, chosen), eq(users.active, true), eq(users.role, "director")))
    .all();
  if (found.length !== chosen.length) throw new ValidationError({ participantIds: ["Deltagerne skal være aktive direktører"] });
  return chosen;
}

/** The participants of a held meeting, which the edit must leave as they are. */
function keptParticipants(db: DbOrTx, meetingId: number, submitted: number[]): number[] {
  const current = db.select({ id: meetingParticipants.userId }).from(meetingParticipants).where(eq(meetingParticipants.meetingId, meetingId)).all().map((row) => row.id);
  const same = new Set(submitted).size === current.length && submitted.every((id) => current.includes(id));
  if (!same) throw new ValidationError({ participantIds: ["Deltagerne kan ikke ændres, når mødet er afholdt: det er dem, der godkender referatet"] });
  return current;
}

function replaceParticipants(tx: DbOrTx, meetingId: number, ids: number[]): void {
  tx.delete(meetingParticipants).where(eq(meetingParticipants.meetingId, meetingId)).run();
  for (const userId of ids) tx.insert(meetingParticipants).values({ meetingId, userId }).run();
}

/** Creates a koncernledelsesmøde; participants default to every active director. */
export function createMeeting(actor: ActingUser, formData: FormData | Record<string, unknown>): number {
  authorize(actor, "meeting.manage", undefined, { action: "meeting.create", objectType: "meeting" });
  const input = parseInput(meetingSchema, formData);
  const db = getDb();
  const participants = checkParticipants(db, input.participantIds);
  return db.transaction((tx) => {
    const row = tx
      .insert(meetings)
      .values({ title: input.title, date: input.date, time: input.time, location: input.location, createdById: actor.id })
      .returning({ id: meetings.id })
      .get();
    replaceParticipants(tx, row.id, participants);
    audit(tx, actor, "meeting.create", row.id, { title: input.title, date: input.date, participants });
    return row.id;
  });
}

export function updateMeeting(actor: ActingUser, meetingId: number, formData: FormData | Record<string, unknown>, now = new Date()): void {
  authorize(actor, "meeting.manage", undefined, { action: "meeting.update", objectType: "meeting", objectId: meetingId });
  const db = getDb();
  const meeting = getMeetingOrThrow(db, meetingId);
  assertOpen(meeting);
  const { version, participantIds, ...input } = parseInput(meetingEditSchema, formData);
  db.transaction((tx) => {
    // Read again here: a first decision may have marked the meeting held, or the minutes been locked, since.
    const current = getMeetingOrThrow(tx, meetingId);
    assertOpen(current);
    const open = participantsMayChange(current.status);
    const participants = open ? checkParticipants(tx, participantIds) : keptParticipants(tx, meetingId, participantIds);
    const result = tx
      .update(meetings)
      .set({ ...input, version: version + 1, updatedAt: now.toISOString() })
      .where(and(eq(meetings.id, meetingId), eq(meetings.version, version)))
      .run();
    if (result.changes === 0) {
      const stored = getMeetingOrThrow(tx, meetingId);
      const participantNames = tx
        .select({ name: users.name })
        .from(meetingParticipants)
        .innerJoin(users, eq(users.id, meetingParticipants.userId))
        .where(eq(meetingParticipants.meetingId, meetingId))
        .orderBy(asc(users.name))
        .all()
        .map((row) => row.name);
      throw new ConflictError("Mødet er ændret af en anden, siden du åbnede det. Dine ændringer er ikke gemt; se de nyeste værdier nedenfor.", {
        title: stored.title,
        date: formatDate(stored.date),
        time: stored.time,
        location: stored.location,
        participants: participantNames.join(", "),
        version: String(stored.version),
      });
    }
    if (open) replaceParticipants(tx, meetingId, participants);
    audit(tx, actor, "meeting.update", meetingId, { ...input, participants });
  });
}

function nextPosition(tx: DbOrTx, meetingId: number): number {
  const row = tx.select({ max: sql<number | null>`max(${agendaItems.position})` }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).get();
  return (row?.max ?? 0) + 1;
}

/** Puts one item of the decision queue on the agenda. */
export function addQueueItem(actor: ActingUser, meetingId: number, formData: FormData | Record<string, unknown>): number {
  authorize(actor, "meeting.manage", undefined, { action: "meeting.agenda", objectType: "meeting", objectId: meetingId });
  const { key } = parseInput(queueKeySchema, formData);
  const db = getDb();
  assertOpen(getMeetingOrThrow(db, meetingId));
  return db.transaction((tx) => {
    const withdrawn = minutesWillChange(tx, meetingId);
    const item = loadDecisionQueue(tx).find((candidate) => candidate.key === key);
    if (!item) throw new ConflictError("Punktet er ikke (længere) i beslutningskøen.");
    const row = tx
      .insert(agendaItems)
      .values({
        meetingId,
        position: nextPosition(tx, meetingId),
        kind: item.queueKind === "gate" ? "gate" : item.queueKind === "red_project" ? "discussion" : "decision",
        queueKind: item.queueKind,
        title: item.title,
        summary: item.summary,
        projectId: item.projectId,
        gateRequestId: item.gateRequestId ?? null,
        rebaselineId: item.rebaselineId ?? null,
        changeRequestId: item.changeRequestId ?? null,
        experimentId: item.experimentId ?? null,
      })
      .returning({ id: agendaItems.id })
      .get();
    audit(tx, actor, "meeting.agenda_add", meetingId, { agendaItemId: row.id, key, ...withdrawnApprovals(withdrawn) });
    return row.id;
  });
}

export function addFreeItem(actor: ActingUser, meetingId: number, formData: FormData | Record<string, unknown>): number {
  authorize(actor, "meeting.manage", undefined, { action: "meeting.agenda", objectType: "meeting", objectId: meetingId });
  const input = parseInput(freeItemSchema, formData);
  const db = getDb();
  assertOpen(getMeetingOrThrow(db, meetingId));
  return db.transaction((tx) => {
    const withdrawn = minutesWillChange(tx, meetingId);
    const row = tx.insert(agendaItems).values({ meetingId, position: nextPosition(tx, meetingId), ...input }).returning({ id: agendaItems.id }).get();
    audit(tx, actor, "meeting.agenda_add", meetingId, { agendaItemId: row.id, title: input.title, ...withdrawnApprovals(withdrawn) });
    return row.id;
  });
}

const staleItemMessage = "Punktet er ændret af en anden, siden du åbnede det. Dine ændringer er ikke gemt; se de nyeste værdier nedenfor.";

/** The stored values as the edit form shows them, so a refused editor can see what changed. */
function currentItemValues(item: AgendaItemRow): Record<string, string> {
  return { title: item.title, summary: item.summary, proposedDecision: item.proposedDecision, version: String(item.version) };
}

/** Saves an edit made on `version`; a newer version in the database refuses the save with its current values. */
export function updateAgendaItem(actor: ActingUser, itemId: number, formData: FormData | Record<string, unknown>, now = new Date()): void {
  const db = getDb();
  const { meeting } = getItemOrThrow(db, itemId);
  authorize(actor, "meeting.manage", undefined, { action: "meeting.agenda", objectType: "meeting", objectId: meeting.id });
  assertOpen(meeting);
  const { version, ...input } = parseInput(agendaItemEditSchema, formData);
  db.transaction((tx) => {
    const before = getItemOrThrow(tx, itemId).item;
    if (before.version !== version) throw new ConflictError(staleItemMessage, currentItemValues(before));
    const result = tx
      .update(agendaItems)
      .set({ ...input, version: version + 1, updatedAt: now.toISOString() })
      .where(and(eq(agendaItems.id, itemId), eq(agendaItems.version, version)))
      .run();
    if (result.changes === 0) throw new ConflictError(staleItemMessage, currentItemValues(before));
    const withdrawn = minutesWillChange(tx, meeting.id);
    audit(tx, actor, "meeting.agenda_update", meeting.id, { agendaItemId: itemId, ...withdrawnApprovals(withdrawn) });
  });
}

const agendaInOrder = (tx: Transaction, meetingId: number) =>
  tx.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position)).all();

/** Numbers the items 1, 2, 3 … in the given order, so that the agenda, meeting mode and the minutes name each item alike. */
function numberAgenda(tx: Transaction, items: { id: number }[]): void {
  items.forEach((item, index) => tx.update(agendaItems).set({ position: index + 1 }).where(eq(agendaItems.id, item.id)).run());
}

/** Moves an item one place up or down (the accessible alternative to dragging). */
export function moveAgendaItem(actor: ActingUser, itemId: number, direction: "up" | "down"): void {
  const db = getDb();
  const { meeting } = getItemOrThrow(db, itemId);
  authorize(actor, "meeting.manage", undefined, { action: "meeting.agenda", objectType: "meeting", objectId: meeting.id });
  assertOpen(meeting);
  db.transaction((tx) => {
    const withdrawn = minutesWillChange(tx, meeting.id);
    const items = agendaInOrder(tx, meeting.id);
    numberAgenda(tx, reorder(items, items.findIndex((candidate) => candidate.id === itemId), direction));
    audit(tx, actor, "meeting.agenda_move", meeting.id, { agendaItemId: itemId, direction, ...withdrawnApprovals(withdrawn) });
  });
}

const othersNotesMessage = "Punktet har private noter fra andre direktører og kan ikke fjernes.";

/**
 * Removes an item without a decision; the remover's own private note goes with it, other directors' notes block it.
 * With the `version` the remover saw, an item edited since is kept: removing it would throw away what was written.
 */
export function removeAgendaItem(actor: ActingUser, itemId: number, version?: number): void {
  const db = getDb();
  const { meeting } = getItemOrThrow(db, itemId);
  authorize(actor, "meeting.manage", undefined, { action: "meeting.agenda", objectType: "meeting", objectId: meeting.id });
  assertOpen(meeting);
  db.transaction((tx) => {
    if (version !== undefined && getItemOrThrow(tx, itemId).item.version !== version) {
      throw new ConflictError("Punktet er ændret af en anden, siden du åbnede dagsordenen, og er ikke fjernet. Genindlæs siden, og se punktet igen, før du fjerner det.");
    }
    if (tx.select({ id: decisions.id }).from(decisions).where(eq(decisions.agendaItemId, itemId)).get()) {
      throw new ConflictError("Punktet har en beslutning og kan ikke fjernes.");
    }
    const othersNote = tx
      .select({ userId: privateNotes.userId })
      .from(privateNotes)
      .where(and(eq(privateNotes.agendaItemId, itemId), ne(privateNotes.userId, actor.id)))
      .get();
    if (othersNote) throw new ConflictError(othersNotesMessage);
    if (hasFrozenPapers(tx, itemId)) throw new ConflictError("Punktet har bilag, der er låst af den offentliggjorte dagsorden, og kan ikke fjernes.");
    tx.delete(privateNotes).where(and(eq(privateNotes.agendaItemId, itemId), eq(privateNotes.userId, actor.id))).run();
    tx.delete(agendaItems).where(eq(agendaItems.id, itemId)).run();
    numberAgenda(tx, agendaInOrder(tx, meeting.id));
    const withdrawn = minutesWillChange(tx, meeting.id);
    audit(tx, actor, "meeting.agenda_remove", meeting.id, { agendaItemId: itemId, ...withdrawnApprovals(withdrawn) });
  });
}

const unknownChangeMessage = "Vælg Flyt op, Flyt ned eller Fjern punktet.";

/** Moves or removes an item as the pressed control says (`op` from its form); anything else changes nothing. */
export function changeAgendaItem(actor: ActingUser, itemId: number, change: unknown, version?: unknown): AgendaItemChange {
  if (change === "remove") removeAgendaItem(actor, itemId, parseInput(optionalVersion, { version }).version);
  else if (change === "up" || change === "down") moveAgendaItem(actor, itemId, change);
  else throw new ValidationError({ op: [unknownChangeMessage] }, unknownChangeMessage);
  return change;
}

/** Makes the agenda visible to directors and department heads. */
export function publishAgenda(actor: ActingUser, meetingId: number, now = new Date()): void {
  authorize(actor, "meeting.manage", undefined, { action: "meeting.publish", objectType: "meeting", objectId: meetingId });
  const db = getDb();
  const meeting = getMeetingOrThrow(db, meetingId);
  assertOpen(meeting);
  db.transaction((tx) => {
    tx.update(meetings).set({ agendaPublishedAt: now.toISOString(), agendaPublishedById: actor.id, updatedAt: now.toISOString() }).where(eq(meetings.id, meetingId)).run();
    const papersFrozen = freezeAgendaPapers(tx, meetingId, now);
    audit(tx, actor, "meeting.publish", meetingId, { republished: Boolean(meeting.agendaPublishedAt), papersFrozen });
    notifyAgendaPublished(tx, actor, meeting, Boolean(meeting.agendaPublishedAt), now);
  });
}

/**
 * Records the board's decision on an item. A decision on a gate, a re-baseline, a change request or an experiment applies
 * itself in the same transaction; if applying fails, nothing is recorded.
 */
export function recordDecision(actor: ActingUser, itemId: number, formData: FormData | Record<string, unknown>, now = new Date()): void {
  const db = getDb();
  const { item, meeting } = getItemOrThrow(db, itemId);
  authorize(actor, "board.decide", undefined, { action: "meeting.decision", objectType: "meeting", objectId: meeting.id });
  assertOpen(meeting);
  const input = parseInput(decisionSchema, formData);
  if (!meetingHasStarted(meeting, now)) {
    throw new ConflictError("Mødet er ikke begyndt endnu. Beslutninger kan først registreres fra mødets starttidspunkt, eller når en direktør har startet mødet.");
  }
  const refusedOutcome = (settled: boolean) => {
    if (outcomesFor(item.kind, settled).includes(input.outcome)) return;
    const message =
      item.kind === "information"
        ? "Et orienteringspunkt kan kun tages til efterretning"
        : settled
          ? "Anmodningen er allerede afgjort uden for mødet; punktet kan kun tages til efterretning"
          : "Vælg Godkendt, Afvist, Udsat eller Justeret";
    throw new ValidationError({ outcome: [message] });
  };
  refusedOutcome(settledElsewhere(db, item) !== null);
  const promotion =
    decisionEffect(item.queueKind, input.outcome) === "promote_experiment" ? boardPromotion(db, item.experimentId!, actor, formData) : undefined;
  db.transaction((tx) => {
    const withdrawn = minutesWillChange(tx, meeting.id);
    if (tx.select({ id: decisions.id }).from(decisions).where(eq(decisions.agendaItemId, itemId)).get()) {
      throw new ConflictError("Punktet har allerede en beslutning.");
    }
    // Again under the write lock: the request may have been decided on its page since.
    refusedOutcome(settledElsewhere(tx, item) !== null);
    const effect = decisionEffect(item.queueKind, input.outcome);
    const effectSnapshot = JSON.stringify(effect === "approve_rebaseline" ? rebaselineSnapshot(tx, item.rebaselineId!) : {});
    tx.insert(decisions)
      .values({ agendaItemId: itemId, outcome: input.outcome, text: input.text, recordedById: actor.id, recordedAt: now.toISOString(), effectSnapshot })
      .run();
    const context = { meetingId: meeting.id, agendaItemId: itemId, decisionText: input.text };
    if (effect === "approve_gate" || effect === "reject_gate") {
      applyGateDecision(tx, actor, item.gateRequestId!, effect === "approve_gate" ? "approved" : "rejected", input.text, now, context);
    } else if (effect === "approve_rebaseline" || effect === "reject_rebaseline") {
      applyRebaselineDecision(tx, actor, item.rebaselineId!, effect === "approve_rebaseline" ? "approved" : "rejected", input.text, now, context);
    } else if (effect === "approve_change_request" || effect === "reject_change_request") {
      const decision = effect === "approve_change_request" ? "approved" : "rejected";
      applyChangeRequestDecision(tx, actor, item.changeRequestId!, decision, input.text, now, context);
    } else if (effect) {
      applyExperimentDecision(tx, actor, item.experimentId!, effect, input.text, now, context, promotion);
    }
    if (meeting.status === "planned") tx.update(meetings).set({ status: "held", version: sql`version + 1`, updatedAt: now.toISOString() }).where(eq(meetings.id, meeting.id)).run();
    audit(tx, actor, "meeting.decision", meeting.id, { ...context, outcome: input.outcome, effect, ...withdrawnApprovals(withdrawn) });
    // A decision that applies itself notifies through the function that applied it; the others notify here.
    if (!effect) notifyBoardDecision(tx, actor, item, input.outcome, input.text, now);
    notifyMinutesReady(tx, actor, meeting, now);
    const project = item.projectId ? tx.select({ code: projects.code }).from(projects).where(eq(projects.id, item.projectId)).get() : undefined;
    if (project) {
      recordAudit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        action: "meeting.decision",
        objectType: "project",
        objectId: project.code,
        changes: { ...context, outcome: input.outcome, title: item.title, meetingTitle: meeting.title },
      });
    }
  });
}

/** The benefit's baseline and target before a re-baseline is applied, so an undo can restore them. */
function rebaselineSnapshot(tx: DbOrTx, rebaselineId: number): Record<string, unknown> {
  const row = tx
    .select({ baselineValue: benefits.baselineValue, baselineDate: benefits.baselineDate, targetValue: benefits.targetValue, targetDate: benefits.targetDate })
    .from(benefitRebaselines)
    .innerJoin(benefits, eq(benefits.id, benefitRebaselines.benefitId))
    .where(eq(benefitRebaselines.id, rebaselineId))
    .get();
  return row ?? {};
}

/** A participating director approves the minutes; the last approval locks them. */
export function approveMinutes(actor: ActingUser, meetingId: number, now = new Date()): boolean {
  authorize(actor, "board.decide", undefined, { action: "meeting.minutes_approve", objectType: "meeting", objectId: meetingId });
  const db = getDb();
  const meeting = getMeetingOrThrow(db, meetingId);
  assertOpen(meeting);
  const participantDirectorIds = db
    .select({ id: users.id })
    .from(meetingParticipants)
    .innerJoin(users, eq(users.id, meetingParticipants.userId))
    .where(and(eq(meetingParticipants.meetingId, meetingId), eq(users.role, "director")))
    .all()
    .map((row) => row.id);
  authorize(actor, "minutes.approve", { kind: "meeting", agendaPublished: meeting.agendaPublishedAt !== null, participantIds: participantDirectorIds }, { action: "meeting.minutes_approve", objectType: "meeting", objectId: meetingId });
  if (!minutesMayBeApproved(meeting.status)) throw new ConflictError("Referatet kan først godkendes, når mødet er markeret som afholdt.");
  return db.transaction((tx) => {
    // Read again inside the transaction: another server process may have locked the minutes since the first check.
    assertOpen(getMeetingOrThrow(tx, meetingId));
    tx.insert(minutesApprovals).values({ meetingId, directorId: actor.id, approvedAt: now.toISOString() }).onConflictDoNothing().run();
    const approvedBy = tx.select({ id: minutesApprovals.directorId }).from(minutesApprovals).where(eq(minutesApprovals.meetingId, meetingId)).all().map((row) => row.id);
    const complete = minutesComplete(participantDirectorIds, approvedBy);
    if (complete) {
      tx.update(meetings).set({ status: "minutes_approved", minutesLockedAt: now.toISOString(), updatedAt: now.toISOString() }).where(eq(meetings.id, meetingId)).run();
    }
    audit(tx, actor, complete ? "meeting.minutes_locked" : "meeting.minutes_approve", meetingId, { approvedBy });
    return complete;
  });
}

/** A director's own note on an agenda item; nobody else can ever read it. */
export function savePrivateNote(actor: ActingUser, itemId: number, formData: FormData | Record<string, unknown>, now = new Date()): void {
  const db = getDb();
  const { meeting } = getItemOrThrow(db, itemId);
  authorize(actor, "board.decide", undefined, { action: "meeting.private_note", objectType: "meeting", objectId: meeting.id });
  const { body } = parseInput(privateNoteSchema, formData);
  db.transaction((tx) => {
    if (!body.trim()) {
      tx.delete(privateNotes).where(and(eq(privateNotes.agendaItemId, itemId), eq(privateNotes.userId, actor.id))).run();
    } else {
      tx.insert(privateNotes)
        .values({ agendaItemId: itemId, userId: actor.id, body, updatedAt: now.toISOString() })
        .onConflictDoUpdate({ target: [privateNotes.agendaItemId, privateNotes.userId], set: { body, updatedAt: now.toISOString() } })
        .run();
    }
    audit(tx, actor, "meeting.private_note", meeting.id, { agendaItemId: itemId });
  });
}
