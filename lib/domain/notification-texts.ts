import type { ControlledProjectField, DecisionOutcome, IdeaStatus, Phase } from "@/lib/codes";
import { controlledFieldLabels, decisionOutcomeLabels, ideaStatusLabels, phaseLabels } from "./labels";

/**
 * The Danish words of every notification: a short title (it may become a mail subject, so it never carries a
 * figure such as an amount or a measured value), a body with the details, and the portal path where the thing is seen.
 */
export type NotificationText = { title: string; body: string; link: string };

type ProjectNames = { code: string; title: string };

const projectPath = (code: string, tab?: "status" | "benefits") => `/projects/${encodeURIComponent(code)}${tab ? `?tab=${tab}` : ""}`;

/** A free-text comment added to the body, when there is one. */
function withComment(body: string, label: string, comment: string | null | undefined): string {
  const text = comment?.trim();
  return text ? `${body} ${label}: ${text}` : body;
}

export function gateDecisionText(project: ProjectNames, gate: { fromPhase: Phase; toPhase: Phase }, decision: "approved" | "rejected", comment: string): NotificationText {
  const verdict = decision === "approved" ? "godkendt" : "afvist";
  return {
    title: `Fasegodkendelse ${verdict}: ${project.title}`,
    body: withComment(`${project.code}: ${phaseLabels[gate.fromPhase]} → ${phaseLabels[gate.toPhase]} er ${verdict}.`, "Kommentar", comment),
    link: projectPath(project.code),
  };
}

const fieldNames = (fields: readonly ControlledProjectField[]) => fields.map((field) => controlledFieldLabels[field].toLowerCase()).join(", ");

export function changeRequestDecisionText(project: ProjectNames, fields: readonly ControlledProjectField[], decision: "approved" | "rejected", comment: string): NotificationText {
  const verdict = decision === "approved" ? "godkendt" : "afvist";
  return {
    title: `Ændringsanmodning ${verdict}: ${project.title}`,
    body: withComment(`${project.code}: anmodningen om at ændre ${fieldNames(fields)} er ${verdict}.`, "Kommentar", comment),
    link: projectPath(project.code),
  };
}

export function rebaselineDecisionText(project: ProjectNames, benefitTitle: string, decision: "approved" | "rejected", comment: string): NotificationText {
  const verdict = decision === "approved" ? "godkendt" : "afvist";
  return {
    title: `Ny baseline ${verdict}: ${benefitTitle}`,
    body: withComment(`Gevinsten i ${project.code} ${project.title}: anmodningen om ny baseline og nyt mål er ${verdict}.`, "Kommentar", comment),
    link: projectPath(project.code, "benefits"),
  };
}

/** A promoted experiment names its new project and the project's owner, who is told too. */
export type ExperimentOutcome = { kind: "approved" } | { kind: "rejected"; reason: string } | { kind: "promoted"; projectCode: string; ownerId: number };

export function experimentDecisionText(experiment: { id: number; title: string }, outcome: ExperimentOutcome): NotificationText {
  const link = `/experiments/${experiment.id}`;
  switch (outcome.kind) {
    case "approved":
      return { title: `Forsøg godkendt: ${experiment.title}`, body: "Forsøget er godkendt over udviklingsrummets risikoramme og er sat i gang.", link };
    case "rejected":
      return { title: `Forsøg afvist: ${experiment.title}`, body: withComment("Forsøget er afvist.", "Begrundelse", outcome.reason), link };
    case "promoted":
      return {
        title: `Forsøg skaleret: ${experiment.title}`,
        body: `Forsøget er gjort til projektet ${outcome.projectCode}.`,
        link: projectPath(outcome.projectCode),
      };
  }
}

/** A board decision that changes nothing by itself (udsat, justeret, a discussed red project) on an item about my project or experiment. */
export function boardDecisionText(itemTitle: string, outcome: DecisionOutcome, text: string, link: string): NotificationText {
  return {
    title: `Koncernledelsen har besluttet: ${itemTitle}`,
    body: withComment(`Beslutning: ${decisionOutcomeLabels[outcome]}.`, "Referat", text),
    link,
  };
}

