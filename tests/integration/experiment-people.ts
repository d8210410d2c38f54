import { eq } from "drizzle-orm";
import type { AppDatabase } from "@/db";
import { users } from "@/db/schema";
import type { ActingUser } from "@/lib/services/guard";

/** Demo users by their part in the demo's Velfærdsteknologi zone and its experiments. */
export const experimentPeople = {
  sponsor: "direktor@egeby.dk",
  otherDirector: "henrik.mortensen@egeby.dk",
  memberHead: "afdelingschef@egeby.dk",
  otherHead: "birgitte.rasmussen@egeby.dk",
  member: "medarbejder@egeby.dk",
  otherMember: "dorthe.villadsen@egeby.dk",
  lead: "kasper.iversen@egeby.dk",
  admin: "admin@egeby.dk",
  outsider: "maria.knudsen@egeby.dk",
} as const;
export type ExperimentPerson = keyof typeof experimentPeople;

/** The demo user with that part, as a service's acting user. */
export function experimentActor(db: AppDatabase, person: ExperimentPerson): ActingUser {
  const row = db.select({ id: users.id, role: users.role, departmentId: users.departmentId }).from(users).where(eq(users.email, experimentPeople[person])).get();
  if (!row) throw new Error(`no demo user ${person}`);
  return row;
}
