import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { sessions, users } from "@/db/schema";
import type { Role } from "@/lib/codes";
import type { SessionUser } from "@/lib/services/auth";

export const demoEmails: Record<Role, string> = {
  director: "direktor@egeby.dk",
  department_head: "afdelingschef@egeby.dk",
  staff: "medarbejder@egeby.dk",
  admin: "admin@egeby.dk",
};

export const demoPassword = "Styrerum-demo-2026";

let counter = 0;

/** Opens a session row for a user as a login would, seen `lastSeenAt` (default now). */
export function openSession(userId: number, options: { userAgent?: string; ip?: string; lastSeenAt?: Date } = {}): string {
  counter += 1;
  const id = `test-session-${userId}-${counter}-${Math.random().toString(36).slice(2)}`;
  const now = options.lastSeenAt ?? new Date();
  getDb()
    .insert(sessions)
    .values({
      id,
      userId,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
      userAgent: options.userAgent ?? "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
      ip: options.ip ?? "10.0.0.5",
    })
    .run();
  return id;
}

/** The demo user of `role`, signed in with a fresh session of their own. */
export function signedIn(role: Role): SessionUser {
  const row = getDb().select().from(users).where(eq(users.email, demoEmails[role])).get();
  if (!row || row.role !== role) throw new Error(`no demo ${role}`);
  return { id: row.id, name: row.name, email: row.email, role: row.role, title: row.title, departmentId: row.departmentId, sessionId: openSession(row.id) };
}

export const sessionIdsOf = (userId: number) =>
  getDb()
    .select({ id: sessions.id })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .all()
    .map((row) => row.id)
    .sort();

export function form(values: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, String(value));
  return data;
}
