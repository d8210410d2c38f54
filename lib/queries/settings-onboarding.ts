import "server-only";
import type { Role } from "@/lib/codes";
import { eq, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { settings, strategyGoals, users } from "@/db/schema";
import { onboardingProgressKey, parseOnboardingProgress, shouldOnboard, type OnboardingProgress } from "@/lib/domain/onboarding";
import { isAdministrator } from "@/lib/permissions";
import { hasNoDepartments } from "@/lib/queries/departments";

export function readOnboardingProgress(db: DbOrTx = getDb()): OnboardingProgress {
  return parseOnboardingProgress(db.select({ value: settings.value }).from(settings).where(eq(settings.key, onboardingProgressKey)).get()?.value);
}

/** Whether the start page should send this user to onboarding. */
export function needsOnboarding(user: { role: Role }): boolean {
  if (!isAdministrator(user)) return false;
  const db = getDb();
  return shouldOnboard(user.role, hasNoDepartments(db), readOnboardingProgress(db));
}

/** What the onboarding page shows next to each step: how far the installation already is. */
export function onboardingCounts() {
  const db = getDb();
  const countOf = (table: typeof users | typeof strategyGoals) => db.select({ n: sql<number>`count(*)` }).from(table).get()?.n ?? 0;
  return { users: countOf(users), goals: countOf(strategyGoals) };
}
