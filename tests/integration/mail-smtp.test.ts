import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deliverQueuedMails } from "@/lib/services/mail-delivery";
import { queueDueDigests } from "@/lib/services/mail-digests";
import { decodedBody, demoUser, mailsOf, notify, outboxFiles, publicUrl } from "./mail-fixtures";
import { withDemoDatabase } from "./temp-database";

withDemoDatabase();

type Received = { from: string; to: string[]; raw: string };

/** A real SMTP server on a local port, without TLS or login, that keeps what it receives. */
function startSmtpServer(received: Received[], port = 0): Promise<{ server: SMTPServer; port: number }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((address) => address.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve({ server, port: (server.server.address() as AddressInfo).port }));
  });
}

const stop = (server: SMTPServer) => new Promise<void>((resolve) => server.close(() => resolve()));

let running: SMTPServer | null = null;

beforeEach(() => {
  process.env.STYRERUM_PUBLIC_URL = publicUrl;
  process.env.STYRERUM_MAIL_FROM = "Styrerum <styrerum@egeby.dk>";
});
afterEach(async () => {
  if (running) await stop(running);
  running = null;
  for (const key of ["STYRERUM_PUBLIC_URL", "STYRERUM_MAIL_FROM", "STYRERUM_SMTP_URL"]) delete process.env[key];
});

describe("mail through a real SMTP server", () => {
  it("delivers an agenda notification and a digest, and after an outage the retried mail", async () => {
    const received: Received[] = [];
    const first = await startSmtpServer(received);
    running = first.server;
    process.env.STYRERUM_SMTP_URL = `smtp://127.0.0.1:${first.port}`;
    const director = demoUser("director");

    // An agenda published: directors get it at once.
    notify([director.id], "agenda_published", new Date("2026-12-01T09:00:00Z"), "Dagsorden til direktionsmødet er offentliggjort", "/meetings/12");
    expect(await deliverQueuedMails(new Date("2026-12-01T09:00:10Z"))).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(received).toHaveLength(1);
    expect(received[0].from).toBe("styrerum@egeby.dk");
    expect(received[0].to).toEqual([director.email]);
    expect(received[0].raw).toMatch(/^Subject: Styrerum: Ny dagsorden offentliggjort$/m);
    expect(received[0].raw).toMatch(/^List-Unsubscribe: <https:\/\/styrerum\.egeby\.dk\/account\/notifications>/m);
    expect(decodedBody(received[0].raw)).toContain("https://styrerum.egeby.dk/meetings/12");
    expect(outboxFiles()).toEqual([]);

    // A daily digest of what is overdue.
    await queueDueDigests(new Date("2026-12-01T06:00:00Z"));
    notify([director.id], "overdue", new Date("2026-12-01T10:00:00Z"), "Statusrapport for DIG-2026-003 mangler", "/projects/DIG-2026-003");
    await queueDueDigests(new Date("2026-12-02T06:00:00Z"));
    expect(await deliverQueuedMails(new Date("2026-12-02T06:00:30Z"))).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(received).toHaveLength(2);
    expect(received[1].raw).toMatch(/^Subject: Styrerum: Dagens sammendrag$/m);
    expect(decodedBody(received[1].raw)).toContain("Statusrapport for DIG-2026-003 mangler");

    // The mail server goes down: the mail stays queued with a later attempt.
    await stop(first.server);
    running = null;
    notify([director.id], "minutes_ready", new Date("2026-12-02T09:00:00Z"), "Referatet venter på din godkendelse", "/meetings/12");
    expect(await deliverQueuedMails(new Date("2026-12-02T09:00:05Z"))).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const waiting = mailsOf(director.id).at(-1);
    expect(waiting).toMatchObject({ status: "queued", attempts: 1, nextAttemptAt: "2026-12-02T09:01:05.000Z" });
    expect(waiting?.lastError).toBeTruthy();

    // It comes back on the same port; the next due run delivers the mail.
    const second = await startSmtpServer(received, first.port);
    running = second.server;
    expect(await deliverQueuedMails(new Date("2026-12-02T09:00:30Z"))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await deliverQueuedMails(new Date("2026-12-02T09:01:05Z"))).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(received).toHaveLength(3);
    expect(received[2].raw).toMatch(/^Subject: Styrerum: Referat til godkendelse$/m);
    expect(mailsOf(director.id).every((mail) => mail.status === "sent")).toBe(true);
  });
});
