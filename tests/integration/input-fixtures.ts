import { expect } from "vitest";
import type { AppDatabase } from "@/db";
import { zoneMembers, zones } from "@/db/schema";
import { ValidationError } from "@/lib/services/errors";
import type { ActingUser } from "@/lib/services/guard";
import { caught } from "./project-fixtures";

/** Every row of every table, the audit trail included: "changes nothing" means this stays equal. */
export function wholeDatabase(db: AppDatabase): Record<string, string[]> {
  const tables = db.$client
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%_fts%' order by name")
    .all() as { name: string }[];
  const rowsOf = (name: string) =>
    db.$client
      .prepare(`select * from "${name}"`)
      .all()
      .map((row) => JSON.stringify(row))
      .sort();
  return Object.fromEntries(tables.map(({ name }) => [name, rowsOf(name)]));
}

/**
 * Bad input: a ValidationError whose field `field` carries `message` (never a 500 from the database),
 * and nothing written — not even an audit event.
 */
export function expectFieldError(db: AppDatabase, field: string, message: string | RegExp, call: () => unknown): void {
  const before = wholeDatabase(db);
  const error = caught(call);
  expect(error).toBeInstanceOf(ValidationError);
  const messages = (error as ValidationError).fieldErrors[field];
  expect(messages, `field errors: ${JSON.stringify((error as ValidationError).fieldErrors)}`).toBeDefined();
  expect(messages).toContainEqual(typeof message === "string" ? message : expect.stringMatching(message));
  expect(wholeDatabase(db)).toEqual(before);
}

/** An active zone sponsored by `sponsor`, led by `lead`, with `members`. */
export function insertZone(db: AppDatabase, sponsor: ActingUser, lead: ActingUser, members: ActingUser[] = [], riskFrameKr = 1_000_000): { id: number; slug: string } {
  const zone = db
    .insert(zones)
    .values({ name: "Velfærdsteknologi", slug: "velfaerdsteknologi", sponsorId: sponsor.id, leadId: lead.id, riskFrameKr })
    .returning({ id: zones.id, slug: zones.slug })
    .get();
  for (const member of members) db.insert(zoneMembers).values({ zoneId: zone.id, userId: member.id }).run();
  return zone;
}

export const dayRangeMessage = (label: string) => `${label} skal ligge mellem 01.01.2000 og 31.12.2100`;
export const krRangeMessage = (label: string) => `${label} skal ligge mellem 0 og 100.000.000.000 kr.`;
export const valueRangeMessage = (label: string) => `${label} skal ligge mellem -1.000.000.000.000 og 1.000.000.000.000`;

/** A refusal of the given class that writes nothing at all, the audit trail included; returns the error. */
export function expectNothingWritten<E extends Error>(db: AppDatabase, errorClass: new (...args: never[]) => E, call: () => unknown): E {
  const before = wholeDatabase(db);
  const error = caught(call);
  expect(error).toBeInstanceOf(errorClass);
  expect(wholeDatabase(db)).toEqual(before);
  return error as E;
}
