import type { Light, StatusDimension } from "@/lib/codes";
import { formatKr } from "@/lib/format";
import { addMonths, daysBetween, wholeMonthsBetween } from "./dates";

export type Proposal = { light: Light; explanation: string } | null;
export type Proposals = Record<StatusDimension, Proposal>;
export type BenefitAssessment = "on_track" | "watch" | "off_track";

export type Thresholds = { timeYellowMonths: number; timeRedMonths: number; economyRedPercent: number; economyRedKr: number };

const severity: Record<Light, number> = { green: 0, yellow: 1, red: 2 };

export function worstLight(lights: (Light | null | undefined)[]): Light | null {
  const present = lights.filter((light): light is Light => Boolean(light));
  if (present.length === 0) return null;
  return present.reduce((worst, light) => (severity[light] > severity[worst] ? light : worst));
}

function lateness(baselineEnd: string, forecastEnd: string): string {
  const months = wholeMonthsBetween(baselineEnd, forecastEnd);
  if (months >= 1) return `${months} ${months === 1 ? "måned" : "måneder"} forsinket`;
  const days = daysBetween(baselineEnd, forecastEnd);
  return `${days} ${days === 1 ? "dag" : "dage"} forsinket`;
}

/** Tid (Statens It-råd): more than 3 months late is red, 1–3 months yellow, otherwise green. */
export function proposeTime(baselineEnd: string | null, forecastEnd: string | null, thresholds: Thresholds): Proposal {
  if (!baselineEnd || !forecastEnd) return null;
  if (forecastEnd <= baselineEnd) return { light: "green", explanation: "Følger planen" };
  if (forecastEnd > addMonths(baselineEnd, thresholds.timeRedMonths)) {
    return { light: "red", explanation: lateness(baselineEnd, forecastEnd) };
  }
  if (forecastEnd >= addMonths(baselineEnd, thresholds.timeYellowMonths)) {
    return { light: "yellow", explanation: lateness(baselineEnd, forecastEnd) };
  }
  return { light: "green", explanation: `${lateness(baselineEnd, forecastEnd)}, under én måned` };
}

const oneDecimal = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 1 });

/** Økonomi: an overrun above 10 % or above 6 mio. kr. is red, any overrun yellow, otherwise green. */
export function proposeEconomy(approvedBudgetKr: number, forecastKr: number, thresholds: Thresholds): NonNullable<Proposal> {
  const overrun = forecastKr - approvedBudgetKr;
  if (overrun <= 0) return { light: "green", explanation: "Inden for budget" };
  const percent = approvedBudgetKr > 0 ? (overrun / approvedBudgetKr) * 100 : Infinity;
  const describe = Number.isFinite(percent)
    ? `${oneDecimal.format(percent)} % over budget (${formatKr(overrun)})`
    : `${formatKr(overrun)} over et budget på 0 kr.`;
  const red = percent > thresholds.economyRedPercent || overrun > thresholds.economyRedKr;
  return { light: red ? "red" : "yellow", explanation: describe };
}

/** Gevinster: the worst benefit assessment; no assessed benefits, no proposal. */
export function proposeBenefits(assessments: BenefitAssessment[]): Proposal {
  if (assessments.length === 0) return null;
  if (assessments.includes("off_track")) return { light: "red", explanation: "Mindst én gevinst har afvigelse" };
  if (assessments.includes("watch")) return { light: "yellow", explanation: "Mindst én gevinst skal følges" };
  return { light: "green", explanation: "Alle gevinster er i rute" };
}

export type ProposalFacts = {
  baselineEnd: string | null;
  forecastEnd: string | null;
  approvedBudgetKr: number;
  spentKr: number;
  benefitAssessments: BenefitAssessment[];
};

/**
 * The overall proposal: the worst of the report's five lights as the author has set them. Tid, økonomi and gevinster
 * start from the portal's proposals (an override needs a reason); leverance/kvalitet and risiko are the author's own
 * judgement, so a red delivery makes the proposal red.
 */
export function proposeOverall(dimensionLights: (Light | null | undefined)[]): Proposal {
  const light = worstLight(dimensionLights);
  return light ? { light, explanation: "Den dårligste af dimensionerne" } : null;
}

/** The portal's proposal for each light of a new status report; overall, before the author has set any light, is the worst proposed dimension. */
export function proposeStatus(facts: ProposalFacts, thresholds: Thresholds): Proposals & { overall: Proposal } {
  const time = proposeTime(facts.baselineEnd, facts.forecastEnd, thresholds);
  const economy = proposeEconomy(facts.approvedBudgetKr, facts.spentKr, thresholds);
  const benefits = proposeBenefits(facts.benefitAssessments);
  return { time, economy, delivery: null, risk: null, benefits, overall: proposeOverall([time?.light, economy.light, benefits?.light]) };
}
