import Database from "better-sqlite3";
import type { WriteTarget } from "./bench-writes";

export type BenchTarget = { path: string; as: "director" | "department_head" | "admin" | "anonymous" };

/** A page's name in the results: its path, and who it is rendered for unless that is the director. */
export function targetLabel(target: BenchTarget): string {
  return target.as === "department_head" ? `${target.path} (afdelingschef)` : target.path;
}

/** Counts printed with the results, so the output shows the size of the data the pages were measured on. */
export type BenchDataSize = { projects: number; statusReports: number; benefits: number; measurements: number; risks: number; ideas: number; meetings: number };

/**
 * The pages the bench drives, with concrete ids picked from the bench data: the implementation project
 * with the most risks and benefits, the zone with the most experiments, a finished experiment, and the
 * upcoming board meeting (the one meeting mode is used for). Mit overblik and /benefits are also driven for the
 * department head with the most projects and benefits of their own, whose lists make those pages the largest.
 */
export function benchTargets(databaseFile: string): { targets: BenchTarget[]; departmentHead: string; write: WriteTarget; size: BenchDataSize } {
  const sql = new Database(databaseFile, { readonly: true });
  try {
    const one = <T>(query: string) => {
      const row = sql.prepare(query).get() as T | undefined;
      if (row === undefined) throw new Error(`Bench-data mangler: ${query}`);
      return row;
    };
    const project = one<{ code: string }>(`
      select code from projects p where phase = 'implementation'
      order by (select count(*) from risks r where r.project_id = p.id) + (select count(*) from benefits b where b.project_id = p.id) desc, code
      limit 1`);
    const zone = one<{ slug: string }>(`
      select slug from zones z order by (select count(*) from experiments e where e.zone_id = z.id) desc, id limit 1`);
    const experiment = one<{ id: number }>("select id from experiments where state = 'finished' order by id limit 1");
    const meeting = one<{ id: number }>("select id from meetings order by (status = 'planned') desc, date desc limit 1");
    // Saves go to another project than the measured one, so that they do not change a measured page.
    const write = one<WriteTarget>(`
      select p.code, b.id as benefitId from benefits b join projects p on p.id = b.project_id
      where p.phase = 'implementation' and p.code <> '${project.code}' and b.status = 'realising'
      order by b.id limit 1`);
    const departmentHead = one<{ email: string }>(`
      select email from users u where role = 'department_head' and active = 1
      order by (select count(*) from projects p where u.id in (p.owner_id, p.lead_id)) + (select count(*) from benefits b where b.owner_id = u.id) desc, id
      limit 1`).email;
    const count = (table: string) => (sql.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    const director = (path: string): BenchTarget => ({ path, as: "director" });
    return {
      targets: [
        director("/"),
        director("/portfolio"),
        director("/portfolio?phase=implementation"),
        director("/portfolio/projects"),
        director("/portfolio/projects?phase=implementation&sort=budget&dir=desc"),
        director("/portfolio/roadmap"),
        director("/portfolio/risks"),
        director(`/projects/${project.code}`),
        director(`/projects/${project.code}?tab=status`),
        director("/benefits"),
        director("/strategy"),
        director("/zones"),
        director(`/zones/${zone.slug}`),
        director(`/experiments/${experiment.id}`),
        director("/learnings?q=data"),
        director("/search?q=borgerne"),
        director("/notifications"),
        director("/ideas"),
        director("/meetings"),
        director(`/meetings/${meeting.id}`),
        director(`/meetings/${meeting.id}/present`),
        { path: "/", as: "department_head" },
        { path: "/benefits", as: "department_head" },
        { path: "/admin/users", as: "admin" },
        { path: "/admin/audit", as: "admin" },
        { path: "/admin/departments", as: "admin" },
      ],
      departmentHead,
      write,
      size: {
        projects: count("projects"),
        statusReports: count("status_reports"),
        benefits: count("benefits"),
        measurements: count("benefit_measurements"),
        risks: count("risks"),
        ideas: count("ideas"),
        meetings: count("meetings"),
      },
    };
  } finally {
    sql.close();
  }
}
