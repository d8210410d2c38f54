import { describe, expect, it } from "vitest";
import { projects } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { HISTORY_PAGE_SIZE, projectHistory } from "@/lib/queries/project-tabs";
import { parsePageRequest } from "@/lib/validation/pagination";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();
const page = (side: number) => parsePageRequest({ side: String(side) }, "side", HISTORY_PAGE_SIZE);

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
