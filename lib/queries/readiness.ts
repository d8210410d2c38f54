import { getDb } from "@/db";
import { codeSchemaLevel, compareSchema, databaseSchemaLevel, type SchemaComparison } from "@/lib/operations/schema-level";

export type Readiness = { ready: boolean; database: "reachable" | "unreachable"; schema: SchemaComparison | "unknown" };

let codeLevel: number | null = null;

/** Whether this server can serve: the database answers a real query and has exactly the code's migrations. */
export function readiness(): Readiness {
  try {
    const sqlite = getDb().$client;
    sqlite.prepare("select count(*) from users").pluck().get();
    codeLevel ??= codeSchemaLevel();
    const schema = compareSchema(databaseSchemaLevel(sqlite), codeLevel);
    return { ready: schema === "current", database: "reachable", schema };
  } catch {
    return { ready: false, database: "unreachable", schema: "unknown" };
  }
}
