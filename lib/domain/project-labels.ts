import type { FocusArea, Priority } from "@/lib/codes";

/** The project form's words; a module of its own so the form does not carry every label map to the browser. */
export const focusLabels = {
  efficiency: "Effektivisering",
  new_service: "Ny service",
  quality: "Kvalitet",
  communication: "Kommunikation",
} as const satisfies Record<FocusArea, string>;

export const priorityLabels = { high: "Høj", medium: "Middel", low: "Lav" } as const satisfies Record<Priority, string>;

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
