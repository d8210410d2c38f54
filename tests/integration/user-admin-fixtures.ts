import { eq } from "drizzle-orm";
import type { AppDatabase } from "@/db";
import { auditEvents, sessions, users } from "@/db/schema";
import type { Role } from "@/lib/codes";
import type { ActingUser } from "@/lib/services/guard";

export const demoEmails: Record<Role, string> = {
  director: "direktor@egeby.dk",
  department_head: "afdelingschef@egeby.dk",
  staff: "medarbejder@egeby.dk",
  admin: "admin@egeby.dk",
};

export const otherAdmins = ["morten.christensen@egeby.dk", "julie.noergaard@egeby.dk"];

export function userByEmail(db: AppDatabase, email: string) {
  const row = db.select().from(users).where(eq(users.email, email)).get();
  if (!row) throw new Error(`no user ${email}`);
  return row;
}

export function actorOf(db: AppDatabase, email: string): ActingUser {
  const { id, role, departmentId } = userByEmail(db, email);
  return { id, role, departmentId };
}

export const demoActor = (db: AppDatabase, role: Role) => actorOf(db, demoEmails[role]);

export function form(values: Record<string, string | number | boolean | null | undefined>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== null) data.set(key, String(value));
  return data;
}

/** Opens `count` sessions for a user directly, as signing in would. */
export function openSessions(db: AppDatabase, userId: number, count: number): string[] {
  const now = new Date();
  return Array.from({ length: count }, (_, index) => {
    const id = `test-session-${userId}-${index}-${Math.random().toString(36).slice(2)}`;
    db.insert(sessions)
      .values({ id, userId, createdAt: now.toISOString(), lastSeenAt: now.toISOString(), expiresAt: new Date(now.getTime() + 86_400_000).toISOString() })
      .run();
    return id;
  });
}

export const sessionCount = (db: AppDatabase, userId: number) => db.select().from(sessions).where(eq(sessions.userId, userId)).all().length;

export const auditOf = (db: AppDatabase, action: string) => db.select().from(auditEvents).where(eq(auditEvents.action, action)).all();

/** The token of a one-time link path `/set-password/<token>`. */
export const tokenOf = (path: string) => path.split("/").at(-1)!;
