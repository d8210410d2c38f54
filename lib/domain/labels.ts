import type {
  AgendaItemKind,
  BenefitDirection,
  BenefitStatus,
  BenefitType,
  ChangeRequestStatus,
  ControlledProjectField,
  DepartmentKind,
  EvidenceStrength,
  ExperimentDecision,
  ExperimentState,
  GateStatus,
  IdeaStatus,
  InspirationSource,
  InvolvementForm,
  InvolvementGroup,
  InvolvementState,
  Light,
  MeetingStatus,
  Phase,
  QueueKind,
  RadarRing,
  RebaselineStatus,
  ReportDimension,
  ReportState,
  RiskCategory,
  RiskStatus,
  SearchKind,
  SharingLevel,
} from "@/lib/codes";

/** The Danish words for every code the portal stores (lib/codes.ts); each map covers its whole code list. */

export { roleLabels } from "./role-labels";

export const phaseLabels = {
  idea: "Idé",
  analysis: "Analyse",
  trial: "Afprøvning",
  implementation: "Implementering",
  realisation: "Gevinstrealisering",
  closed: "Afsluttet",
  stopped: "Stoppet",
} as const satisfies Record<Phase, string>;

export { purposeLabels } from "./purpose-labels";

export { focusLabels, priorityLabels, projectFieldLabels } from "./project-labels";

export const departmentKindLabels = { area: "Fagområde", staff_unit: "Stab" } as const satisfies Record<DepartmentKind, string>;

export const lightLabels = { green: "Grøn", yellow: "Gul", red: "Rød" } as const satisfies Record<Light, string>;

export const dimensionLabels = {
  time: "Tid",
  economy: "Økonomi",
  delivery: "Leverance/kvalitet",
  risk: "Risiko",
  benefits: "Gevinster",
  overall: "Samlet",
} as const satisfies Record<ReportDimension, string>;

export const reportStateLabels = { draft: "Kladde", published: "Udgivet" } as const satisfies Record<ReportState, string>;

export const gateStatusLabels = {
  pending: "Afventer direktionen",
  approved: "Godkendt",
  rejected: "Afvist",
  withdrawn: "Trukket tilbage",
} as const satisfies Record<GateStatus, string>;

export const riskCategoryLabels = {
  technology: "Teknologi",
  economy: "Økonomi",
  organisation: "Organisation",
  supplier: "Leverandør",
  legal_gdpr: "Jura/GDPR",
  adoption: "Ibrugtagning",
} as const satisfies Record<RiskCategory, string>;

export const riskStatusLabels = { open: "Åben", closed: "Lukket" } as const satisfies Record<RiskStatus, string>;

export const involvementGroupLabels = {
  citizens: "Borgere/brugere",
  employees: "Medarbejdere",
  med: "MED-udvalg",
  union: "Faglig organisation",
  other_municipality: "Anden kommune",
  supplier: "Leverandør",
} as const satisfies Record<InvolvementGroup, string>;

export const involvementFormLabels = {
  workshop: "Workshop",
  test: "Test",
  hearing: "Høring",
  interview: "Interview",
  briefing: "Orientering",
} as const satisfies Record<InvolvementForm, string>;

export const involvementStateLabels = { planned: "Planlagt", done: "Gennemført" } as const satisfies Record<InvolvementState, string>;

export const benefitTypeLabels = {
  economic_cash: "Økonomisk, budgetvirkende",
  economic_time: "Frigjort tid",
  quality: "Kvalitet",
  citizen: "Borgeroplevelse",
  work_environment: "Arbejdsmiljø",
} as const satisfies Record<BenefitType, string>;

/** Which way a benefit's figure should move: up (higher is better) or down (lower is better). */
/** How often a benefit is measured, by months between measurements; a frequency not listed reads "Hver N. måned". */
export const measurementFrequencyLabels: Record<number, string> = { 1: "Hver måned", 3: "Hvert kvartal", 6: "Hvert halve år", 12: "Hvert år" };

export const measurementFrequencyLabel = (months: number) => measurementFrequencyLabels[months] ?? `Hver ${months}. måned`;

export const benefitDirectionLabels = { up: "Tallet skal op", down: "Tallet skal ned" } as const satisfies Record<BenefitDirection, string>;

export const benefitStatusLabels = {
  proposed: "Foreslået",
  approved: "Godkendt",
  realising: "Under realisering",
  realised: "Realiseret",
  cancelled: "Afbrudt",
} as const satisfies Record<BenefitStatus, string>;

