import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { auditEvents, users } from "@/db/schema";
import { exportBenefits } from "@/lib/export/benefits-export";
import { exportPortfolio } from "@/lib/export/portfolio-export";
import type { SessionUser } from "@/lib/services/auth";
import { ForbiddenError } from "@/lib/services/errors";
import { parsePortfolioFilter } from "@/lib/validation/portfolio";
import { withDemoDatabase } from "./temp-database";

// Should the capability table ever withdraw portfolio.read from staff, the export must refuse them.
vi.mock("@/lib/permissions", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/permissions")>();
  const withdrawn = (actor: { role: string }, capability: string) => actor.role === "staff" && capability === "portfolio.read";
  return {
    ...original,
    can: (...args: Parameters<typeof original.can>) => !withdrawn(args[0], args[1]) && original.can(...args),
    canEver: (...args: Parameters<typeof original.canEver>) => !withdrawn(args[0], args[1]) && original.canEver(...args),
  };
});

const db = withDemoDatabase();

describe("portfolio export without portfolio.read", () => {
  it("is refused, the refusal is audited and no export event is written", async () => {
    const row = db().select().from(users).where(eq(users.email, "medarbejder@egeby.dk")).get()!;
    const user = { id: row.id, role: row.role, departmentId: row.departmentId } as SessionUser;
    const before = db().select().from(auditEvents).all().length;
    await expect(exportPortfolio(user, parsePortfolioFilter({}), "csv", null)).rejects.toThrow(ForbiddenError);
    const events = db().select().from(auditEvents).all().slice(before);
    expect(events.map((event) => [event.action, event.outcome, event.actorId])).toEqual([["portfolio.export", "denied", row.id]]);
  });

  it("refuses the Excel workbook as well, and the benefits export, auditing each refusal", async () => {
    const row = db().select().from(users).where(eq(users.email, "medarbejder@egeby.dk")).get()!;
    const user = { id: row.id, role: row.role, departmentId: row.departmentId } as SessionUser;
    const before = db().select().from(auditEvents).all().length;
    await expect(exportPortfolio(user, parsePortfolioFilter({}), "xlsx", null)).rejects.toThrow(ForbiddenError);
    await expect(exportBenefits(user, parsePortfolioFilter({}), "xlsx", null)).rejects.toThrow(ForbiddenError);
    const events = db().select().from(auditEvents).all().slice(before);
    expect(events.map((event) => [event.action, event.outcome, event.actorId])).toEqual([
      ["portfolio.export", "denied", row.id],
      ["benefits.export", "denied", row.id],
    ]);
  });
});
