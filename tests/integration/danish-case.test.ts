import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { departments, projects, technologyTags, users } from "@/db/schema";
import { portfolioConditions } from "@/lib/queries/dashboard-scope";
import { departmentNameTaken } from "@/lib/queries/departments";
import { listUsersForAdmin, noUserFilter } from "@/lib/queries/users";
import { tagProjectWithTechnology } from "@/lib/services/technology-tags";
import { emptyPortfolioFilter } from "@/lib/validation/portfolio";
import { withDemoDatabase } from "./temp-database";

// SQLite's lower() and LIKE fold only A–Z; searches and name checks fold Æ, Ø and Å too (db/fold.ts).
const db = withDemoDatabase();

describe("Æ, Ø and Å in any case", () => {
  it("the administrators' user search finds Øjvind by øjvind and ØJVIND", () => {
    const someone = db().select().from(users).get()!;
    db().update(users).set({ name: "Øjvind Ærø Ågård" }).where(eq(users.id, someone.id)).run();
    for (const q of ["øjvind", "ØJVIND ÆRØ", "ågård"]) {
      expect(listUsersForAdmin("name", undefined, { ...noUserFilter, q }).rows.map((row) => row.id), q).toContain(someone.id);
    }
  });

  it("the portfolio's text filter finds a title in any case", () => {
    const project = db().select().from(projects).get()!;
    db().update(projects).set({ title: "Økonomistyring på tværs" }).where(eq(projects.id, project.id)).run();
    for (const q of ["økonomistyring", "ØKONOMISTYRING PÅ TVÆRS"]) {
      const found = db().select({ id: projects.id }).from(projects).where(portfolioConditions({ ...emptyPortfolioFilter, q })).all();
      expect(found.map((row) => row.id), q).toContain(project.id);
    }
  });

  it("a technology tag is reused whatever the case it is written in", () => {
    const [first, second] = db().select().from(projects).limit(2).all();
    tagProjectWithTechnology(db(), first.id, "Økonomi-AI");
    tagProjectWithTechnology(db(), second.id, "ØKONOMI-ai");
    expect(db().select().from(technologyTags).where(eq(technologyTags.name, "Økonomi-AI")).all()).toHaveLength(1);
    expect(db().select().from(technologyTags).where(eq(technologyTags.name, "ØKONOMI-ai")).all()).toHaveLength(0);
  });

  it("a department name is taken in any case and with spaces around it, but not by the department itself", () => {
    const department = db().select().from(departments).get()!;
    db().update(departments).set({ name: "Ældre og Åbne Øer" }).where(eq(departments.id, department.id)).run();
    expect(departmentNameTaken(db(), "  ÆLDRE OG ÅBNE ØER ")).toBe(true);
    expect(departmentNameTaken(db(), "ældre og åbne øer", department.id)).toBe(false);
    expect(departmentNameTaken(db(), "Ældre og Åbne Åer")).toBe(false);
  });
});
