import type { benefitStatuses, benefitTypes } from "../lib/codes";

/**
 * Gevinstdata til demoen for Egeby Kommune: gevinster med målinger, ændringer af baseline
 * (re-baselines) og afsluttende erfaringsnotater. Projekter angives med projektnummer, personer
 * med e-mail, og datoer i måneder eller dage i forhold til seed-datoen (negative = fortid).
 */

export type DemoAssessment = "on_track" | "watch" | "off_track";

/** How a benefit's measurement history ends; the values in between wander around the target path. */
export type DemoMeasurements = {
  /** The assessment the latest measurement must give. */
  story: DemoAssessment;
  /** Days before the seed date of the latest measurement. */
  lastDaysAgo: number;
  /** Pins the latest value (it must still give `story`). */
  finalValue?: number;
  /** Decimals the values are rounded to; negative rounds to tens, hundreds, ... */
  decimals: number;
  /** Who records the measurements; defaults to the project lead. */
  recorderEmail?: string;
  /** Who recorded the latest one, when that is someone else. */
  latestRecorderEmail?: string;
  latestComment?: string;
};

export type DemoTakeout = { kr: number; /** Budget year relative to the seed year. */ yearOffset: number; confirmed: boolean };

export type DemoRichBenefit = {
  project: string;
  title: string;
  type: (typeof benefitTypes)[number];
  ownerEmail: string;
  /** Department key; defaults to the project's department. */
  receivingDepartmentKey?: string;
  indicator: string;
  unit: string;
  method: string;
  direction: "up" | "down";
  baselineValue: number;
  baselineMonths: number;
  targetValue: number;
  targetMonths: number;
  annualValueKr?: number;
  takeout?: DemoTakeout;
  status: (typeof benefitStatuses)[number];
  frequencyMonths: 1 | 3 | 6;
  measurements?: DemoMeasurements;
};

/** Follow-up on a benefit that the portfolio seed already created (found by project and title). */
export type DemoBenefitFollowUp = {
  project: string;
  title: string;
  frequencyMonths: 1 | 3 | 6;
  takeout?: DemoTakeout;
  measurements: DemoMeasurements;
};

type BaselineValues = { baselineValue: number; baselineMonths: number; targetValue: number; targetMonths: number };

export type DemoRebaseline = {
  project: string;
  title: string;
  requestedByEmail: string;
  requestedDaysAgo: number;
  reason: string;
} & (
  | { status: "pending"; /** The values asked for; the old values are the benefit's current ones. */ proposed: BaselineValues }
  | {
      status: "approved";
      /** The values before the change; the benefit itself holds the approved new values. */
      previous: BaselineValues;
      decision: { byEmail: string; daysAgo: number; comment: string };
    }
);

// ---------------------------------------------------------------------------
// Gevinster på projekter i implementering, gevinstrealisering og afsluttede projekter
// ---------------------------------------------------------------------------

