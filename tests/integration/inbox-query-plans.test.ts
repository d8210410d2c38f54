import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { AppDatabase } from "@/db";
import { users } from "@/db/schema";
import { countInbox, loadInbox } from "@/lib/queries/inbox";
import { listChangesSince } from "@/lib/queries/inbox-changes";
import { planOf, statementsOf, type Statement } from "./statement-capture";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

/** Tables that grow with the portfolio and that the inbox, computed on every page, must never read whole. */
const bigTables = ["projects", "status_reports", "benefits", "benefit_measurements", "risks", "ideas", "idea_comments", "gate_requests", "experiments", "audit_events", "agenda_items", "decisions"];
const fullScan = new RegExp(`^SCAN (${bigTables.join("|")})( AS \\w+)?$`);

function fullScans(database: AppDatabase, statement: Statement): string[] {
  return planOf(database, statement).filter((detail) => fullScan.test(detail));
}

describe("the inbox's queries", () => {
  it("read the portfolio's tables through indexes for every demo role: the inbox, the menu's count and the changes alike", () => {
    const emails = ["direktor@egeby.dk", "afdelingschef@egeby.dk", "medarbejder@egeby.dk", "admin@egeby.dk"];
    for (const email of emails) {
      const person = db().select({ id: users.id, role: users.role, departmentId: users.departmentId }).from(users).where(eq(users.email, email)).get()!;
      const statements = statementsOf(db(), () => {
        loadInbox(person);
        countInbox(person);
        listChangesSince(person.id, "2026-01-01T00:00:00.000Z");
      });
      expect(statements.length, email).toBeGreaterThan(0);
      for (const statement of statements) expect(fullScans(db(), statement), `${email}: ${statement.sql}`).toEqual([]);
    }
  });
});
