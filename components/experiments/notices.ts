/** Confirmations after an experiment action that reloads the page. */
const notices = {
  created: "Testkortet er oprettet. Start forsøget, når I er klar.",
  saved: "Testkortet er gemt.",
  started: "Forsøget er startet.",
  awaiting: "Forsøget bringer rummet over risikorammen og afventer nu sponsorens godkendelse.",
  approved: "Forsøget er godkendt og er nu i gang.",
  rejected: "Forsøget er afvist.",
  finished: "Forsøget er afsluttet, og læringskortet er gemt.",
  promoted: "Forsøget er skaleret til et nyt projekt i fasen Analyse.",
} as const;

export type ExperimentNotice = keyof typeof notices;

export function experimentNoticeText(value: string | string[] | undefined): string | null {
  return typeof value === "string" && value in notices ? notices[value as ExperimentNotice] : null;
}