export const demoRichBenefits: DemoRichBenefit[] = [
  // Elektroniske medicinskabe i botilbud
  {
    project: "DIG-2025-001",
    title: "Færre fejl i medicinhåndteringen",
    type: "quality",
    ownerEmail: "afdelingschef@egeby.dk",
    indicator: "Utilsigtede hændelser med medicin pr. måned",
    unit: "hændelser pr. måned",
    method: "Kvartalsvis udtræk fra Dansk Patientsikkerhedsdatabase for de otte botilbud",
    direction: "down",
    baselineValue: 22,
    baselineMonths: -13,
    targetValue: 9,
    targetMonths: 6,
    status: "realising",
    frequencyMonths: 3,
    measurements: { story: "on_track", lastDaysAgo: 35, decimals: 0 },
  },
  {
    project: "DIG-2025-001",
    title: "Mindre tid til dosering og optælling af medicin",
    type: "economic_time",
    ownerEmail: "afdelingschef@egeby.dk",
    indicator: "Timer brugt på medicinhåndtering pr. uge",
    unit: "timer pr. uge",
    method: "Tidsregistrering i to uger pr. kvartal på botilbuddene",
    direction: "down",
    baselineValue: 120,
    baselineMonths: -13,
    targetValue: 80,
    targetMonths: 6,
    annualValueKr: 1_100_000,
    status: "realising",
    frequencyMonths: 3,
    measurements: { story: "on_track", lastDaysAgo: 140, decimals: 0 },
  },

  // Faldsensorer i plejeboliger
  {
    project: "DIG-2025-003",
    title: "Færre faldulykker om natten",
    type: "quality",
    ownerEmail: "birgitte.rasmussen@egeby.dk",
    indicator: "Antal faldulykker pr. måned",
    unit: "faldulykker pr. måned",
    method: "Udtræk fra Nexus hver måned (registrerede fald på plejecentrene)",
    direction: "down",
    baselineValue: 46,
    baselineMonths: -16,
    targetValue: 30,
    targetMonths: 2,
    status: "realising",
    frequencyMonths: 1,
    measurements: {
      story: "off_track",
      lastDaysAgo: 12,
      decimals: 0,
      latestComment: "Tre plejecentre mangler stadig sensorer; faldene dér trækker tallet op.",
    },
  },
  {
    project: "DIG-2025-003",
    title: "Færre planlagte natlige tilsyn",
    type: "economic_time",
    ownerEmail: "birgitte.rasmussen@egeby.dk",
    indicator: "Planlagte natlige tilsyn pr. nat",
    unit: "tilsyn pr. nat",
    method: "Udtræk fra nattevagternes kørelister i Nexus hver måned",
    direction: "down",
    baselineValue: 180,
    baselineMonths: -16,
    targetValue: 110,
    targetMonths: 4,
    annualValueKr: 1_900_000,
    status: "realising",
    frequencyMonths: 1,
    measurements: { story: "watch", lastDaysAgo: 18, decimals: 0 },
  },
  {
    project: "DIG-2025-003",
    title: "Bedre arbejdsmiljø for nattevagterne",
    type: "work_environment",
    ownerEmail: "bo.thorsen@egeby.dk",
    indicator: "Sygefravær i procent",
    unit: "%",
    method: "Kvartalsvis udtræk fra lønsystemet for nattevagterne på plejecentrene",
    direction: "down",
    baselineValue: 7.8,
    baselineMonths: -16,
    targetValue: 6,
    targetMonths: 6,
    status: "approved",
    frequencyMonths: 3,
    measurements: {
      story: "off_track",
      lastDaysAgo: 135,
      decimals: 1,
      recorderEmail: "bo.thorsen@egeby.dk",
      latestComment: "Flere nattevagter melder om alarmtræthed efter mange falske alarmer.",
    },
  },

  // Digital pladsanvisning i dagtilbud
  {
    project: "DIG-2025-004",
    title: "Mindre manuel pladsanvisning",
    type: "economic_time",
    ownerEmail: "rasmus.lund@egeby.dk",
    indicator: "Timer brugt på pladsanvisning pr. måned",
    unit: "timer pr. måned",
    method: "Tidsregistrering i pladsanvisningen, opgjort hvert kvartal",
    direction: "down",
    baselineValue: 320,
    baselineMonths: -13,
    targetValue: 180,
    targetMonths: 6,
    annualValueKr: 620_000,
    status: "approved",
    frequencyMonths: 3,
    measurements: { story: "on_track", lastDaysAgo: 25, decimals: 0 },
  },
  {
    project: "DIG-2025-004",
    title: "Flere forældre søger plads digitalt",
    type: "citizen",
    ownerEmail: "rasmus.lund@egeby.dk",
    indicator: "Andel forældre der søger plads via selvbetjening (%)",
    unit: "%",
    method: "Udtræk fra pladsanvisningssystemet hvert kvartal",
    direction: "up",
    baselineValue: 35,
    baselineMonths: -13,
    targetValue: 90,
    targetMonths: 6,
    status: "approved",
    frequencyMonths: 3,
    measurements: { story: "on_track", lastDaysAgo: 55, decimals: 0, recorderEmail: "rasmus.lund@egeby.dk" },
  },

  // Digitale byggesager med automatisk sagsoplysning
  {
    project: "DIG-2025-006",
    title: "Kortere sagsbehandlingstid på byggesager",
    type: "citizen",
    ownerEmail: "peter.jakobsen@egeby.dk",
    indicator: "Sagsbehandlingstid i dage",
    unit: "dage",
    method: "Månedligt udtræk fra Byg og Miljø (median for afsluttede sager)",
    direction: "down",
    baselineValue: 62,
    baselineMonths: -18,
    targetValue: 35,
    targetMonths: 4,
    status: "approved",
    frequencyMonths: 1,
    measurements: {
      story: "off_track",
      lastDaysAgo: 10,
      decimals: 0,
      latestComment: "Sagerne rettes manuelt, fordi sagsoplysningen henter forkerte BBR-oplysninger.",
    },
  },
  {
    project: "DIG-2025-006",
    title: "Færre årsværk til byggesagsbehandling",
    type: "economic_cash",
    ownerEmail: "peter.jakobsen@egeby.dk",
    indicator: "Årsværk i byggesagsbehandlingen",
    unit: "årsværk",
    method: "Halvårlig opgørelse fra lønsystemet",
    direction: "down",
    baselineValue: 9,
    baselineMonths: -18,
    targetValue: 7.5,
    targetMonths: 6,
    annualValueKr: 850_000,
    takeout: { kr: 600_000, yearOffset: 0, confirmed: false },
    status: "approved",
    frequencyMonths: 6,
    measurements: { story: "watch", lastDaysAgo: 70, decimals: 2, recorderEmail: "peter.jakobsen@egeby.dk" },
  },

  // Chatbot i Borgerservice
  {
    project: "DIG-2025-008",
    title: "Færre telefonopkald om pas og kørekort",
    type: "economic_time",
    ownerEmail: "louise.madsen@egeby.dk",
    indicator: "Telefonopkald til Borgerservice pr. måned",
    unit: "opkald pr. måned",
    method: "Månedlig statistik fra telefonsystemet",
    direction: "down",
    baselineValue: 9500,
    baselineMonths: -11,
    targetValue: 7000,
    targetMonths: 9,
    annualValueKr: 1_300_000,
    status: "approved",
    frequencyMonths: 1,
    measurements: {
      story: "watch",
      lastDaysAgo: 16,
      decimals: 0,
      latestComment: "Chatbotten er endnu ikke lanceret; faldet skyldes flere digitale pasbestillinger.",
    },
  },
  {
    project: "DIG-2025-008",
    title: "Flere borgere klarer sig selv digitalt",
    type: "citizen",
    ownerEmail: "louise.madsen@egeby.dk",
    indicator: "Andel borgere der bruger selvbetjening (%)",
    unit: "%",
    method: "Kvartalsvis udtræk fra selvbetjeningsløsningerne og Borgerservices køsystem",
    direction: "up",
    baselineValue: 58,
    baselineMonths: -2,
    targetValue: 70,
    targetMonths: 12,
    status: "proposed",
    frequencyMonths: 3,
  },

  // RPA i behandling af sygedagpengesager
  {
    project: "DIG-2025-009",
    title: "Færre sagsbehandlertimer på sygedagpengesager",
    type: "economic_cash",
    ownerEmail: "martin.hansen@egeby.dk",
    indicator: "Sagsbehandlertimer pr. måned på sygedagpengesager",
    unit: "timer pr. måned",
    method: "Tidsregistrering i sygedagpengeteamet, opgjort hvert kvartal",
    direction: "down",
    baselineValue: 1450,
    baselineMonths: -14,
    targetValue: 1000,
    targetMonths: 6,
    annualValueKr: 1_800_000,
    takeout: { kr: 1_200_000, yearOffset: 0, confirmed: true },
    status: "approved",
    frequencyMonths: 3,
    measurements: {
      story: "off_track",
      lastDaysAgo: 150,
      decimals: 0,
      recorderEmail: "martin.hansen@egeby.dk",
      latestComment: "Robotten er ikke i drift endnu, så sagerne behandles stadig manuelt.",
    },
  },
  {
    project: "DIG-2025-009",
    title: "Flere rettidige opfølgninger",
    type: "quality",
    ownerEmail: "thomas.olsen@egeby.dk",
    indicator: "Andel opfølgningssamtaler afholdt rettidigt (%)",
    unit: "%",
    method: "Kvartalsvis udtræk fra fagsystemet til sygedagpenge",
    direction: "up",
    baselineValue: 78,
    baselineMonths: -14,
    targetValue: 95,
    targetMonths: 6,
    status: "approved",
    frequencyMonths: 3,
    measurements: { story: "watch", lastDaysAgo: 150, decimals: 1, recorderEmail: "thomas.olsen@egeby.dk" },
  },

  // Fælles dataplatform og ledelsesinformation
  {
    project: "DIG-2025-012",
    title: "Mindre manuel ledelsesrapportering",
    type: "economic_time",
    ownerEmail: "hanne.soerensen@egeby.dk",
    receivingDepartmentKey: "OEP",
    indicator: "Timer brugt på manuel ledelsesrapportering pr. måned",
    unit: "timer pr. måned",
    method: "Kvartalsvis spørgeskema til controllere og HR-konsulenter",
    direction: "down",
    baselineValue: 1200,
    baselineMonths: -20,
    targetValue: 500,
    targetMonths: 8,
    annualValueKr: 3_200_000,
    status: "approved",
    frequencyMonths: 3,
    measurements: {
      story: "off_track",
      lastDaysAgo: 30,
      decimals: 0,
      recorderEmail: "hanne.soerensen@egeby.dk",
      latestRecorderEmail: "mathias.poulsen@egeby.dk",
      latestComment: "Controllerne bygger stadig rapporterne i regneark, fordi tallene ikke kan valideres.",
    },
  },
  {
    project: "DIG-2025-012",
    title: "Lavere licensudgifter til rapportværktøjer",
    type: "economic_cash",
    ownerEmail: "jesper.thomsen@egeby.dk",
    indicator: "Licensudgifter til rapportværktøjer (kr. pr. år)",
    unit: "kr. pr. år",
    method: "Halvårlig opgørelse af licensfakturaer fra økonomisystemet",
    direction: "down",
    baselineValue: 1_450_000,
    baselineMonths: -20,
    targetValue: 650_000,
    targetMonths: 10,
    annualValueKr: 800_000,
    takeout: { kr: 800_000, yearOffset: 2, confirmed: false },
    status: "approved",
    frequencyMonths: 6,
    measurements: { story: "on_track", lastDaysAgo: 60, decimals: -3 },
  },
  {
    project: "DIG-2025-012",
    title: "Ledere bruger fælles ledelsesinformation",
    type: "quality",
    ownerEmail: "karsten.pedersen@egeby.dk",
    receivingDepartmentKey: "DIR",
    indicator: "Andel ledere der bruger ledelsesinformation mindst én gang om måneden (%)",
    unit: "%",
    method: "Brugsstatistik fra dataplatformen hvert kvartal",
    direction: "up",
    baselineValue: 15,
    baselineMonths: -20,
    targetValue: 75,
    targetMonths: 8,
    status: "approved",
    frequencyMonths: 3,
    measurements: { story: "watch", lastDaysAgo: 30, decimals: 0 },
  },

  // NIS2-efterlevelse og sikkerhedslogning
  {
    project: "DIG-2025-013",
    title: "Central logning på alle kritiske systemer",
    type: "quality",
    ownerEmail: "jesper.thomsen@egeby.dk",
    indicator: "Andel kritiske systemer med central sikkerhedslogning (%)",
    unit: "%",
    method: "Månedlig opgørelse fra logplatformen",
    direction: "up",
    baselineValue: 20,
    baselineMonths: -10,
    targetValue: 100,
    targetMonths: 5,
    status: "realising",
    frequencyMonths: 1,
    measurements: { story: "on_track", lastDaysAgo: 9, finalValue: 70.5, decimals: 1, latestComment: "31 af 44 kritiske systemer sender nu log." },
  },
  {
    project: "DIG-2025-013",
    title: "Hurtigere lukning af kritiske sårbarheder",
    type: "quality",
    ownerEmail: "jesper.thomsen@egeby.dk",
    indicator: "Dage fra en kritisk sårbarhed er fundet, til den er lukket",
    unit: "dage",
    method: "Kvartalsvis opgørelse fra sårbarhedsscanneren og penetrationstesten",
    direction: "down",
    baselineValue: 45,
    baselineMonths: -10,
    targetValue: 7,
    targetMonths: 5,
    status: "approved",
    frequencyMonths: 3,
    measurements: {
      story: "off_track",
      lastDaysAgo: 20,
      finalValue: 36,
      decimals: 0,
      latestComment: "To kritiske fund i fjernadgangen venter på en rettelse fra leverandøren.",
    },
  },

  // Digital genoptræning med videotræning
  {
    project: "DIG-2024-001",
    title: "Flere genoptræningsforløb med videotræning",
    type: "citizen",
    ownerEmail: "afdelingschef@egeby.dk",
    indicator: "Andel genoptræningsforløb med videotræning (%)",
    unit: "%",
    method: "Kvartalsvis udtræk fra Nexus over afsluttede genoptræningsforløb",
    direction: "up",
    baselineValue: 0,
    baselineMonths: -24,
    targetValue: 40,
    targetMonths: 3,
    status: "realising",
    frequencyMonths: 3,
    measurements: {
      story: "on_track",
      lastDaysAgo: 2,
      decimals: 0,
      latestRecorderEmail: "afdelingschef@egeby.dk",
      latestComment: "Kvartalets udtræk fra Nexus, gennemgået med terapeuterne.",
    },
  },
  {
    project: "DIG-2024-001",
    title: "Lavere udgifter til kørsel til genoptræning",
    type: "economic_cash",
    ownerEmail: "afdelingschef@egeby.dk",
    indicator: "Udgifter til befordring til genoptræning (kr. pr. måned)",
    unit: "kr. pr. måned",
    method: "Månedlige udgifter fra økonomisystemet, opgjort hvert kvartal",
    direction: "down",
    baselineValue: 185_000,
    baselineMonths: -24,
    targetValue: 120_000,
    targetMonths: 3,
    annualValueKr: 780_000,
    takeout: { kr: 600_000, yearOffset: -1, confirmed: true },
    status: "realising",
    frequencyMonths: 3,
    measurements: { story: "on_track", lastDaysAgo: 40, decimals: -2 },
  },

  // Skærmbesøg i hjemmeplejen
  {
    project: "DIG-2024-003",
    title: "Flere besøg klaret som skærmbesøg",
    type: "economic_time",
    ownerEmail: "lars.mikkelsen@egeby.dk",
    indicator: "Antal skærmbesøg pr. måned",
    unit: "skærmbesøg pr. måned",
    method: "Månedligt udtræk fra Nexus og skærmbesøgsløsningen",
    direction: "up",
    baselineValue: 0,
    baselineMonths: -28,
    targetValue: 1500,
    targetMonths: 2,
    annualValueKr: 1_600_000,
    status: "realising",
    frequencyMonths: 1,
    measurements: {
      story: "watch",
      lastDaysAgo: 20,
      finalValue: 1180,
      decimals: 0,
      latestComment: "Flere borgere fravælger skærmen efter en indlæggelse; visitationen gennemgår kriterierne.",
    },
  },
  {
    project: "DIG-2024-003",
    title: "Tilfredse borgere med skærmbesøg",
    type: "citizen",
    ownerEmail: "birgitte.rasmussen@egeby.dk",
    indicator: "Andel borgere der er tilfredse med skærmbesøg (%)",
    unit: "%",
    method: "Halvårlige telefoninterview med 60 tilfældigt udvalgte borgere",
    direction: "up",
    baselineValue: 70,
    baselineMonths: -28,
    targetValue: 85,
    targetMonths: 2,
    status: "realising",
    frequencyMonths: 6,
    measurements: { story: "on_track", lastDaysAgo: 100, decimals: 0 },
  },

  // Samlet forældrekommunikation i Aula for dagtilbud
  {
    project: "DIG-2025-005",
    title: "Hurtigere kontakt med forældrene",
    type: "citizen",
    ownerEmail: "rasmus.lund@egeby.dk",
    indicator: "Andel beskeder i Aula læst af forældrene inden for et døgn (%)",
    unit: "%",
    method: "Kvartalsvis udtræk fra Aulas statistikmodul",
    direction: "up",
    baselineValue: 55,
    baselineMonths: -18,
    targetValue: 85,
    targetMonths: 1,
    status: "realising",
    frequencyMonths: 3,
    measurements: { story: "on_track", lastDaysAgo: 30, decimals: 0 },
  },
  {
    project: "DIG-2025-005",
    title: "Mindre tid til forældrekommunikation",
    type: "economic_time",
    ownerEmail: "rasmus.lund@egeby.dk",
    indicator: "Timer brugt på forældrekommunikation pr. uge (alle dagtilbud)",
    unit: "timer pr. uge",
    method: "Tidsregistrering i seks udvalgte dagtilbud, opregnet hvert kvartal",
    direction: "down",
    baselineValue: 260,
    baselineMonths: -18,
    targetValue: 200,
    targetMonths: 1,
    annualValueKr: 950_000,
    status: "realising",
    frequencyMonths: 3,
    measurements: { story: "on_track", lastDaysAgo: 60, decimals: 0 },
  },

  // Selvbetjening til affaldsordninger
  {
    project: "DIG-2024-005",
    title: "Flere borgere bruger selvbetjening på affaldsområdet",
    type: "citizen",
    ownerEmail: "peter.jakobsen@egeby.dk",
    indicator: "Andel borgere der bruger selvbetjening (%)",
    unit: "%",
    method: "Kvartalsvis udtræk fra selvbetjeningsløsningen og affaldssystemet",
    direction: "up",
    baselineValue: 20,
    baselineMonths: -22,
    targetValue: 75,
    targetMonths: 2,
    status: "realising",
    frequencyMonths: 3,
    measurements: { story: "on_track", lastDaysAgo: 45, decimals: 0 },
  },
  {
    project: "DIG-2024-005",
    title: "Mindre kundeservice på affaldsområdet",
    type: "economic_cash",
    ownerEmail: "peter.jakobsen@egeby.dk",
    indicator: "Årsværk i affaldsteamets kundeservice",
    unit: "årsværk",
    method: "Halvårlig opgørelse fra lønsystemet",
    direction: "down",
    baselineValue: 4,
    baselineMonths: -22,
    targetValue: 2.5,
    targetMonths: 2,
    annualValueKr: 780_000,
    takeout: { kr: 780_000, yearOffset: 0, confirmed: true },
    status: "realising",
    frequencyMonths: 6,
    measurements: { story: "on_track", lastDaysAgo: 230, decimals: 2, recorderEmail: "peter.jakobsen@egeby.dk" },
  },

  // RPA i lønbehandling
  {
    project: "DIG-2024-008",
    title: "Færre manuelle timer i lønbehandlingen",
    type: "economic_cash",
    ownerEmail: "hanne.soerensen@egeby.dk",
    indicator: "Timer brugt på manuel lønindberetning pr. måned",
    unit: "timer pr. måned",
    method: "Tidsregistrering i lønteamet hver måned",
    direction: "down",
    baselineValue: 640,
    baselineMonths: -26,
    targetValue: 280,
    targetMonths: 1,
    annualValueKr: 1_450_000,
    takeout: { kr: 1_000_000, yearOffset: -1, confirmed: true },
    status: "realising",
    frequencyMonths: 1,
    measurements: {
      story: "off_track",
      lastDaysAgo: 75,
      decimals: 0,
      latestComment: "Robotten fejler efter overenskomstens nye tillæg og er sat på pause.",
    },
  },
  {
    project: "DIG-2024-008",
    title: "Færre fejl i lønudbetalingen",
    type: "quality",
    ownerEmail: "hanne.soerensen@egeby.dk",
    indicator: "Andel lønsedler med fejl (%)",
    unit: "%",
    method: "Kvartalsvis stikprøve på 500 lønsedler",
    direction: "down",
    baselineValue: 1.8,
    baselineMonths: -26,
    targetValue: 0.5,
    targetMonths: 1,
    status: "realising",
    frequencyMonths: 3,
    measurements: { story: "watch", lastDaysAgo: 40, decimals: 2 },
  },
  {
    project: "DIG-2024-008",
    title: "Mindre tidspres i lønteamet",
    type: "work_environment",
    ownerEmail: "hanne.soerensen@egeby.dk",
    indicator: "Sygefravær i procent",
    unit: "%",
    method: "Halvårligt udtræk fra lønsystemet for lønteamet",
    direction: "down",
    baselineValue: 6.5,
    baselineMonths: -26,
    targetValue: 4.5,
    targetMonths: 1,
    status: "realising",
    frequencyMonths: 6,
    measurements: { story: "on_track", lastDaysAgo: 120, decimals: 1, recorderEmail: "hanne.soerensen@egeby.dk" },
  },

  // Afsluttede projekter: gevinsterne følges fortsat op
  {
    project: "DIG-2024-002",
    title: "Rollebaseret adgang til borgerdata",
    type: "quality",
    ownerEmail: "dorthe.villadsen@egeby.dk",
    indicator: "Andel brugere af omsorgssystemet med rettigheder efter rolle (%)",
    unit: "%",
    method: "Halvårligt udtræk af brugerrettigheder fra omsorgssystemet",
    direction: "up",
    baselineValue: 40,
    baselineMonths: -28,
    targetValue: 100,
    targetMonths: -8,
    status: "realised",
    frequencyMonths: 6,
    measurements: { story: "on_track", lastDaysAgo: 60, decimals: 0 },
  },
  {
    project: "DIG-2024-004",
    title: "Færre tunge rengøringsopgaver",
    type: "work_environment",
    ownerEmail: "bo.thorsen@egeby.dk",
    indicator: "Sygefravær i procent",
    unit: "%",
    method: "Halvårligt udtræk fra lønsystemet for rengøringspersonalet på plejecentrene",
    direction: "down",
    baselineValue: 8.2,
    baselineMonths: -30,
    targetValue: 6.5,
    targetMonths: -14,
    status: "realised",
    frequencyMonths: 6,
    measurements: { story: "on_track", lastDaysAgo: 90, decimals: 1 },
  },
  {
    project: "DIG-2024-004",
    title: "Lavere udgifter til ekstern rengøring",
    type: "economic_cash",
    ownerEmail: "bo.thorsen@egeby.dk",
    indicator: "Udgifter til ekstern rengøring (kr. pr. måned)",
    unit: "kr. pr. måned",
    method: "Fakturaer fra rengøringsleverandøren, opgjort hvert halve år",
    direction: "down",
    baselineValue: 96_000,
    baselineMonths: -30,
    targetValue: 70_000,
    targetMonths: -14,
    annualValueKr: 310_000,
    takeout: { kr: 310_000, yearOffset: -1, confirmed: true },
    status: "realised",
    frequencyMonths: 6,
    measurements: { story: "on_track", lastDaysAgo: 90, decimals: -2 },
  },
  {
    project: "DIG-2024-006",
    title: "Færre henvendelser om login fra virksomheder",
    type: "citizen",
    ownerEmail: "pernille.laursen@egeby.dk",
    indicator: "Henvendelser fra virksomheder om login pr. måned",
    unit: "henvendelser pr. måned",
    method: "Statistik fra telefonsystemet, opgjort hvert halve år",
    direction: "down",
    baselineValue: 420,
    baselineMonths: -32,
    targetValue: 150,
    targetMonths: -18,
    status: "realised",
    frequencyMonths: 6,
    measurements: { story: "on_track", lastDaysAgo: 120, decimals: 0, recorderEmail: "pernille.laursen@egeby.dk" },
  },
  {
    project: "DIG-2025-011",
    title: "Færre udeblivelser fra samtaler",
    type: "economic_cash",
    ownerEmail: "thomas.olsen@egeby.dk",
    indicator: "Andel udeblivelser fra samtaler i Jobcentret (%)",
    unit: "%",
    method: "Kvartalsvis udtræk fra bookingsystemet",
    direction: "down",
    baselineValue: 14,
    baselineMonths: -21,
    targetValue: 8,
    targetMonths: -6,
    annualValueKr: 720_000,
    status: "realised",
    frequencyMonths: 3,
    measurements: { story: "on_track", lastDaysAgo: 30, decimals: 1 },
  },
  {
    project: "DIG-2024-007",
    title: "Flere besøg uden for den bemandede åbningstid",
    type: "citizen",
    ownerEmail: "signe.larsen@egeby.dk",
    indicator: "Besøg uden for bemandet åbningstid pr. måned",
    unit: "besøg pr. måned",
    method: "Adgangsstatistik fra dørsystemet, opgjort hvert kvartal",
    direction: "up",
    baselineValue: 0,
    baselineMonths: -26,
    targetValue: 2500,
    targetMonths: -9,
    status: "realised",
    frequencyMonths: 3,
    measurements: { story: "on_track", lastDaysAgo: 50, decimals: 0 },
  },
  {
    project: "DIG-2024-007",
    title: "Færre bemandede timer i Egeby Nord",
    type: "economic_cash",
    ownerEmail: "signe.larsen@egeby.dk",
    indicator: "Bemandede timer pr. uge i Egeby Nord",
    unit: "timer pr. uge",
    method: "Vagtplanen, opgjort hvert kvartal",
    direction: "down",
    baselineValue: 52,
    baselineMonths: -26,
    targetValue: 34,
    targetMonths: -9,
    annualValueKr: 350_000,
    takeout: { kr: 350_000, yearOffset: -1, confirmed: true },
    status: "realised",
    frequencyMonths: 3,
    measurements: { story: "on_track", lastDaysAgo: 50, decimals: 0 },
  },

  // Stoppet projekt: gevinsten er afbrudt
  {
    project: "DIG-2025-010",
    title: "Kortere ledighed med jobanbefalinger",
    type: "economic_cash",
    ownerEmail: "thomas.olsen@egeby.dk",
    indicator: "Gennemsnitlig ledighedsperiode i uger",
    unit: "uger",
    method: "Kvartalsvis udtræk fra Jobindsats",
    direction: "down",
    baselineValue: 26,
    baselineMonths: -15,
    targetValue: 22,
    targetMonths: 3,
    annualValueKr: 900_000,
    status: "cancelled",
    frequencyMonths: 3,
    measurements: {
      story: "off_track",
      lastDaysAgo: 95,
      decimals: 1,
      latestComment: "Sidste måling før projektet blev stoppet. Gevinsten er afbrudt.",
    },
  },
];

