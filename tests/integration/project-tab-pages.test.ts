import { describe, expect, it } from "vitest";
import { projects } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { eq } from "drizzle-orm";
import { HISTORY_PAGE_SIZE, listStatusReports, projectHistory, STATUS_REPORTS_PAGE_SIZE } from "@/lib/queries/project-tabs";
import { parsePageRequest } from "@/lib/validation/pagination";
import { insertReport, userId } from "./dashboard-fixtures";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();
const page = (side: number) => parsePageRequest({ side: String(side) }, "side", HISTORY_PAGE_SIZE);

describe("a project's status reports", () => {
  it("come 10 a page, newest report date first, and the project keeps its latest published one for the header", () => {
    const project = db().select().from(projects).orderBy(projects.id).limit(1).get()!;
    const author = userId(db(), "direktor@egeby.dk");
    const before = listStatusReports(project.id).info.total;
    for (let month = 1; month <= 24; month++) insertReport(db(), project.id, month % 2 ? "green" : "yellow", `2030-${String(((month - 1) % 12) + 1).padStart(2, "0")}-0${month > 12 ? 2 : 1}T09:00:00.000Z`, author);
    const request = (side: number) => parsePageRequest({ side: String(side) }, "side", STATUS_REPORTS_PAGE_SIZE);
    const first = listStatusReports(project.id, request(1));
    expect(first.info).toMatchObject({ total: before + 24, page: 1, from: 1, to: 10 });
    const dates = [...first.rows, ...listStatusReports(project.id, request(2)).rows].map((report) => report.reportDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe("2030-12-02");
    const latest = db().select({ id: projects.latestReportId, light: projects.latestLight }).from(projects).where(eq(projects.id, project.id)).get()!;
    expect(latest).toEqual({ id: first.rows[0].id, light: "yellow" });
  });
});

describe("a project's history", () => {
  it("comes 50 events a page, newest first, counts them all, leaves refusals out and clamps a page past the end", () => {
    const { code } = db().select({ code: projects.code }).from(projects).orderBy(projects.id).limit(1).get()!;
    const before = projectHistory(code).info.total;
    for (let n = 1; n <= 120; n++) {
      recordAudit(db(), { action: "project.update", objectType: "project", objectId: code, changes: { step: n } });
    }
    recordAudit(db(), { action: "project.update", objectType: "project", objectId: code, outcome: "denied" });

    const first = projectHistory(code, page(1));
    expect(first.info).toMatchObject({ total: before + 120, page: 1, from: 1, to: 50 });
    expect(first.rows.map((event) => event.changes.step)).toEqual(Array.from({ length: 50 }, (_, index) => 120 - index));
    expect(first.rows.every((event) => event.outcome !== "denied")).toBe(true);
    expect(projectHistory(code, page(2)).rows[0].changes.step).toBe(70);
    const last = Math.ceil((before + 120) / 50);
    expect(projectHistory(code, page(999)).info.page).toBe(last);
    expect(projectHistory("DIG-1999-999").info).toMatchObject({ total: 0, page: 1 });
  });
});
