import type { ControlledProjectField, Phase } from "@/lib/codes";

export type { ControlledProjectField };

/** The board's figures on a project (same list as the schema's, kept free of database imports for the browser). */
export const controlledProjectFields = [
  "approvedBudgetKr",
  "baselineStart",
  "baselineEnd",
  "departmentId",
  "ownerId",
  "phase",
] as const satisfies readonly ControlledProjectField[];

/** The stored value of a board-controlled field: an amount, a day, an id or a phase code. */
export type ControlledValue = string | number | null;

export type ControlledValues = Record<ControlledProjectField, ControlledValue>;

/** One requested change, as kept in `project_change_requests.changes`. */
export type FieldChange = { field: ControlledProjectField; oldValue: ControlledValue; newValue: ControlledValue };

/** How the actor may touch board-controlled fields: directly, as an admin correction with a reason, or only by request. */
export type ControlledAuthority = "direct" | "correction" | "request";

export function isControlledField(field: string): field is ControlledProjectField {
  return (controlledProjectFields as readonly string[]).includes(field);
}

const normalise = (value: ControlledValue | undefined): ControlledValue => (value === undefined || value === "" ? null : value);

/** The board-controlled fields whose values differ between `before` and `after` (fields absent from `after` are unchanged). */
export function changedControlledFields(before: Partial<ControlledValues>, after: Partial<ControlledValues>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of controlledProjectFields) {
    if (!(field in after)) continue;
    const oldValue = normalise(before[field]);
    const newValue = normalise(after[field]);
    if (String(oldValue) !== String(newValue)) changes.push({ field, oldValue, newValue });
  }
  return changes;
}

/** Why a board-controlled field of a closed or stopped project is not saved. */
export const endedProjectFieldMessage = "Projektet er afsluttet eller stoppet; direktionens tal kan ikke længere ændres";

/**
 * Whether an edit that changes `changes` may be saved by someone with `authority`: no change is always fine;
 * nobody changes them once the project is closed or stopped (`ended`); otherwise a director saves directly, an admin
 * only with a correction reason, and everyone else must file a change request.
 */
export function controlledEditVerdict(
  changes: FieldChange[],
  authority: ControlledAuthority,
  correctionReason: string,
  ended = false,
): { ok: true } | { ok: false; fieldErrors: Record<string, string[]> } {
  if (changes.length === 0) return { ok: true };
  if (ended) return { ok: false, fieldErrors: Object.fromEntries(changes.map((change) => [change.field, [endedProjectFieldMessage]])) };
  if (authority === "direct") return { ok: true };
  if (authority === "correction") {
    if (correctionReason.trim().length >= 5) return { ok: true };
    return { ok: false, fieldErrors: { correctionReason: ["Skriv en begrundelse for rettelsen af direktionens tal (mindst 5 tegn)"] } };
  }
  const fieldErrors: Record<string, string[]> = {};
  for (const change of changes) {
    fieldErrors[change.field] = ["Feltet ændres af direktionen; send en ændringsanmodning"];
  }
  return { ok: false, fieldErrors };
}

/** A change request may ask for the phase "stopped" only; other phase changes go through gates. */
export function isRequestablePhase(phase: Phase): boolean {
  return phase === "stopped";
}

/** Parses the stored JSON of a change request; malformed content yields no changes. */
export function parseFieldChanges(json: string): FieldChange[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (item): item is FieldChange => typeof item === "object" && item !== null && isControlledField(String((item as FieldChange).field)),
    );
  } catch {
    return [];
  }
}