export const assessmentLabels = { on_track: "I rute", watch: "Følg med", off_track: "Afvigelse" } as const;

export const rebaselineStatusLabels = { pending: "Afventer direktør", approved: "Godkendt", rejected: "Afvist" } as const satisfies Record<RebaselineStatus, string>;

export const radarRingLabels = { adopt: "Klar", trial: "Afprøv", assess: "Hold øje", hold: "Afvent" } as const satisfies Record<RadarRing, string>;

export const experimentStateLabels = {
  draft: "Kladde",
  awaiting_approval: "Afventer godkendelse",
  running: "I gang",
  finished: "Afsluttet",
  rejected: "Afvist",
} as const satisfies Record<ExperimentState, string>;

export const experimentDecisionLabels = { scale: "Skalér", adjust: "Tilpas", stop: "Stop", continue: "Fortsæt afprøvning" } as const satisfies Record<ExperimentDecision, string>;

export const evidenceStrengthLabels = { weak: "Svag", moderate: "Moderat", strong: "Stærk" } as const satisfies Record<EvidenceStrength, string>;

export const sharingLabels = { internal: "Intern", network: "Netværk/andre kommuner", public: "Offentlig" } as const satisfies Record<SharingLevel, string>;

export const ideaStatusLabels = {
  new: "Ny",
  reviewing: "Vurderes",
  to_experiment: "Til forsøg",
  rejected: "Afvist",
  became_project: "Blevet projekt",
} as const satisfies Record<IdeaStatus, string>;

export const inspirationSourceLabels = {
  network: "Netværk",
  conference: "Konference",
  course: "Uddannelse",
  municipality: "Anden kommune",
  kl_os2: "KL/OS2",
  other: "Andet",
} as const satisfies Record<InspirationSource, string>;

export const meetingStatusLabels = { planned: "Planlagt", held: "Afholdt", minutes_approved: "Referat godkendt" } as const satisfies Record<MeetingStatus, string>;

export const agendaItemKindLabels = {
  information: "Orientering",
  discussion: "Drøftelse",
  decision: "Beslutning",
  gate: "Fasegodkendelse",
} as const satisfies Record<AgendaItemKind, string>;

export { decisionOutcomeLabels } from "./decision-outcomes";

export const queueKindLabels = {
  gate: "Fasegodkendelse",
  rebaseline: "Ny baseline",
  change_request: "Ændringsanmodning",
  red_project: "Rødt projekt",
  experiment_approval: "Forsøg over risikoramme",
  experiment_scale: "Skalering af forsøg",
} as const satisfies Record<QueueKind, string>;

export const learningKindLabels = { experiment: "Forsøg", project: "Afsluttet projekt", inspiration: "Udsyn" } as const satisfies Record<SearchKind, string>;

/** Board-controlled project fields (changed by the direktion, or through an ændringsanmodning). */
export const controlledFieldLabels = {
  approvedBudgetKr: "Godkendt budget",
  baselineStart: "Planlagt start",
  baselineEnd: "Planlagt slut (baseline)",
  departmentId: "Afdeling",
  ownerId: "Projektejer",
  phase: "Fase",
} as const satisfies Record<ControlledProjectField, string>;

export const changeRequestStatusLabels = { pending: "Afventer direktionen", approved: "Godkendt", rejected: "Afvist" } as const satisfies Record<ChangeRequestStatus, string>;

/** The names of a test card's fields: in the newest saved values after a stale edit, and in the audit log. */
export const testCardFieldLabels: Record<string, string> = {
  title: "Titel",
  hypothesis: "Hypotese",
  test: "Test",
  metric: "Målepunkt",
  successCriterion: "Succeskriterium",
  periodStart: "Startdato",
  periodEnd: "Slutdato",
  moneyAtRiskKr: "Beløb på spil",
  projectId: "Projekt",
  technology: "Teknologi",
  radarRing: "Ring på teknologiradaren",
  involvementPlanned: "Planlagt inddragelse",
};

/** The names of an involvement entry's fields: its form, the newer values after a stale edit, and the audit log. */
export const involvementFieldLabels = {
  date: "Dato",
  state: "Planlagt eller gennemført",
  group: "Hvem blev inddraget",
  form: "Form",
  summary: "Hvad skete der",
  outcome: "Resultat",
} as const;
