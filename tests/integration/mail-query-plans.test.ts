import { describe, expect, it } from "vitest";
import type { AppDatabase } from "@/db";
import { deliverQueuedMails } from "@/lib/services/mail-delivery";
import { queueDueDigests } from "@/lib/services/mail-digests";
import { demoUser, notify } from "./mail-fixtures";
import { planOf, statementsOfAsync, type Statement } from "./statement-capture";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

/** The tables a statement reads whole. */
function fullScans(database: AppDatabase, statement: Statement): string[] {
  return planOf(database, statement).filter((detail) => /^SCAN (\w+)(?! USING)/.test(detail) && !/USING (COVERING )?INDEX/.test(detail));
}

describe("the mail jobs' queries", () => {
  it("find due mails, sent-log rows and a user's notifications through indexes", async () => {
    const director = demoUser("director");
    await queueDueDigests(new Date("2026-12-01T06:00:00Z"));
    notify([director.id], "overdue", new Date("2026-12-01T10:00:00Z"));
    notify([director.id], "decision_made", new Date("2026-12-01T10:00:00Z"));
    const statements = await statementsOfAsync(db(), async () => {
      await queueDueDigests(new Date("2026-12-02T06:00:00Z"));
      await deliverQueuedMails(new Date("2026-12-02T06:01:00Z"), { send: async () => {} });
    });
    const reads = statements.filter((statement) => /^\s*select/i.test(statement.sql));
    expect(reads.some((statement) => statement.sql.includes('"notifications"'))).toBe(true);
    expect(reads.some((statement) => statement.sql.includes('"mail_messages"'))).toBe(true);
    const scanned = new Set(reads.flatMap((statement) => fullScans(db(), statement)));
    // The users are read once per period to find who has not had it yet, and the audit trail's last event is read
    // backwards by rowid (one row); nothing else is read whole.
    expect([...scanned].filter((detail) => !/^SCAN (users|audit_events)\b/.test(detail))).toEqual([]);
  });
});
