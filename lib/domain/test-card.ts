import type { ExperimentState, ZoneStatus } from "@/lib/codes";

/**
 * The rules of a test card: its period and when it may still be changed. Dates are calendar days (YYYY-MM-DD), so
 * they compare as text; "today" is the caller's (`toDay(now)` from lib/domain/dates).
 */

/** The end may be the start itself (a one-day test), never before it. */
export function isPeriodInOrder(periodStart: string, periodEnd: string): boolean {
  return periodEnd >= periodStart;
}

/** The period ended before today; a card without an end date has not ended. */
export function hasPeriodEnded(periodEnd: string | null, today: string): boolean {
  return periodEnd !== null && periodEnd !== "" && periodEnd < today;
}

export const periodEndedMessage = "Forsøgets periode er slut; ret datoerne i testkortet, før du starter det";

type CardParts = { test: string; metric: string; successCriterion: string; periodStart: string | null; periodEnd: string | null; technology: string };

/** What a test card must say before its experiment starts: a draft made from an idea carries only a title and a hypothesis. */
const requiredParts = ["test", "metric", "successCriterion", "periodStart", "periodEnd", "technology"] as const satisfies (keyof CardParts)[];

/** The parts a draft's test card still lacks, in the card's order; empty when it may start. */
export function missingTestCardParts(card: CardParts): (typeof requiredParts)[number][] {
  return requiredParts.filter((part) => (card[part] ?? "").trim() === "");
}

/** The refusal for an incomplete card, naming what is missing (labels as the form writes them). */
export function incompleteCardMessage(missingLabels: string[]): string {
  return `Udfyld testkortet, før forsøget startes. Det mangler: ${missingLabels.map((label) => label.toLowerCase()).join(", ")}`;
}

/**
 * Why a test card can no longer be edited or deleted, or null while it can: only a draft in an active zone. Once
 * started, the card is the agreement the zone (and perhaps its sponsor) accepted.
 */
export function testCardLockReason(state: ExperimentState, zoneStatus: ZoneStatus): string | null {
  if (state !== "draft") return "Testkortet kan kun rettes eller slettes, mens forsøget er en kladde. Når forsøget er startet, er testkortet aftalen.";
  if (zoneStatus !== "active") return "Udviklingsrummet er lukket, så testkortet kan ikke rettes eller slettes.";
  return null;
}
