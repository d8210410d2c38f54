import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { strategyGoals, users, zoneMembers, zones } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { formatKr } from "@/lib/format";
import { isEligibleSponsor, isEligibleZoneLead, type ZoneRef } from "@/lib/permissions";
import { goalTitles, userName } from "@/lib/queries/reference-names";
import {
  uniqueZoneSlug,
  zoneEditSchema,
  zoneMemberRefSchema,
  zoneMemberSchema,
  zoneSchema,
  zoneSlug,
  type ZoneInput,
} from "@/lib/validation/zones";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { authorize, changedFields, parseInput, type ActingUser } from "./guard";

export const staleZoneMessage = "Udviklingsrummet er ændret af en anden, siden du åbnede det. Dine ændringer er ikke gemt; se de nyeste værdier nedenfor.";

type ZoneRow = typeof zones.$inferSelect;

export function getZoneOrThrow(db: DbOrTx, slug: string): ZoneRow {
  const zone = db.select().from(zones).where(eq(zones.slug, slug)).get();
  if (!zone) throw new NotFoundError("Udviklingsrummet findes ikke.");
  return zone;
}

export function zoneRefOf(db: DbOrTx, zone: Pick<ZoneRow, "id" | "sponsorId" | "leadId">): ZoneRef {
  const memberIds = db.select({ id: zoneMembers.userId }).from(zoneMembers).where(eq(zoneMembers.zoneId, zone.id)).all().map((row) => row.id);
  return { sponsorId: zone.sponsorId, leadId: zone.leadId, memberIds };
}

/** The chosen people and goal exist and may hold their places; a sponsor left out of an edit is not checked (it is kept). */
function checkPeople(db: DbOrTx, input: Pick<ZoneInput, "leadId" | "strategyGoalId"> & { sponsorId?: number }): void {
  const fieldErrors: Record<string, string[]> = {};
  const person = (id: number) =>
    db.select({ role: users.role }).from(users).where(and(eq(users.id, id), eq(users.active, true))).get();
  const sponsor = input.sponsorId === undefined ? undefined : person(input.sponsorId);
  if (input.sponsorId !== undefined && (!sponsor || !isEligibleSponsor(sponsor))) fieldErrors.sponsorId = ["Sponsoren skal være en aktiv direktør"];
  const lead = person(input.leadId);
  if (!lead || !isEligibleZoneLead(lead)) fieldErrors.leadId = ["Rumlederen skal være en aktiv bruger, som ikke er administrator"];
  if (input.strategyGoalId && !db.select({ id: strategyGoals.id }).from(strategyGoals).where(eq(strategyGoals.id, input.strategyGoalId)).get()) {
    fieldErrors.strategyGoalId = ["Det strategiske mål findes ikke"];
  }
  if (Object.keys(fieldErrors).length) throw new ValidationError(fieldErrors);
}

function columnsOf(input: Omit<ZoneInput, "sponsorId"> & { sponsorId: number | null }) {
  return {
    name: input.name,
    theme: input.theme,
    purpose: input.purpose,
    strategyGoalId: input.strategyGoalId,
    sponsorId: input.sponsorId,
    leadId: input.leadId,
    cadence: input.cadence,
    riskFrameKr: input.riskFrameKr,
  };
}

/** The stored values of every field the form edits, in the form's order and words, so a refused editor can see what changed. */
function currentValues(db: DbOrTx, zone: ZoneRow): Record<string, string> {
  return {
    name: zone.name,
    theme: zone.theme,
    purpose: zone.purpose,
    strategyGoalId: goalTitles(db, zone.strategyGoalId === null ? [] : [zone.strategyGoalId])[0] ?? "Intet strategisk mål",
    cadence: zone.cadence,
    status: zone.status === "active" ? "Aktivt" : "Lukket",
    leadId: userName(db, zone.leadId),
    sponsorId: userName(db, zone.sponsorId),
    riskFrameKr: formatKr(zone.riskFrameKr),
    version: String(zone.version),
  };
}

/** Directors and admins create zones; the slug comes from the name and is never reused. */
export function createZone(actor: ActingUser, formData: FormData | Record<string, unknown>): { slug: string } {
  authorize(actor, "zone.create", undefined, { action: "zone.create", objectType: "zone" });
  const input = parseInput(zoneSchema, formData);
  const db = getDb();
  checkPeople(db, input);
  return db.transaction((tx) => {
    const slug = uniqueZoneSlug(zoneSlug(input.name), (candidate) =>
      Boolean(tx.select({ id: zones.id }).from(zones).where(eq(zones.slug, candidate)).get()),
    );
    const columns = columnsOf(input);
    tx.insert(zones).values({ ...columns, slug }).run();
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "zone.create", objectType: "zone", objectId: slug, changes: columns });
    return { slug };
  });
}

