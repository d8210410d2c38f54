import type Database from "better-sqlite3";
import type { AppDatabase } from "@/db";
import { indexText } from "@/lib/domain/search-text";

type DirtyDocument = { id: number; title: string; body: string; deleted: number };

/** Documents rewritten per transaction, so a large first build never holds the write lock for long. */
const batchSize = 500;

function prepareSync(client: Database.Database) {
  const hasDirty = client.prepare("select 1 from search_documents where dirty = 1 limit 1").pluck();
  const dirty = client.prepare(`select id, title, body, deleted from search_documents where dirty = 1 order by id limit ${batchSize}`);
  const write = client.prepare("insert or replace into search_index (rowid, title, body) values (?, ?, ?)");
  const unindex = client.prepare("delete from search_index where rowid = ?");
  const clean = client.prepare("update search_documents set dirty = 0 where id = ?");
  const drop = client.prepare("delete from search_documents where id = ?");
  const step = client.transaction((): number => {
    const rows = dirty.all() as DirtyDocument[];
    for (const row of rows) {
      if (row.deleted) {
        unindex.run(row.id);
        drop.run(row.id);
      } else {
        write.run(row.id, indexText(row.title), indexText(row.body));
        clean.run(row.id);
      }
    }
    return rows.length;
  });
  return { hasDirty, step };
}

/** The prepared statements of each open connection. */
const prepared = new WeakMap<Database.Database, ReturnType<typeof prepareSync>>();

/**
 * Brings the stemmed FTS5 index up to date with the documents the triggers marked dirty: a changed document is
 * stemmed and written again, a deleted one removed from the index and then from search_documents. Each batch is
 * one IMMEDIATE transaction, so a writer on another connection can neither slip in between reading a document and
 * clearing its mark nor be lost. Returns the number of documents handled; a search with nothing dirty costs one
 * lookup in a partial index.
 */
export function syncSearchIndex(db: AppDatabase): number {
  const client = db.$client;
  let statements = prepared.get(client);
  if (!statements) {
    statements = prepareSync(client);
    prepared.set(client, statements);
  }
  if (!statements.hasDirty.get()) return 0;
  let handled = 0;
  for (;;) {
    const count = statements.step.immediate();
    handled += count;
    if (count < batchSize) return handled;
  }
}
