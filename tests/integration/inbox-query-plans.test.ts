import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { AppDatabase } from "@/db";
import { users } from "@/db/schema";
import { loadInbox } from "@/lib/queries/inbox";
import { listChangesSince } from "@/lib/queries/inbox-changes";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

type Statement = { sql: string; params: unknown[] };

/** Every statement (with its parameters) that `read` runs through the app's connection. */
function statementsOf(database: AppDatabase, read: () => void): Statement[] {
  const client = database.$client;
  const prepare = client.prepare;
  const statements: Statement[] = [];
  client.prepare = function (this: typeof client, source: string) {
    const statement = prepare.call(this, source);
    for (const method of ["all", "get", "run", "iterate"] as const) {
      const original = statement[method] as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        statements.push({ sql: source, params });
        return original.apply(statement, params);
      };
    }
    return statement;
  } as typeof client.prepare;
  try {
    read();
  } finally {
    client.prepare = prepare;
  }
  return statements;
}

/** Tables that grow with the portfolio and that the inbox, computed on every page, must never read whole. */
const bigTables = ["projects", "status_reports", "benefits", "benefit_measurements", "risks", "ideas", "idea_comments", "gate_requests", "experiments", "audit_events", "agenda_items", "decisions"];
const fullScan = new RegExp(`^SCAN (${bigTables.join("|")})( AS \\w+)?$`);

function fullScans(database: AppDatabase, statement: Statement): string[] {
  const plan = database.$client.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.params) as { detail: string }[];
  return plan.map((row) => row.detail).filter((detail) => fullScan.test(detail));
}

describe("the inbox's queries", () => {
  it("read the portfolio's tables through indexes for every demo role, inbox and changes alike", () => {
    const emails = ["direktor@egeby.dk", "afdelingschef@egeby.dk", "medarbejder@egeby.dk", "admin@egeby.dk"];
    for (const email of emails) {
      const person = db().select({ id: users.id, role: users.role, departmentId: users.departmentId }).from(users).where(eq(users.email, email)).get()!;
      const statements = statementsOf(db(), () => {
        loadInbox(person);
        listChangesSince(person.id, "2026-01-01T00:00:00.000Z");
      });
      expect(statements.length, email).toBeGreaterThan(0);
      for (const statement of statements) expect(fullScans(db(), statement), `${email}: ${statement.sql}`).toEqual([]);
    }
  });
});
