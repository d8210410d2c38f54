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
