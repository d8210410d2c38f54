import type { NotificationKind } from "@/lib/codes";
import { digestMailSubjects, notificationKindMailLabels, notificationMailSubjects } from "@/lib/domain/mail-labels";
import type { DigestFrequency } from "./codes";

/** A mail ready for the queue: Danish, in plain text and HTML, with the preferences link in both and as a header. */
export type ComposedMail = { subject: string; text: string; html: string };

export type MailNotification = { kind: NotificationKind; title: string; body: string; link: string; createdAt: string };

export const preferencesPath = "/account/notifications";

export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** An absolute address on the portal; a link that is not a path inside it becomes the front page. */
export function absoluteUrl(publicUrl: string, link: string): string {
  const pathPart = link.startsWith("/") && !link.startsWith("//") ? link : "/";
  return `${publicUrl.replace(/\/+$/, "")}${pathPart}`;
}

export const preferencesUrl = (publicUrl: string) => absoluteUrl(publicUrl, preferencesPath);

const dateTime = new Intl.DateTimeFormat("da-DK", { timeZone: "Europe/Copenhagen", dateStyle: "medium", timeStyle: "short" });

function footerText(publicUrl: string): string {
  return [
    "",
    "-- ",
    "Du får denne e-mail fra Styrerum, fordi du har valgt det for denne slags beskeder.",
    `Vælg hvilke e-mails du får, eller frameld dem: ${preferencesUrl(publicUrl)}`,
  ].join("\n");
}

function footerHtml(publicUrl: string): string {
  return `<hr><p style="font-size:13px;color:#555">Du får denne e-mail fra Styrerum, fordi du har valgt det for denne slags beskeder.<br><a href="${escapeHtml(preferencesUrl(publicUrl))}">Vælg hvilke e-mails du får, eller frameld dem</a></p>`;
}

function page(title: string, content: string, publicUrl: string): string {
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:Arial,sans-serif;line-height:1.5;color:#1a1a1a">${content}${footerHtml(publicUrl)}</body></html>`;
}

/** One notification, sent at once. */
export function composeNotificationMail(recipientName: string, notification: MailNotification, publicUrl: string): ComposedMail {
  const subject = notificationMailSubjects[notification.kind];
  const url = absoluteUrl(publicUrl, notification.link);
  const text = [
    `Kære ${recipientName}`,
    "",
    notification.title,
    ...(notification.body ? ["", notification.body] : []),
    "",
    `Se det i Styrerum: ${url}`,
    footerText(publicUrl),
  ].join("\n");
  const html = page(
    subject,
    `<p>Kære ${escapeHtml(recipientName)}</p><h1 style="font-size:20px">${escapeHtml(notification.title)}</h1>${
      notification.body ? `<p>${escapeHtml(notification.body)}</p>` : ""
    }<p><a href="${escapeHtml(url)}">Se det i Styrerum</a></p>`,
    publicUrl,
  );
  return { subject, text, html };
}

/** Several notifications in one digest, grouped by kind, newest first within each kind. */
export function composeDigestMail(
  recipientName: string,
  frequency: DigestFrequency,
  items: readonly MailNotification[],
  publicUrl: string,
): ComposedMail {
  const subject = digestMailSubjects[frequency];
  const intro = frequency === "daily" ? "Her er dine beskeder fra Styrerum siden sidste sammendrag." : "Her er ugens beskeder fra Styrerum.";
  const groups = new Map<NotificationKind, MailNotification[]>();
  for (const item of [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt))) {
    const group = groups.get(item.kind) ?? [];
    group.push(item);
    groups.set(item.kind, group);
  }
  const textParts = [`Kære ${recipientName}`, "", intro];
  const htmlParts = [`<p>Kære ${escapeHtml(recipientName)}</p><p>${escapeHtml(intro)}</p>`];
  for (const [kind, group] of groups) {
    const heading = notificationKindMailLabels[kind].label;
    textParts.push("", `${heading} (${group.length})`);
    htmlParts.push(`<h2 style="font-size:17px">${escapeHtml(heading)} (${group.length})</h2><ul>`);
    for (const item of group) {
      const url = absoluteUrl(publicUrl, item.link);
      const when = dateTime.format(new Date(item.createdAt));
      textParts.push(`- ${item.title} (${when})`, `  ${url}`);
      htmlParts.push(`<li><a href="${escapeHtml(url)}">${escapeHtml(item.title)}</a> <span style="color:#555">(${escapeHtml(when)})</span>${
        item.body ? `<br>${escapeHtml(item.body)}` : ""
      }</li>`);
    }
    htmlParts.push("</ul>");
  }
  textParts.push("", `Åbn Styrerum: ${absoluteUrl(publicUrl, "/notifications")}`, footerText(publicUrl));
  htmlParts.push(`<p><a href="${escapeHtml(absoluteUrl(publicUrl, "/notifications"))}">Se alle beskeder i Styrerum</a></p>`);
  return { subject, text: textParts.join("\n"), html: page(subject, htmlParts.join(""), publicUrl) };
}