// ---------------------------------------------------------------------------
// Opfølgning på gevinsterne fra porteføljedata (projekter i afprøvning)
// ---------------------------------------------------------------------------

export const demoBenefitFollowUps: DemoBenefitFollowUp[] = [
  {
    project: "DIG-2026-001",
    title: "Frigjort tid til dokumentation i sygeplejen",
    frequencyMonths: 1,
    measurements: {
      story: "watch",
      lastDaysAgo: 3,
      decimals: 0,
      latestComment: "Mange notater rettes stadig manuelt; den nye fagordbog er ikke taget i brug endnu.",
    },
  },
  {
    project: "DIG-2026-001",
    title: "Færre mangler i sygeplejens dokumentation",
    frequencyMonths: 3,
    measurements: { story: "on_track", lastDaysAgo: 115, decimals: 0, latestComment: "Første journalaudit efter opstart i distrikt Nord og Syd." },
  },
  {
    project: "DIG-2026-003",
    title: "Mindre kørsel i hjemmeplejen",
    frequencyMonths: 1,
    takeout: { kr: 400_000, yearOffset: 1, confirmed: false },
    measurements: { story: "on_track", lastDaysAgo: 14, finalValue: 37_400, decimals: -1, latestComment: "11 % mindre kørsel end før afprøvningen." },
  },
  {
    project: "DIG-2026-003",
    title: "Mere tid hos borgerne",
    frequencyMonths: 3,
    measurements: { story: "watch", lastDaysAgo: 40, decimals: 0, recorderEmail: "birgitte.rasmussen@egeby.dk" },
  },
  {
    project: "DIG-2026-005",
    title: "Flere sprogvurderinger til tiden",
    frequencyMonths: 3,
    measurements: { story: "on_track", lastDaysAgo: 45, decimals: 0 },
  },
  {
    project: "DIG-2025-007",
    title: "Mindre saltforbrug",
    frequencyMonths: 6,
    takeout: { kr: 300_000, yearOffset: 1, confirmed: false },
    measurements: { story: "on_track", lastDaysAgo: 150, finalValue: 1944, decimals: 0, latestComment: "Vintersæsonen opgjort: 19 % mindre salt på de sensorstyrede ruter." },
  },
  {
    project: "DIG-2025-007",
    title: "Færre glatføreuheld",
    frequencyMonths: 6,
    measurements: { story: "on_track", lastDaysAgo: 150, decimals: 0 },
  },
  {
    project: "DIG-2026-011",
    title: "Mindre tid til nøgleudlevering",
    frequencyMonths: 1,
    measurements: { story: "on_track", lastDaysAgo: 20, decimals: 0 },
  },
  {
    project: "DIG-2026-011",
    title: "Bedre udnyttelse af hallerne",
    frequencyMonths: 3,
    measurements: { story: "on_track", lastDaysAgo: 50, decimals: 0, recorderEmail: "signe.larsen@egeby.dk" },
  },
  {
    project: "DIG-2026-012",
    title: "Hurtigere oprettelse af brugere",
    frequencyMonths: 1,
    measurements: { story: "on_track", lastDaysAgo: 9, decimals: 0 },
  },
];