export function gateRequestedText(project: ProjectNames, gate: { fromPhase: Phase; toPhase: Phase }, requesterName: string): NotificationText {
  return {
    title: `Ny anmodning om fasegodkendelse: ${project.title}`,
    body: `${requesterName} anmoder om at flytte ${project.code} fra ${phaseLabels[gate.fromPhase].toLowerCase()} til ${phaseLabels[gate.toPhase].toLowerCase()}.`,
    link: projectPath(project.code),
  };
}

export function changeRequestFiledText(project: ProjectNames, fields: readonly ControlledProjectField[], requesterName: string): NotificationText {
  return {
    title: `Ny ændringsanmodning: ${project.title}`,
    body: `${requesterName} anmoder direktionen om at ændre ${fieldNames(fields)} for ${project.code}.`,
    link: projectPath(project.code),
  };
}

type MeetingNames = { id: number; title: string; date: string; time: string; location: string };

export function agendaPublishedText(meeting: MeetingNames, republished: boolean, formattedDate: string): NotificationText {
  const where = meeting.location ? `, ${meeting.location}` : "";
  return {
    title: `${republished ? "Dagsorden opdateret" : "Dagsorden udsendt"}: ${meeting.title}`,
    body: `Mødet holdes ${formattedDate} kl. ${meeting.time}${where}.`,
    link: `/meetings/${meeting.id}`,
  };
}

export function minutesReadyText(meeting: { id: number; title: string }): NotificationText {
  return {
    title: `Referat til godkendelse: ${meeting.title}`,
    body: "Beslutningsreferatet venter på din godkendelse. Det låses, når alle deltagende direktører har godkendt det.",
    link: `/meetings/${meeting.id}/minutes`,
  };
}

export function ideaTriagedText(idea: { id: number; title: string }, status: IdeaStatus, reason: string | null): NotificationText {
  return {
    title: `Din idé er vurderet: ${idea.title}`,
    body: withComment(`Ny status: ${ideaStatusLabels[status]}.`, "Begrundelse", reason),
    link: `/ideas/${idea.id}`,
  };
}

export function ideaCommentedText(idea: { id: number; title: string }, commenterName: string): NotificationText {
  return { title: `Ny kommentar til din idé: ${idea.title}`, body: `${commenterName} har kommenteret din idé.`, link: `/ideas/${idea.id}` };
}

export function shareLinkCreatedText(learning: { kind: "experiment" | "project"; id: number; title: string }, creatorName: string): NotificationText {
  return {
    title: `Delingslink oprettet: ${learning.title}`,
    body: `${creatorName} har oprettet et offentligt delingslink til erfaringen. Alle med linket kan læse delingskortet, indtil det tilbagekaldes.`,
    link: `/learnings/${learning.kind}/${learning.id}`,
  };
}

export function reportOverdueText(project: ProjectNames, staleDays: number, everPublished: boolean): NotificationText {
  return {
    title: `Statusrapport mangler: ${project.title}`,
    body: everPublished
      ? `${project.code} har ikke fået en udgivet statusrapport i mere end ${staleDays} dage.`
      : `${project.code} har endnu ingen udgivet statusrapport.`,
    link: projectPath(project.code, "status"),
  };
}

export function measurementOverdueText(project: ProjectNames, benefitTitle: string, dueDate: string): NotificationText {
  return {
    title: `Måling forfalden: ${benefitTitle}`,
    body: `Gevinsten i ${project.code} ${project.title} skulle have været målt senest ${dueDate}.`,
    link: projectPath(project.code, "benefits"),
  };
}

/**
 * Where opening a notification leads: its link when that is a path inside the portal, else the list. A stored link
 * is written by the portal itself, but it is checked anyway, so a notification can never send anyone off-site.
 */
export function safeNotificationPath(link: string): string {
  return /^\/(?![/\\])[^\s]*$/.test(link) ? link : "/notifications";
}
