/** The Danish words for every code the portal stores (DESIGN.md §2). */

export const roleLabels = {
  director: "Direktør",
  department_head: "Afdelingschef",
  staff: "Medarbejder",
  admin: "Administrator",
} as const;

export const phaseLabels = {
  idea: "Idé",
  analysis: "Analyse",
  trial: "Afprøvning",
  implementation: "Implementering",
  realisation: "Gevinstrealisering",
  closed: "Afsluttet",
  stopped: "Stoppet",
} as const;

export const purposeLabels = {
  efficiency: "Effektivisering",
  new_service: "Ny service",
  quality: "Kvalitet",
  communication: "Kommunikation",
  compliance: "Lovkrav",
} as const;

export const focusLabels = {
  efficiency: "Effektivisering",
  new_service: "Ny service",
  quality: "Kvalitet",
  communication: "Kommunikation",
} as const;

export const priorityLabels = { high: "Høj", medium: "Middel", low: "Lav" } as const;

export const departmentKindLabels = { area: "Fagområde", staff_unit: "Stab" } as const;

export const projectFieldLabels = {
  code: "Projektnummer",
  title: "Titel",
  summary: "Resumé",
  purpose: "Formål",
  department: "Afdeling",
  zone: "Udviklingsrum",
  owner: "Projektejer",
  lead: "Projektleder",
  phase: "Fase",
  baselineStart: "Planlagt start",
  baselineEnd: "Planlagt slut (baseline)",
  forecastEnd: "Forventet slut",
  approvedBudgetKr: "Godkendt budget",
  spentKr: "Forbrugt",
  priority: "Prioritet",
  tags: "Teknologier",
  goals: "Strategiske mål",
  updatedAt: "Senest ændret",
} as const;

export const lightLabels = { green: "Grøn", yellow: "Gul", red: "Rød" } as const;

export const dimensionLabels = {
  time: "Tid",
  economy: "Økonomi",
  delivery: "Leverance/kvalitet",
  risk: "Risiko",
  benefits: "Gevinster",
  overall: "Samlet",
} as const;

export const reportStateLabels = { draft: "Kladde", published: "Udgivet" } as const;

export const gateStatusLabels = {
  pending: "Afventer direktionen",
  approved: "Godkendt",
  rejected: "Afvist",
  withdrawn: "Trukket tilbage",
} as const;

export const riskCategoryLabels = {
  technology: "Teknologi",
  economy: "Økonomi",
  organisation: "Organisation",
  supplier: "Leverandør",
  legal_gdpr: "Jura/GDPR",
  adoption: "Ibrugtagning",
} as const;

export const riskStatusLabels = { open: "Åben", closed: "Lukket" } as const;

export const involvementGroupLabels = {
  citizens: "Borgere/brugere",
  employees: "Medarbejdere",
  med: "MED-udvalg",
  union: "Faglig organisation",
  other_municipality: "Anden kommune",
  supplier: "Leverandør",
} as const;

export const involvementFormLabels = {
  workshop: "Workshop",
  test: "Test",
  hearing: "Høring",
  interview: "Interview",
  briefing: "Orientering",
} as const;

export const involvementStateLabels = { planned: "Planlagt", done: "Gennemført" } as const;

export const benefitTypeLabels = {
  economic_cash: "Økonomisk, budgetvirkende",
  economic_time: "Frigjort tid",
  quality: "Kvalitet",
  citizen: "Borgeroplevelse",
  work_environment: "Arbejdsmiljø",
} as const;

export const benefitStatusLabels = {
  proposed: "Foreslået",
  approved: "Godkendt",
  realising: "Under realisering",
  realised: "Realiseret",
  cancelled: "Afbrudt",
} as const;

export const assessmentLabels = { on_track: "I rute", watch: "Følg med", off_track: "Afvigelse" } as const;

export const rebaselineStatusLabels = { pending: "Afventer direktør", approved: "Godkendt", rejected: "Afvist" } as const;

export const radarRingLabels = { adopt: "Klar", trial: "Afprøv", assess: "Hold øje", hold: "Afvent" } as const;

export const experimentStateLabels = {
  draft: "Kladde",
  awaiting_approval: "Afventer godkendelse",
  running: "I gang",
  finished: "Afsluttet",
  rejected: "Afvist",
} as const;

export const experimentDecisionLabels = { scale: "Skalér", adjust: "Tilpas", stop: "Stop", continue: "Fortsæt afprøvning" } as const;

export const evidenceStrengthLabels = { weak: "Svag", moderate: "Moderat", strong: "Stærk" } as const;

export const sharingLabels = { internal: "Intern", network: "Netværk/andre kommuner", public: "Offentlig" } as const;

export const ideaStatusLabels = {
  new: "Ny",
  reviewing: "Vurderes",
  to_experiment: "Til forsøg",
  rejected: "Afvist",
  became_project: "Blevet projekt",
} as const;

export const inspirationSourceLabels = {
  network: "Netværk",
  conference: "Konference",
  course: "Uddannelse",
  municipality: "Anden kommune",
  kl_os2: "KL/OS2",
  other: "Andet",
} as const;

export const meetingStatusLabels = { planned: "Planlagt", held: "Afholdt", minutes_approved: "Referat godkendt" } as const;

export const agendaItemKindLabels = {
  information: "Orientering",
  discussion: "Drøftelse",
  decision: "Beslutning",
  gate: "Fasegodkendelse",
} as const;

export const decisionOutcomeLabels = { approved: "Godkendt", rejected: "Afvist", postponed: "Udsat", adjusted: "Justeret" } as const;

export const queueKindLabels = {
  gate: "Fasegodkendelse",
  rebaseline: "Ny baseline",
  change_request: "Ændringsanmodning",
  red_project: "Rødt projekt",
  experiment_approval: "Forsøg over risikoramme",
  experiment_scale: "Skalering af forsøg",
} as const;

export const learningKindLabels = { experiment: "Forsøg", project: "Afsluttet projekt", inspiration: "Udsyn" } as const;

/** Board-controlled project fields (changed by the direktion, or through an ændringsanmodning). */
export const controlledFieldLabels = {
  approvedBudgetKr: "Godkendt budget",
  baselineStart: "Planlagt start",
  baselineEnd: "Planlagt slut (baseline)",
  departmentId: "Afdeling",
  ownerId: "Projektejer",
  phase: "Fase",
} as const;

export const changeRequestStatusLabels = { pending: "Afventer direktionen", approved: "Godkendt", rejected: "Afvist" } as const;
