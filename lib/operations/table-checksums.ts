import { createHash } from "node:crypto";
import type Database from "better-sqlite3";

export type TableChecksum = { rows: number; sha256: string };

/** The user tables of a database, by name: not SQLite's own, not full-text indexes nor their shadow tables. */
export function userTables(sqlite: Database.Database): string[] {
  const tables = sqlite.prepare("select name, sql from sqlite_master where type = 'table' order by name").all() as { name: string; sql: string }[];
  const virtual = tables.filter((table) => /^CREATE VIRTUAL TABLE/i.test(table.sql)).map((table) => table.name);
  return tables
    .map((table) => table.name)
    .filter((name) => !name.startsWith("sqlite_") && !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
}

/** Row count and a SHA-256 over every row (in rowid order) of each user table: equal checksums, equal contents. */
export function tableChecksums(sqlite: Database.Database): Record<string, TableChecksum> {
  const result: Record<string, TableChecksum> = {};
  for (const table of userTables(sqlite)) {
    const hash = createHash("sha256");
    let rows = 0;
    const quoted = `"${table.replaceAll('"', '""')}"`;
    const withoutRowid = /without\s+rowid/i.test(
      (sqlite.prepare("select sql from sqlite_master where name = ?").pluck().get(table) as string | null) ?? "",
    );
    const statement = sqlite.prepare(`select * from ${quoted}${withoutRowid ? "" : " order by rowid"}`).raw(true);
    for (const row of statement.iterate() as Iterable<unknown[]>) {
      hash.update(JSON.stringify(row, (_key, value) => (Buffer.isBuffer(value) ? value.toString("base64") : typeof value === "bigint" ? String(value) : value)));
      hash.update("\n");
      rows += 1;
    }
    result[table] = { rows, sha256: hash.digest("hex") };
  }
  return result;
}
