import "server-only";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { auditChainReportSinceLastWalk, type ChainReport } from "@/lib/audit";
import { countActiveSessions } from "./sessions";

export type AdminOverview = { activeUsers: number; activeSessions: number; chain: ChainReport };

/** The one-line figures of the administration's landing page. */
export function getAdminOverview(now = new Date()): AdminOverview {
  const db = getDb();
  const activeUsers = db.select({ n: count() }).from(users).where(eq(users.active, true)).get()?.n ?? 0;
  return { activeUsers, activeSessions: countActiveSessions(now), chain: auditChainReportSinceLastWalk(db) };
}
