import "server-only";
import { desc, eq, ne } from "drizzle-orm";
import { getDb } from "@/db";
import { experiments, projects, projectTags, technologyTags } from "@/db/schema";
import { type Phase, radarRings } from "@/lib/codes";

export type RadarRing = (typeof radarRings)[number];

/** Where a project's technology sits on the radar by the project's phase; stopped projects are left out. */
export const ringByPhase: Record<Exclude<Phase, "stopped">, RadarRing> = {
  realisation: "adopt",
  closed: "adopt",
  implementation: "trial",
  trial: "assess",
  analysis: "assess",
  idea: "hold",
};

export type RadarEntry = {
  name: string;
  ring: RadarRing;
  /** How the ring was chosen: by an experiment's assessment, or by the projects' phases. */
  placedBy: "experiment" | "projects";
  experiments: { id: number; title: string; state: (typeof experiments.$inferSelect)["state"]; ring: RadarRing }[];
  projects: { code: string; title: string; phase: Exclude<Phase, "stopped"> }[];
};

const ringOrder = new Map(radarRings.map((ring, index) => [ring, index]));

/**
 * One entry per technology (names compared without regard to case). The newest experiment that names it decides
 * its ring — that is the zone's explicit assessment; without experiments, the most mature phase of the projects
 * tagged with it does.
 */
export function listRadarEntries(): RadarEntry[] {
  const db = getDb();
  const entries = new Map<string, RadarEntry>();
  const entryFor = (name: string) => {
    const key = name.trim().toLocaleLowerCase("da");
    let entry = entries.get(key);
    if (!entry) {
      entry = { name: name.trim(), ring: "hold", placedBy: "projects", experiments: [], projects: [] };
      entries.set(key, entry);
    }
    return entry;
  };

  const experimentRows = db
    .select({ id: experiments.id, title: experiments.title, state: experiments.state, technology: experiments.technology, ring: experiments.radarRing })
    .from(experiments)
    .where(ne(experiments.state, "rejected"))
    .orderBy(desc(experiments.updatedAt), desc(experiments.id))
    .all();
  for (const row of experimentRows) {
    if (!row.technology.trim()) continue;
    const entry = entryFor(row.technology);
    if (entry.experiments.length === 0) {
      entry.ring = row.ring;
      entry.placedBy = "experiment";
    }
    entry.experiments.push({ id: row.id, title: row.title, state: row.state, ring: row.ring });
  }

  const projectRows = db
    .select({ code: projects.code, title: projects.title, phase: projects.phase, tag: technologyTags.name })
    .from(projectTags)
    .innerJoin(projects, eq(projects.id, projectTags.projectId))
    .innerJoin(technologyTags, eq(technologyTags.id, projectTags.tagId))
    .where(ne(projects.phase, "stopped"))
    .orderBy(projects.code)
    .all();
  for (const row of projectRows) {
    if (row.phase === "stopped") continue;
    const entry = entryFor(row.tag);
    entry.projects.push({ code: row.code, title: row.title, phase: row.phase });
    if (entry.placedBy === "projects") {
      const ring = ringByPhase[row.phase];
      if (entry.projects.length === 1 || ringOrder.get(ring)! < ringOrder.get(entry.ring)!) entry.ring = ring;
    }
  }

  return [...entries.values()].sort(
    (a, b) => ringOrder.get(a.ring)! - ringOrder.get(b.ring)! || a.name.localeCompare(b.name, "da"),
  );
}
