import "server-only";
import type { z } from "zod";
import { getDb } from "@/db";
import { recordAudit } from "@/lib/audit";
import { can, type Capability, type Resource } from "@/lib/permissions";
import { stripControlCharacters } from "@/lib/validation/common";
import type { SessionUser } from "@/lib/services/auth";
import { ForbiddenError, ValidationError } from "./errors";
import { ruleMessagesOnParsedFields } from "@/lib/validation/field-rules";

export type ActingUser = Pick<SessionUser, "id" | "role" | "departmentId">;

/** How a refusal is written to the audit trail; by default the capability on the resource's kind. */
export type RefusalAudit = { action?: string; objectType?: string; objectId?: string | number };

/**
 * Asks the permission table (`can`) and, on refusal, audits it and throws ForbiddenError. Call before touching anything.
 */
export function authorize(actor: ActingUser, capability: Capability, resource?: Resource, audit: RefusalAudit = {}): void {
  if (can(actor, capability, resource)) return;
  const { action = capability, objectType = resource?.kind ?? capability.split(".")[0], objectId } = audit;
  getDb().transaction((tx) =>
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action, objectType, objectId, outcome: "denied" }),
  );
  throw new ForbiddenError();
}

/**
 * Parses form data (or a plain object) with a zod schema; bad input throws a ValidationError with Danish messages.
 * Control characters are stripped from every text first, so none ever reaches the database.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: FormData | Record<string, unknown>): z.infer<Schema> {
  const raw = input instanceof FormData ? formDataToObject(input) : stripControlCharacters(input);
  const result = schema.safeParse(raw);
  if (!result.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of result.error.issues) {
      // A list field's error belongs to the field ("goalIds"), not to one entry of it ("goalIds.1").
      const key = issue.path.length ? String(issue.path[0]) : "_form";
      const messages = (fieldErrors[key] ??= []);
      if (!messages.includes(issue.message)) messages.push(issue.message);
    }
    // The rules between fields, for the fields that did parse, so that the user meets every message at once.
    for (const [key, messages] of Object.entries(ruleMessagesOnParsedFields(schema, raw))) fieldErrors[key] ??= messages;
    throw new ValidationError(fieldErrors);
  }
  return result.data;
}

/** Repeated keys become arrays; everything else a string without control characters. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, raw] of formData.entries()) {
    if (typeof raw !== "string" || key.startsWith("$ACTION")) continue;
    const value = stripControlCharacters(raw);
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else result[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}

/** The fields whose values differ, for the audit trail. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) changes[key] = { from: before[key], to: value };
  }
  return changes;
}
