import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { listIdeas } from "@/lib/queries/ideas";
import { searchLearningsPage } from "@/lib/queries/learnings";
import { listMeetings } from "@/lib/queries/meetings";
import { listUsersForAdmin } from "@/lib/queries/users";
import { listZoneCards } from "@/lib/queries/zones";
import { learningFilterSchema } from "@/lib/validation/learnings";
import { parsePageRequest } from "@/lib/validation/pagination";
import { planOf, statementsOf } from "./statement-capture";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

/** Tables a list must never read whole: they grow with the municipality. */
const guarded = ["projects", "status_reports", "benefits", "benefit_measurements", "ideas"];

/** The plan rows that read a guarded table whole, without an index. */
function fullScans(read: () => unknown): string[] {
  const statements = statementsOf(db(), read);
  expect(statements.length).toBeGreaterThan(0);
  return statements.flatMap((statement) =>
    planOf(db(), statement).filter((detail) =>
      guarded.some((table) => new RegExp(`^SCAN ${table}( AS \\w+)?$`).test(detail) || new RegExp(`^SCAN \\w+ AS ${table}$`).test(detail)),
    ),
  );
}

const first = parsePageRequest({});
const viewer = () => db().select({ id: users.id, role: users.role, departmentId: users.departmentId }).from(users).where(eq(users.email, "direktor@egeby.dk")).get()!;

describe("the list queries read through indexes", () => {
  it("the check sees a full scan when there is one", () => {
    expect(fullScans(() => db().$client.prepare("select title from benefits where title like ?").all("%data%"))).toEqual(["SCAN benefits"]);
  });

  it("ideas, newest first and by votes, with and without a status", () => {
    const id = viewer().id;
    expect(fullScans(() => listIdeas({ sort: "newest" }, id, first))).toEqual([]);
    expect(fullScans(() => listIdeas({ sort: "votes" }, id, first))).toEqual([]);
    expect(fullScans(() => listIdeas({ sort: "newest", status: "new" }, id, first))).toEqual([]);
    expect(fullScans(() => listIdeas({ sort: "votes", status: "reviewing" }, id, first))).toEqual([]);
  });

  it("zone cards count projects, experiments and ideas by index", () => {
    expect(fullScans(() => listZoneCards(first))).toEqual([]);
  });

  it("the Erfaringsbank joins projects by key", () => {
    expect(fullScans(() => searchLearningsPage(learningFilterSchema.parse({}), first))).toEqual([]);
    expect(fullScans(() => searchLearningsPage(learningFilterSchema.parse({ q: "data" }), first))).toEqual([]);
  });

  it("meetings and users touch none of the guarded tables whole", () => {
    expect(fullScans(() => listMeetings(viewer(), "past", "2026-01-01", first))).toEqual([]);
    expect(fullScans(() => listUsersForAdmin("name", first))).toEqual([]);
    expect(fullScans(() => listUsersForAdmin("last_login", first))).toEqual([]);
  });
});
