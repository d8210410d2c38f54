import type { NewOfflineWrite, OfflineWrite } from "./queue";

/**
 * The device's queue of meeting-mode writes, in IndexedDB (one database, one store, auto-increment keys, so the
 * keys are the order of writing). Signing out deletes the whole database.
 */
export const offlineDatabaseName = "styrerum-offline";
const storeName = "writes";

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open(): Promise<IDBDatabase> {
  const req = indexedDB.open(offlineDatabaseName, 1);
  req.onupgradeneeded = () => {
    const store = req.result.createObjectStore(storeName, { keyPath: "id", autoIncrement: true });
    store.createIndex("meeting", ["userId", "meetingId"]);
  };
  return request(req);
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    const tx = db.transaction(storeName, mode);
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    done.catch(() => undefined);
    const result = await request(run(tx.objectStore(storeName)));
    await done;
    return result;
  } finally {
    db.close();
  }
}

/** Keeps a new write (state pending); returns it with its key. */
export async function addWrite(write: NewOfflineWrite): Promise<OfflineWrite> {
  const row = { ...write, state: "pending" as const, createdAt: new Date().toISOString() };
  const id = await withStore("readwrite", (store) => store.add(row));
  return { ...row, id: Number(id) };
}

export function putWrite(write: OfflineWrite): Promise<unknown> {
  return withStore("readwrite", (store) => store.put(write));
}

export function deleteWrite(id: number): Promise<unknown> {
  return withStore("readwrite", (store) => store.delete(id));
}

/** This user's kept writes for one meeting, in the order they were made. */
export async function meetingWrites(userId: number, meetingId: number): Promise<OfflineWrite[]> {
  const rows = await withStore("readonly", (store) => store.index("meeting").getAll([userId, meetingId]));
  return (rows as OfflineWrite[]).sort((a, b) => a.id - b.id);
}

/** How many writes on this device have not reached the server (any user, any meeting). */
export async function unsentCount(): Promise<number> {
  if (typeof indexedDB === "undefined") return 0;
  const rows = (await withStore("readonly", (store) => store.getAll())) as OfflineWrite[];
  return rows.filter((write) => write.state === "pending" || write.state === "sending" || write.state === "conflict").length;
}

export function deleteOfflineDatabase(): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(offlineDatabaseName);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}