// ---------------------------------------------------------------------------
// Ændringer af baseline og mål
// ---------------------------------------------------------------------------

export const demoRebaselines: DemoRebaseline[] = [
  {
    project: "DIG-2024-003",
    title: "Flere besøg klaret som skærmbesøg",
    status: "approved",
    requestedByEmail: "lars.mikkelsen@egeby.dk",
    requestedDaysAgo: 290,
    reason:
      "Visitationen har besluttet, at borgere med demens ikke tilbydes skærmbesøg, og medicinpåmindelser er flyttet til elektroniske medicinskabe. Målgruppen er derfor ca. 30 % mindre end forudsat i business casen, og målet sænkes fra 2.200 til 1.500 skærmbesøg om måneden.",
    previous: { baselineValue: 0, baselineMonths: -28, targetValue: 2200, targetMonths: -1 },
    decision: {
      byEmail: "henrik.mortensen@egeby.dk",
      daysAgo: 281,
      comment: "Godkendt. Den lavere gevinst indarbejdes i budgetopfølgningen, og målet fastholdes herefter.",
    },
  },
  {
    project: "DIG-2025-006",
    title: "Kortere sagsbehandlingstid på byggesager",
    status: "approved",
    requestedByEmail: "katrine.schou@egeby.dk",
    requestedDaysAgo: 200,
    reason:
      "Baselinen er genberegnet efter en fejl i udtrækket: sager sat på pause for manglende oplysninger var ikke talt med. Samtidig flyttes måldatoen tre måneder, svarende til forsinkelsen af integrationen.",
    previous: { baselineValue: 54, baselineMonths: -18, targetValue: 35, targetMonths: 1 },
    decision: {
      byEmail: "soeren.andersen@egeby.dk",
      daysAgo: 189,
      comment: "Godkendt. Den nye baseline er valideret af Økonomi; målet på 35 dage fastholdes.",
    },
  },
  {
    project: "DIG-2025-003",
    title: "Færre faldulykker om natten",
    status: "pending",
    requestedByEmail: "helle.petersen@egeby.dk",
    requestedDaysAgo: 6,
    reason:
      "Udrulningen til de sidste tre plejecentre er forsinket fem måneder, fordi leverandøren ikke har kunnet levere sensorer. Måldatoen flyttes, så den følger den nye tidsplan; målet på 30 faldulykker om måneden fastholdes.",
    proposed: { baselineValue: 46, baselineMonths: -16, targetValue: 30, targetMonths: 7 },
  },
];