/** The sponsor, the lead and admins edit a zone; the slug stays, so links and history keep working. */
export function updateZone(actor: ActingUser, slug: string, formData: FormData | Record<string, unknown>, now = new Date()): void {
  const db = getDb();
  const zone = getZoneOrThrow(db, slug);
  const zoneRef = { kind: "zone" as const, ...zoneRefOf(db, zone) };
  authorize(actor, "zone.edit", zoneRef, { action: "zone.update", objectType: "zone", objectId: slug });
  const input = parseInput(zoneEditSchema, formData);
  // A stale form is answered as stale first: its editor then sees what changed, not a refusal of values it did not touch.
  if (zone.version !== input.version) throw new ConflictError(staleZoneMessage, currentValues(db, zone));
  const movesFrame = (input.sponsorId !== undefined && input.sponsorId !== zone.sponsorId) || (input.riskFrameKr !== undefined && input.riskFrameKr !== zone.riskFrameKr);
  // The risk frame and the sponsor are the board's commitment; a zone lead edits everything else.
  if (movesFrame) authorize(actor, "zone.frame", zoneRef, { action: "zone.update_frame", objectType: "zone", objectId: slug });
  checkPeople(db, input);
  db.transaction((tx) => {
    const before = getZoneOrThrow(tx, slug);
    if (before.version !== input.version) throw new ConflictError(staleZoneMessage, currentValues(tx, before));
    const frame = { sponsorId: input.sponsorId ?? before.sponsorId, riskFrameKr: input.riskFrameKr ?? before.riskFrameKr };
    const columns = { ...columnsOf({ ...input, ...frame }), status: input.status };
    const result = tx
      .update(zones)
      .set({ ...columns, version: before.version + 1, updatedAt: now.toISOString() })
      .where(and(eq(zones.id, before.id), eq(zones.version, input.version)))
      .run();
    if (result.changes === 0) throw new ConflictError(staleZoneMessage, currentValues(tx, before));
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "zone.update",
      objectType: "zone",
      objectId: slug,
      changes: changedFields(before, columns),
    });
  });
}

function authorizeMembers(actor: ActingUser, slug: string, action: string) {
  const db = getDb();
  const zone = getZoneOrThrow(db, slug);
  authorize(actor, "zone.edit", { kind: "zone", ...zoneRefOf(db, zone) }, { action, objectType: "zone", objectId: slug });
  return zone;
}

export function addZoneMember(actor: ActingUser, slug: string, formData: FormData | Record<string, unknown>): void {
  const zone = authorizeMembers(actor, slug, "zone.member_add");
  const input = parseInput(zoneMemberSchema, formData);
  getDb().transaction((tx) => {
    const person = tx.select({ name: users.name }).from(users).where(and(eq(users.id, input.userId), eq(users.active, true))).get();
    if (!person) throw new ValidationError({ userId: ["Vælg en aktiv bruger"] });
    const existing = tx
      .select({ userId: zoneMembers.userId })
      .from(zoneMembers)
      .where(and(eq(zoneMembers.zoneId, zone.id), eq(zoneMembers.userId, input.userId)))
      .get();
    if (existing) throw new ValidationError({ userId: [`${person.name} er allerede medlem af rummet`] });
    tx.insert(zoneMembers).values({ zoneId: zone.id, userId: input.userId, isMedRepresentative: input.isMedRepresentative }).run();
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "zone.member_add",
      objectType: "zone",
      objectId: slug,
      changes: { userId: input.userId, name: person.name, isMedRepresentative: input.isMedRepresentative },
    });
  });
}

export function removeZoneMember(actor: ActingUser, slug: string, formData: FormData | Record<string, unknown>): void {
  const zone = authorizeMembers(actor, slug, "zone.member_remove");
  const { userId } = parseInput(zoneMemberRefSchema, formData);
  getDb().transaction((tx) => {
    const result = tx.delete(zoneMembers).where(and(eq(zoneMembers.zoneId, zone.id), eq(zoneMembers.userId, userId))).run();
    if (result.changes === 0) throw new NotFoundError("Personen er ikke (længere) medlem af rummet.");
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "zone.member_remove",
      objectType: "zone",
      objectId: slug,
      changes: { userId, name: userName(tx, userId) },
    });
  });
}

/** Marks or unmarks a member as the zone's MED representative. */
export function setZoneMemberMed(actor: ActingUser, slug: string, formData: FormData | Record<string, unknown>): void {
  const zone = authorizeMembers(actor, slug, "zone.member_med");
  const input = parseInput(zoneMemberSchema, formData);
  getDb().transaction((tx) => {
    const result = tx
      .update(zoneMembers)
      .set({ isMedRepresentative: input.isMedRepresentative })
      .where(
        and(
          eq(zoneMembers.zoneId, zone.id),
          eq(zoneMembers.userId, input.userId),
          ne(zoneMembers.isMedRepresentative, input.isMedRepresentative),
        ),
      )
      .run();
    if (result.changes === 0) {
      const member = tx.select().from(zoneMembers).where(and(eq(zoneMembers.zoneId, zone.id), eq(zoneMembers.userId, input.userId))).get();
      if (!member) throw new NotFoundError("Personen er ikke (længere) medlem af rummet.");
      return;
    }
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "zone.member_med",
      objectType: "zone",
      objectId: slug,
      changes: { userId: input.userId, name: userName(tx, input.userId), isMedRepresentative: input.isMedRepresentative },
    });
  });
}
