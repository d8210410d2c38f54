import type { decisionOutcomes, Phase } from "../lib/codes";

/**
 * Demodata for Egeby Kommunes koncernledelsesmøder: ét afholdt møde med godkendt og låst referat og ét
 * kommende møde med en udgivet dagsorden fra beslutningskøen.
 *
 * Projekter angives med projektnummer og personer med e-mail. Det afholdte møde lægges på den dag,
 * direktionen afgjorde den fasegodkendelse, mødet behandlede (se demo-data-portfolio.ts; falder dagen i
 * en weekend, flyttes mødet og afgørelsen til fredagen før), så beslutningen på mødet og afgørelsen på
 * porten er den samme.
 */

type Outcome = (typeof decisionOutcomes)[number];
export type DemoDecision = { outcome: Outcome; text: string; byEmail: string; recordedAt: string };

export type DemoHeldItem =
  | { kind: "gate"; project: string; toPhase: Phase; summary: string; proposedDecision: string }
  | { kind: "red_project"; project: string; summary: string; proposedDecision: string; decision: DemoDecision }
  | { kind: "information"; title: string; summary: string; proposedDecision: string; decision: DemoDecision };

export type DemoUpcomingItem =
  | { kind: "gate" | "rebaseline" | "red_project"; project: string; proposedDecision: string }
  | { kind: "information" | "discussion"; title: string; summary: string; proposedDecision: string };

export const demoMeetingLocation = "Rådhuset, direktionens mødelokale";
export const demoChairEmail = "direktor@egeby.dk";

/** Held on the day the gate below was decided; `recordedAt` is the UTC time of day of each decision. */
export const demoHeldMeeting = {
  gate: { project: "DIG-2026-011", toPhase: "implementation" as Phase },
  time: "15:00",
  /** Days after the meeting on which each director approved the minutes, in participant order. */
  approvalDays: [1, 1, 2, 2, 3],
  items: [
    {
      kind: "information",
      title: "Orientering: Digitaliseringsstrategiens midtvejsstatus",
      summary:
        "Digitaliseringschefen gennemgår porteføljens balance mellem effektivisering og nye services og status på gevinstrealiseringen efter 3. kvartal.",
      proposedDecision: "Direktionen tager orienteringen til efterretning.",
      decision: {
        outcome: "noted",
        text: "Orienteringen blev taget til efterretning. Balancen mellem effektivisering og nye services drøftes igen ved budgetopfølgningen.",
        byEmail: "direktor@egeby.dk",
        recordedAt: "13:15",
      },
    },
    {
      kind: "red_project",
      project: "DIG-2025-009",
      summary: "Mere end fire måneders forsinkelse på grund af leverandørens snitflade til sygedagpengesystemet.",
      proposedDecision: "Direktionen beder styregruppen om en ny tidsplan fra leverandøren før næste møde.",
      decision: {
        outcome: "postponed",
        text: "Udsat til næste møde. Styregruppen fremlægger leverandørens nye tidsplan for snitfladen og en vurdering af, om robotten kan tages i brug for de enkle sager først.",
        byEmail: "soeren.andersen@egeby.dk",
        recordedAt: "13:50",
      },
    },
    {
      kind: "red_project",
      project: "DIG-2025-012",
      summary: "Seks måneders forsinkelse og merforbrug på dataplatformen.",
      proposedDecision: "Direktionen beder om en genopretningsplan.",
      decision: {
        outcome: "adjusted",
        text: "Justeret: Første etape reduceres til økonomi- og HR-data, og der lægges en genopretningsplan frem med færre leverancer. Der gives ingen tillægsbevilling.",
        byEmail: "camilla.poulsen@egeby.dk",
        recordedAt: "14:25",
      },
    },
    {
      kind: "gate",
      project: "DIG-2026-011",
      toPhase: "implementation",
      summary: "Foreningerne er glade for løsningen, og projektet ønsker at udrulle booking og elektroniske låse til alle kommunens haller.",
      proposedDecision: "Direktionen godkender udrulning til alle haller.",
    },
  ] satisfies DemoHeldItem[],
};

/** The upcoming meeting: `daysAhead` from the seed date (a weekend moves to Monday), agenda published `publishedDaysAgo` before the seed date. */
export const demoUpcomingMeeting = {
  daysAhead: 14,
  time: "09:00",
  publishedDaysAgo: 2,
  items: [
    {
      kind: "information",
      title: "Orientering: Gevinstrealiseringen i porteføljen",
      summary:
        "Gennemgang af gevinsterne, der følger målstien, og dem, der er bagud. Tre gevinster har en forfalden måling, og gevinstejerne er bedt om at registrere dem.",
      proposedDecision: "Direktionen tager orienteringen til efterretning og beder gevinstejerne registrere de forfaldne målinger inden udgangen af måneden.",
    },
    {
      kind: "gate",
      project: "DIG-2025-007",
      proposedDecision:
        "Direktionen godkender, at sensorerne rulles ud på hele vejnettet før næste vintersæson, og at saltbesparelsen følges som gevinst.",
    },
    {
      kind: "gate",
      project: "DIG-2026-013",
      proposedDecision: "Direktionen godkender, at e-learningforløbet går direkte i implementering i den eksisterende læringsplatform.",
    },
    {
      kind: "rebaseline",
      project: "DIG-2025-003",
      proposedDecision: "Direktionen godkender den nye måldato; målet på 30 faldulykker om måneden fastholdes.",
    },
    {
      kind: "red_project",
      project: "DIG-2025-006",
      proposedDecision: "Direktionen vælger mellem en tillægsbevilling og et reduceret omfang, hvor integrationen til BBR udskydes til anden etape.",
    },
    {
      kind: "red_project",
      project: "DIG-2025-012",
      proposedDecision: "Direktionen godkender genopretningsplanen med færre leverancer i første etape.",
    },
  ] satisfies DemoUpcomingItem[],
};
