// No "server-only" guard: the demo seed reads through this module too (it runs outside Next.js).
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import type { Light } from "@/lib/codes";

export type LatestPublishedReport = {
  projectId: number;
  projectTitle: string;
  overallLight: Light;
  overallComment: string;
  publishedAt: string;
};

/** Each open project's latest published status report (kept in projects.latest_report_id by triggers). */
export function latestPublishedReports(db: DbOrTx): LatestPublishedReport[] {
  return db.all<LatestPublishedReport>(sql`
    select p.id as projectId, p.title as projectTitle, r.overall_light as overallLight,
           r.overall_comment as overallComment, r.published_at as publishedAt
    from projects p
    join status_reports r on r.id = p.latest_report_id
    where p.phase not in ('closed', 'stopped')
    order by p.code`);
}

/** Open projects whose latest published report is red, with that report's overall comment. */
export function redProjects(db: DbOrTx): { projectId: number; projectTitle: string; comment: string }[] {
  return latestPublishedReports(db)
    .filter((report) => report.overallLight === "red")
    .map((report) => ({ projectId: report.projectId, projectTitle: report.projectTitle, comment: report.overallComment }));
}
