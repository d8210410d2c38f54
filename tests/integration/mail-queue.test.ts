import fs from "node:fs";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditEvents, mailMessages, notificationPreferences } from "@/db/schema";
import { maxMailAttempts } from "@/lib/domain/mail-retry";
import type { MailTransport } from "@/lib/mail/transport";
import { deliverQueuedMails } from "@/lib/services/mail-delivery";
import { recordNotifications } from "@/lib/services/notifications";
import { demoUser, decodedBody, mailsOf, notify, outboxFiles, publicUrl } from "./mail-fixtures";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

beforeEach(() => {
  process.env.STYRERUM_PUBLIC_URL = publicUrl;
});
afterEach(() => {
  delete process.env.STYRERUM_PUBLIC_URL;
});

const at = new Date("2026-12-01T09:00:00Z");

function prefer(userId: number, kind: "decision_made" | "agenda_published", delivery: "immediate" | "daily" | "weekly" | "off") {
  db().insert(notificationPreferences).values({ userId, kind, delivery, updatedAt: at.toISOString() }).run();
}

const failing = (message = "Forbindelsen blev afvist"): MailTransport => ({
  send: async () => {
    throw new Error(message);
  },
});

describe("immediate mails", () => {
  it("are queued once per recipient who wants them at once, none for off or digest kinds", () => {
    const director = demoUser("director");
    const head = demoUser("department_head");
    const staff = demoUser("staff");
    prefer(staff.id, "decision_made", "off");
    prefer(head.id, "decision_made", "daily");
    notify([director.id, head.id, staff.id, director.id], "decision_made", at, "Fasegodkendelse godkendt");
    expect(mailsOf(director.id)).toHaveLength(1);
    expect(mailsOf(head.id)).toHaveLength(0);
    expect(mailsOf(staff.id)).toHaveLength(0);
    const [mail] = mailsOf(director.id);
    expect(mail).toMatchObject({ recipient: director.email, status: "queued", attempts: 0, source: "notification", subject: "Styrerum: Ny beslutning" });
  });

  it("are not queued again for a repeated event, nor when the event's transaction is rolled back", () => {
    const director = demoUser("director");
    const input = { userIds: [director.id], kind: "minutes_ready" as const, title: "Referat klar", link: "/meetings", dedupeKey: "minutes:1" };
    db().transaction((tx) => recordNotifications(tx, input, at));
    db().transaction((tx) => recordNotifications(tx, input, at));
    expect(mailsOf(director.id)).toHaveLength(1);
    expect(() =>
      db().transaction((tx) => {
        recordNotifications(tx, { ...input, dedupeKey: "minutes:2" }, at);
        throw new Error("the event failed");
      }),
    ).toThrow("the event failed");
    expect(mailsOf(director.id)).toHaveLength(1);
  });
});

describe("the outbox", () => {
  it("gets an .eml with a Danish subject without figures, both parts, the absolute link and the unsubscribe link", async () => {
    const director = demoUser("director");
    notify([director.id], "agenda_published", at, "Dagsorden til møde 14. december: budget 2.500.000 kr.", "/meetings/7");
    const result = await deliverQueuedMails(new Date(at.getTime() + 1000));
    expect(result).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const files = outboxFiles();
    expect(files).toHaveLength(1);
    expect(fs.statSync(files[0]).mode & 0o777).toBe(0o600);
    const raw = fs.readFileSync(files[0], "utf8");
    const subject = raw.match(/^Subject: (.*)$/m)?.[1];
    expect(subject).toBe("Styrerum: Ny dagsorden offentliggjort");
    expect(subject).not.toMatch(/\d/);
    expect(raw).toMatch(/^To: .*direktor@egeby\.dk/m);
    expect(raw).toMatch(/^List-Unsubscribe: <https:\/\/styrerum\.egeby\.dk\/account\/notifications>/m);
    expect(raw).toMatch(/Content-Type: multipart\/alternative/);
    expect(raw).toMatch(/Content-Type: text\/plain; charset=utf-8/);
    expect(raw).toMatch(/Content-Type: text\/html; charset=utf-8/);
    const body = decodedBody(raw);
    expect(body).toContain("Dagsorden til møde 14. december");
    expect(body).toContain("https://styrerum.egeby.dk/meetings/7");
    expect(body).toContain('href="https://styrerum.egeby.dk/account/notifications"');
    expect(mailsOf(director.id)[0]).toMatchObject({ status: "sent", attempts: 1 });
    expect(await deliverQueuedMails(new Date(at.getTime() + 120_000))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(outboxFiles()).toHaveLength(1);
  });
});

describe("delivery retries", () => {
  it("back off after a failure, keep the mail queued, and send it when the server answers again", async () => {
    const director = demoUser("director");
    notify([director.id], "decision_made", at);
    expect(await deliverQueuedMails(at, failing())).toEqual({ sent: 0, retrying: 1, failed: 0 });
    let [mail] = mailsOf(director.id);
    expect(mail).toMatchObject({ status: "queued", attempts: 1, lastError: "Forbindelsen blev afvist", nextAttemptAt: "2026-12-01T09:01:00.000Z" });
    // Not due yet: nothing is tried.
    const sent: string[] = [];
    const working: MailTransport = { send: async (outgoing) => void sent.push(outgoing.subject) };
    expect(await deliverQueuedMails(new Date("2026-12-01T09:00:30Z"), working)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await deliverQueuedMails(new Date("2026-12-01T09:01:00Z"), failing())).toEqual({ sent: 0, retrying: 1, failed: 0 });
    [mail] = mailsOf(director.id);
    expect(mail).toMatchObject({ attempts: 2, nextAttemptAt: "2026-12-01T09:06:00.000Z" });
    expect(await deliverQueuedMails(new Date("2026-12-01T09:06:00Z"), working)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(sent).toEqual(["Styrerum: Ny beslutning"]);
    expect(mailsOf(director.id)[0]).toMatchObject({ status: "sent", attempts: 3, lastError: null });
  });

  it("stop a run after three failures in a row, leaving the rest their turn", async () => {
    const director = demoUser("director");
    for (let index = 0; index < 5; index += 1) notify([director.id], "decision_made", at, `Beslutning ${index + 1}`);
    expect(await deliverQueuedMails(at, failing())).toEqual({ sent: 0, retrying: 3, failed: 0 });
    expect(mailsOf(director.id).map((mail) => mail.attempts)).toEqual([1, 1, 1, 0, 0]);
    expect(await deliverQueuedMails(at, { send: async () => {} })).toEqual({ sent: 2, retrying: 0, failed: 0 });
  });

  it("give up after the last attempt, marked failed and audited", async () => {
    const director = demoUser("director");
    notify([director.id], "decision_made", at);
    let now = at;
    for (let attempt = 1; attempt <= maxMailAttempts; attempt += 1) {
      await deliverQueuedMails(now, failing());
      now = new Date(mailsOf(director.id)[0].nextAttemptAt);
    }
    const [mail] = mailsOf(director.id);
    expect(mail).toMatchObject({ status: "failed", attempts: maxMailAttempts });
    expect(await deliverQueuedMails(new Date("2027-01-01T00:00:00Z"), failing())).toEqual({ sent: 0, retrying: 0, failed: 0 });
    const events = db().select().from(auditEvents).where(eq(auditEvents.action, "mail.failed")).all();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ objectType: "mail", objectId: String(mail.id), outcome: "failure" });
    expect(db().select().from(mailMessages).where(eq(mailMessages.status, "queued")).all()).toEqual([]);
  });
});
