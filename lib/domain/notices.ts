/** Confirmations shown after an action that moves the user on (the form that held the message is gone). */
export const notices = {
  "gate-approved": "Porten er godkendt, og projektet har skiftet fase.",
  "gate-rejected": "Porten er afvist. Projektet bliver i sin fase.",
  "phase-changed": "Projektet har skiftet fase.",
  "change-requested": "Ændringsanmodningen er sendt til direktionen.",
  "change-approved": "Ændringsanmodningen er godkendt, og de nye værdier er gemt.",
  "change-rejected": "Ændringsanmodningen er afvist. Projektets tal er uændrede.",
  "benefit-created": "Gevinsten er oprettet.",
  "benefit-saved": "Gevinsten er gemt.",
  "rebaseline-approved": "Den nye baseline er godkendt og gælder nu for gevinsten.",
  "rebaseline-rejected": "Anmodningen om ny baseline er afvist. Gevinstens baseline og mål er uændrede.",
  "agenda-item-saved": "Punktet er gemt.",
  "risk-created": "Risikoen er registreret.",
  "risk-saved": "Risikoen er gemt.",
  "involvement-saved": "Inddragelsen er gemt.",
  "involvement-deleted": "Inddragelsen er slettet.",
  "inspiration-saved": "Udsynet er gemt.",
} as const;
export type NoticeKey = keyof typeof notices;

export function noticeText(value: string | string[] | undefined): string | null {
  return typeof value === "string" && value in notices ? notices[value as NoticeKey] : null;
}
