import { forgetPreparedStatements, type AppDatabase } from "@/db";

export type Statement = { sql: string; params: unknown[] };

/**
 * Records every statement (with its parameters) run through the app's connection until `stop` is called. The
 * connection's kept statements are dropped at both ends, so every statement is prepared, and so recorded, anew.
 */
function record(database: AppDatabase): { statements: Statement[]; stop: () => void } {
  const client = database.$client;
  const prepare = client.prepare;
  forgetPreparedStatements(client);
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
  const stop = () => {
    client.prepare = prepare;
    forgetPreparedStatements(client);
  };
  return { statements, stop };
}

/** Every statement that `read` runs through the app's connection. */
export function statementsOf(database: AppDatabase, read: () => void): Statement[] {
  const recording = record(database);
  try {
    read();
  } finally {
    recording.stop();
  }
  return recording.statements;
}

/** Every statement run through the app's connection while `work` runs. */
export async function statementsOfAsync(database: AppDatabase, work: () => Promise<unknown>): Promise<Statement[]> {
  const recording = record(database);
  try {
    await work();
  } finally {
    recording.stop();
  }
  return recording.statements;
}

/** The lines of SQLite's plan for a statement, e.g. "SCAN projects" or "SEARCH benefits USING INDEX …". */
export function planOf(database: AppDatabase, statement: Statement): string[] {
  const plan = database.$client.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.params) as { detail: string }[];
  return plan.map((row) => row.detail);
}
