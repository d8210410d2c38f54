import { auditFieldLabel, describeAuditAction } from "./audit-descriptions";
import { controlledFieldLabels, decisionOutcomeLabels, phaseLabels } from "./labels";

type Changes = Record<string, unknown>;

const decisionWord = (value: unknown) => decisionOutcomeLabels[value as keyof typeof decisionOutcomeLabels] ?? String(value);
const phase = (value: unknown) => phaseLabels[value as keyof typeof phaseLabels] ?? String(value);

const fieldLabel = (field: string) => controlledFieldLabels[field as keyof typeof controlledFieldLabels] ?? field;
const fieldNames = (fields: unknown) =>
  (fields && typeof fields === "object" ? Object.keys(fields) : []).map((field) => fieldLabel(field).toLowerCase()).join(", ");

/** One Danish line per audit event in a project's history. */
export function describeHistoryEvent(action: string, changes: Changes): string {
  switch (action) {
    case "project.create":
      return "Projektet blev oprettet";
    case "project.update": {
      const fields = Object.keys(changes);
      return fields.length ? `Projektet blev ændret: ${fields.map((field) => auditFieldLabel(field).toLowerCase()).join(", ")}` : "Projektet blev gemt uden ændringer";
    }
    case "project.phase":
      return `Fase ændret: ${phase(changes.from)} → ${phase(changes.to)}${changes.reason ? ` (${String(changes.reason)})` : ""}`;
    case "gate.request":
      return `Fasegodkendelse anmodet: ${phase(changes.from)} → ${phase(changes.to)}`;
    case "gate.approve":
      return `Fasegodkendelse godkendt: ${phase(changes.from)} → ${phase(changes.to)}${changes.comment ? ` — ${String(changes.comment)}` : ""}`;
    case "gate.reject":
      return `Fasegodkendelse afvist: ${phase(changes.from)} → ${phase(changes.to)}${changes.comment ? ` — ${String(changes.comment)}` : ""}`;
    case "status_report.publish":
      return "Statusrapport udgivet";
    case "status_report.draft":
      return "Kladde til statusrapport gemt";
    case "risk.create":
      return `Risiko registreret${changes.title ? `: ${String(changes.title)}` : ""}`;
    case "risk.update":
      return "Risiko ændret";
    case "involvement.create":
      return "Inddragelse registreret";
    case "involvement.update":
      return "Inddragelse ændret";
    case "involvement.delete":
      return "Inddragelse slettet";
    case "benefit.create":
      return `Gevinst oprettet${changes.title ? `: ${String(changes.title)}` : ""}`;
    case "benefit.update":
      return "Gevinst ændret";
    case "benefit.measure":
      return "Måling registreret";
    case "benefit.measure_correct":
      return "Måling rettet";
    case "benefit.measure_delete":
      return "Måling slettet";
    case "benefit.rebaseline_request":
      return "Ny baseline anmodet";
    case "benefit.rebaseline_approve":
      return `Ny baseline godkendt${changes.comment ? ` — ${String(changes.comment)}` : ""}`;
    case "benefit.rebaseline_reject":
      return `Ny baseline afvist${changes.comment ? ` — ${String(changes.comment)}` : ""}`;
    case "change_request.file":
      return `Ændringsanmodning sendt: ${fieldNames(changes.fields)}`;
    case "change_request.approve":
      return `Ændringsanmodning godkendt: ${fieldNames(changes.fields)}${changes.comment ? ` — ${String(changes.comment)}` : ""}`;
    case "change_request.reject":
      return `Ændringsanmodning afvist: ${fieldNames(changes.fields)}${changes.comment ? ` — ${String(changes.comment)}` : ""}`;
    case "meeting.decision":
      return `Koncernledelsen besluttede: ${decisionWord(changes.outcome)}${changes.title ? ` — ${String(changes.title)}` : ""}${changes.meetingTitle ? ` (${String(changes.meetingTitle)})` : ""}`;
    case "meeting.decision_undo":
      return `Koncernledelsen fortrød beslutningen ${decisionWord(changes.outcome)}${changes.title ? ` — ${String(changes.title)}` : ""}${changes.reason ? `. Begrundelse: ${String(changes.reason)}` : ""}`;
    default:
      return describeAuditAction(action);
  }
}
