import { absoluteUrl, escapeHtml, preferencesUrl, type ComposedMail } from "./compose";

const dateTime = new Intl.DateTimeFormat("da-DK", { timeZone: "Europe/Copenhagen", dateStyle: "long", timeStyle: "short" });

const texts = {
  welcome: {
    subject: "Styrerum: Velkommen – vælg din adgangskode",
    lead: "Der er oprettet en konto til dig i Styrerum. Vælg din adgangskode via linket herunder.",
    action: "Vælg adgangskode",
  },
  reset: {
    subject: "Styrerum: Nulstilling af din adgangskode",
    lead: "En administrator har nulstillet din adgangskode til Styrerum. Vælg en ny via linket herunder.",
    action: "Vælg ny adgangskode",
  },
} as const;

/** The welcome or reset mail that carries a user's one-time link; the link works once and expires. */
export function composeOneTimeLinkMail(recipientName: string, purpose: "welcome" | "reset", linkPath: string, expiresAt: string, publicUrl: string): ComposedMail {
  const text = texts[purpose];
  const url = absoluteUrl(publicUrl, linkPath);
  const expiry = dateTime.format(new Date(expiresAt));
  const note = `Linket virker én gang og udløber ${expiry}. Har du ikke ventet denne e-mail, så kontakt din it-afdeling.`;
  const footer = "Du får denne e-mail, fordi en administrator har oprettet et engangslink til din konto.";
  return {
    subject: text.subject,
    text: [`Kære ${recipientName}`, "", text.lead, "", `${text.action}: ${url}`, "", note, "", "-- ", footer, `Dine valg af e-mails: ${preferencesUrl(publicUrl)}`].join("\n"),
    html: `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${escapeHtml(text.subject)}</title></head><body style="font-family:Arial,sans-serif;line-height:1.5;color:#1a1a1a"><p>Kære ${escapeHtml(recipientName)}</p><p>${escapeHtml(text.lead)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(text.action)}</a></p><p>${escapeHtml(note)}</p><hr><p style="font-size:13px;color:#555">${escapeHtml(footer)}<br><a href="${escapeHtml(preferencesUrl(publicUrl))}">Dine valg af e-mails</a></p></body></html>`,
  };
}

/** The stored copy of a sent link mail loses its token: the database keeps only the token's hash. */
export function redactOneTimeTokens(value: string): string {
  return value.replace(/\/set-password\/[A-Za-z0-9_-]+/g, "/set-password/…");
}
