import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { foldText, folded } from "@/db/fold";
import { projectTags, technologyTags } from "@/db/schema";

/** Tags the project with the technology, reusing a tag of the same name in any case ("Økonomi" is "økonomi"). */
export function tagProjectWithTechnology(db: DbOrTx, projectId: number, name: string): void {
  const existing = db.select({ id: technologyTags.id }).from(technologyTags).where(eq(folded(technologyTags.name), foldText(name))).get();
  const tagId = existing?.id ?? db.insert(technologyTags).values({ name }).returning({ id: technologyTags.id }).get().id;
  db.insert(projectTags).values({ projectId, tagId }).onConflictDoNothing().run();
}
