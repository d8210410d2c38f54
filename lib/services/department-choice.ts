import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { departments } from "@/db/schema";

/**
 * Why a department cannot be chosen, or null when it can: it must exist and be active, unless it is the one
 * the record already has (a project in a deactivated department keeps it until someone moves it).
 */
export function departmentChoiceError(db: DbOrTx, departmentId: number, alreadyChosen: number | null = null): string | null {
  const row = db.select({ active: departments.active }).from(departments).where(eq(departments.id, departmentId)).get();
  if (!row) return "Afdelingen findes ikke";
  if (!row.active && departmentId !== alreadyChosen) return "Afdelingen er deaktiveret; vælg en aktiv afdeling";
  return null;
}
