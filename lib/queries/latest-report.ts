// No "server-only" guard: the demo seed reads through this module too (it runs outside Next.js).
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";

/**
 * Open projects whose latest published report (kept in projects.latest_* by triggers) is red, with that
 * report's overall comment, in project-number order.
 */
export function redProjects(db: DbOrTx): { projectId: number; projectTitle: string; comment: string }[] {
  return db.all(sql`
    select p.id as projectId, p.title as projectTitle, r.overall_comment as comment
    from projects p
    join status_reports r on r.id = p.latest_report_id
    where p.latest_light = 'red' and p.phase not in ('closed', 'stopped')
    order by p.code`);
}
