import { experimentDecisionLabels } from "@/lib/domain/labels";

type Changes = Record<string, unknown>;

const text = (value: unknown) => (value == null ? "" : String(value));
const titled = (changes: Changes) => (changes.title ? ` «${text(changes.title)}»` : "");

/** One Danish line per audit event on a zone (its own changes and its experiments'). */
export function describeZoneEvent(action: string, changes: Changes): string {
  switch (action) {
    case "zone.create":
      return "Udviklingsrummet blev oprettet";
    case "zone.update": {
      const count = Object.keys(changes).length;
      return count ? `Udviklingsrummet blev ændret (${count} ${count === 1 ? "felt" : "felter"})` : "Udviklingsrummet blev gemt uden ændringer";
    }
    case "zone.member_add":
      return `${text(changes.name)} blev medlem${changes.isMedRepresentative ? " som MED-repræsentant" : ""}`;
    case "zone.member_remove":
      return `${text(changes.name)} blev fjernet fra rummet`;
    case "zone.member_med":
      return changes.isMedRepresentative ? `${text(changes.name)} blev MED-repræsentant` : `${text(changes.name)} er ikke længere MED-repræsentant`;
    case "experiment.create":
      return `Testkort oprettet:${titled(changes)}`;
    case "experiment.start":
      return changes.to === "awaiting_approval"
        ? `Forsøget${titled(changes)} afventer godkendelse, fordi det bringer rummet over risikorammen`
        : `Forsøget${titled(changes)} blev startet`;
    case "experiment.approve":
      return `Sponsoren godkendte forsøget${titled(changes)} over risikorammen`;
    case "experiment.reject":
      return `Sponsoren afviste forsøget${titled(changes)}${changes.reason ? `: ${text(changes.reason)}` : ""}`;
    case "experiment.finish": {
      const decision = experimentDecisionLabels[changes.decision as keyof typeof experimentDecisionLabels];
      return `Forsøget${titled(changes)} blev afsluttet${decision ? ` med beslutningen ${decision}` : ""}`;
    }
    case "experiment.update":
      return "Et testkort blev rettet";
    case "experiment.delete":
      return `Kladden${titled(changes)} blev slettet`;
    case "experiment.promote":
      return `Forsøget${titled(changes)} blev skaleret til projektet ${text(changes.projectCode)}`;
    default:
      return action;
  }
}
