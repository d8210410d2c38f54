import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import type { MailConfig } from "@/lib/config";

export type OutgoingMail = {
  /** The queue row's id, for the outbox file name. */
  id: number;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The preferences page, sent as the List-Unsubscribe header. */
  unsubscribeUrl: string;
};

/** Sends one mail or throws; the delivery worker decides about retries. */
export type MailTransport = { send(mail: OutgoingMail): Promise<void> };

function messageOf(mail: OutgoingMail, from: string) {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    list: { unsubscribe: mail.unsubscribeUrl },
  };
}

/** Time limits (ms) for an unanswering mail server, unless the URL sets its own (e.g. `?socketTimeout=120000`). */
const smtpTimeouts = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

export function withSmtpTimeouts(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(smtpTimeouts)) if (!url.searchParams.has(key)) url.searchParams.set(key, String(value));
  return url.toString();
}

/** SMTP through nodemailer, from a smtp:// or smtps:// URL (credentials, host, port, TLS and options in the URL). */
export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(withSmtpTimeouts(smtpUrl));
  return {
    async send(mail) {
      await transporter.sendMail(messageOf(mail, from));
    },
  };
}

export const outboxFolder = (dataDir: string) => path.join(dataDir, "outbox");

/** Without SMTP, every mail becomes an .eml file in DATA_DIR/outbox (readable in any mail program), mode 600. */
export function outboxTransport(dataDir: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(mail) {
      const info = await transporter.sendMail(messageOf(mail, from));
      const folder = outboxFolder(dataDir);
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      fs.writeFileSync(path.join(folder, `${stamp}-${mail.id}.eml`), info.message as Buffer, { mode: 0o600 });
    },
  };
}

export function createMailTransport(config: MailConfig, dataDir: string): MailTransport {
  return config.smtpUrl ? smtpTransport(config.smtpUrl, config.from) : outboxTransport(dataDir, config.from);
}
