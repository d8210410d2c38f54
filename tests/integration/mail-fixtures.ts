import fs from "node:fs";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { getDb, type AppDatabase } from "@/db";
import { mailMessages, users } from "@/db/schema";
import type { NotificationKind, Role } from "@/lib/codes";
import { recordNotifications } from "@/lib/services/notifications";
import { demoEmails } from "./account-fixtures";

export const publicUrl = "https://styrerum.egeby.dk";

/** The demo user of a role, as the services see them. */
export function demoUser(role: Role) {
  const row = getDb().select().from(users).where(eq(users.email, demoEmails[role])).get();
  if (!row) throw new Error(`no demo ${role}`);
  return { id: row.id, name: row.name, email: row.email, role: row.role, departmentId: row.departmentId };
}

/** Records a notification as a service would, in its own transaction, at `at`. */
export function notify(userIds: number[], kind: NotificationKind, at: Date, title = "Der er nyt i Styrerum", link = "/meetings") {
  return getDb().transaction((tx) => recordNotifications(tx, { userIds, kind, title, link }, at));
}

export const mailsOf = (userId: number) => getDb().select().from(mailMessages).where(eq(mailMessages.userId, userId)).orderBy(asc(mailMessages.id)).all();

/** A restart: the connection and every module's state are dropped; the next getDb() opens the same file again. */
export function dropProcessState(): void {
  const holder = globalThis as { styrerumDb?: AppDatabase };
  holder.styrerumDb?.$client.close();
  delete holder.styrerumDb;
}

/** The .eml files in the outbox of the test's data folder. */
export function outboxFiles(): string[] {
  const folder = path.join(process.env.DATA_DIR ?? "", "outbox");
  return fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith(".eml")).map((name) => path.join(folder, name)) : [];
}

/** A raw message's body parts decoded from quoted-printable or base64, joined, to search in. */
export function decodedBody(raw: string): string {
  const parts = raw.split(/\r?\n--/);
  return parts
    .map((part) => {
      const [head, ...rest] = part.split(/\r?\n\r?\n/);
      const body = rest.join("\n\n");
      if (/Content-Transfer-Encoding: base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
      if (/Content-Transfer-Encoding: quoted-printable/i.test(head)) {
        const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => `%${hex}`);
        try {
          return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/g, "%25"));
        } catch {
          return bytes;
        }
      }
      return body;
    })
    .join("\n");
}