// ---------------------------------------------------------------------------
// Afsluttende erfaringsnotater (bruges af Erfaringsbanken)
// ---------------------------------------------------------------------------

export const demoClosingLearnings: Record<string, string> = {
  "DIG-2024-002":
    "Rollebaserede rettigheder virker kun, når lederne ejer rollerne og ikke IT. Vi brugte for lang tid på at rydde op i gamle rettigheder, fordi ingen vidste, hvem der havde givet dem. Start med en oprydning, og aftal en fast kvartalsvis gennemgang af rettigheder med hver leder.",
  "DIG-2024-004":
    "Robotstøvsugerne virker bedst i nyere bygninger med få dørtrin; i de ældre boliger måtte vi fjerne tæpper og flytte møbler først. Hvor en fast robotansvarlig tømte og vedligeholdt maskinerne, blev de brugt hver dag. Gevinsten lå mere i arbejdsmiljøet end i kroner.",
  "DIG-2024-006":
    "En lovpligtig overgang med fast deadline kræver tidlig kommunikation til de mindste virksomheder og foreninger, som ikke har en it-ansvarlig. Korte vejledninger og drop-in i Borgerservice virkede bedre end lange breve. Fælles vejledninger med nabokommunerne sparede os for meget arbejde.",
  "DIG-2025-011":
    "Påmindelser reducerede udeblivelserne mest, når de blev sendt to dage før samtalen med et link til at flytte tiden. Den juridiske afklaring af sms til borgerne tog tre måneder og burde være startet i analysen. Løsningen er billig og nem at dele med andre jobcentre.",
  "DIG-2024-007":
    "Et meråbent bibliotek kræver et trygt rum: god belysning, kamera ved indgangen og et telefonnummer, man kan ringe til. De nye brugere uden for den bemandede tid er især børnefamilier og studerende, som vi ikke nåede før. Lokalrådet kom med fra starten, og det gav opbakning og færre bekymringer om hærværk.",
};
