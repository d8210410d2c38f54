import { desc, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { auditEvents, users } from "@/db/schema";
import { exportPortfolio } from "@/lib/export/portfolio-export";
import { portfolioHeaders, portfolioRows } from "@/lib/export/portfolio";
import { listProjects } from "@/lib/queries/projects";
import type { SessionUser } from "@/lib/services/auth";
import { activePhases, parsePortfolioFilter } from "@/lib/validation/portfolio";
import { removePortfolioItems, allProjects, daysAgo, insertReport } from "./dashboard-fixtures";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

function actor(email: string): SessionUser {
  const row = db().select().from(users).where(eq(users.email, email)).get()!;
  return { id: row.id, role: row.role, departmentId: row.departmentId, name: row.name, email: row.email, title: row.title } as SessionUser;
}

/** Splits our own CSV (quoted fields may hold ; and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ";") {
      record.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += char;
  }
  return records;
}

const filters: Record<string, string>[] = [
  {},
  { phase: "trial" },
  { phase: "active", sort: "budget", dir: "desc" },
  { purpose: "efficiency" },
  { light: "red" },
  { light: "none", phase: "implementation" },
  { q: "digital" },
  { department: "1", sort: "title" },
  { phase: "closed", purpose: "quality", light: "green" },
];

beforeEach(() => {
  removePortfolioItems(db());
  const projects = allProjects(db());
  const author = actor("direktor@egeby.dk").id;
  projects.slice(0, 12).forEach((project, index) => insertReport(db(), project.id, (["green", "yellow", "red"] as const)[index % 3], daysAgo(index + 1), author));
  expect(projects.some((project) => (activePhases as readonly string[]).includes(project.phase))).toBe(true);
});

describe("portfolio export", () => {
  it("CSV contents equal the filtered query, row for row, for several filters", async () => {
    const user = actor("medarbejder@egeby.dk");
    for (const params of filters) {
      const filter = parsePortfolioFilter(params);
      const file = await exportPortfolio(user, filter, "csv", "127.0.0.1");
      const text = file.body as string;
      expect(text.startsWith("\uFEFF")).toBe(true);
      const [header, ...rows] = parseCsv(text.slice(1));
      expect(header).toEqual(portfolioHeaders);
      const expected = portfolioRows(listProjects(filter)).map((row) => row.map((value) => (value === null ? "" : String(value))));
      expect(rows, JSON.stringify(params)).toEqual(expected);
      expect(file.rowCount).toBe(expected.length);
    }
  });

  it("XLSX projects sheet equals the filtered query for several filters, with typed numbers and dates", async () => {
    const user = actor("direktor@egeby.dk");
    for (const params of filters) {
      const filter = parsePortfolioFilter(params);
      const file = await exportPortfolio(user, filter, "xlsx", null);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(file.body as Uint8Array) as unknown as ExcelJS.Buffer);
      const sheet = workbook.getWorksheet("Projekter")!;
      const expected = listProjects(filter);
      expect(sheet.rowCount, JSON.stringify(params)).toBe(expected.length + 1);
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(portfolioHeaders);
      const codes = sheet.getColumn(1).values.slice(2);
      expect(codes).toEqual(expected.map((project) => project.code));
      expected.slice(0, 3).forEach((project, index) => {
        const row = sheet.getRow(index + 2);
        expect(row.getCell(9).value).toBe(project.approvedBudgetKr);
        expect(row.getCell(10).value).toBe(project.spentKr);
        const end = row.getCell(11).value;
        if (project.baselineEnd) expect((end as Date).toISOString().slice(0, 10)).toBe(project.baselineEnd);
        else expect(end).toBeNull();
      });
    }
  });

  it("the filter narrows the export (sanity of the filters used above)", async () => {
    const user = actor("direktor@egeby.dk");
    const everything = (await exportPortfolio(user, parsePortfolioFilter({}), "csv", null)).rowCount;
    const trial = (await exportPortfolio(user, parsePortfolioFilter({ phase: "trial" }), "csv", null)).rowCount;
    const red = (await exportPortfolio(user, parsePortfolioFilter({ light: "red" }), "csv", null)).rowCount;
    expect(trial).toBeGreaterThan(0);
    expect(trial).toBeLessThan(everything);
    expect(red).toBe(4);
  });

  it("records an audit event per export with format, filter and row count", async () => {
    const user = actor("afdelingschef@egeby.dk");
    const file = await exportPortfolio(user, parsePortfolioFilter({ phase: "trial", sort: "budget" }), "xlsx", "10.1.2.3");
    const event = db().select().from(auditEvents).orderBy(desc(auditEvents.id)).get()!;
    expect(event).toMatchObject({ action: "portfolio.export", actorId: user.id, actorRole: "department_head", outcome: "success", ip: "10.1.2.3", objectType: "portfolio" });
    expect(JSON.parse(event.changes!)).toEqual({ format: "xlsx", filter: "phase=trial&sort=budget", rows: file.rowCount });
  });

  it("names the file after the Copenhagen date", async () => {
    const user = actor("direktor@egeby.dk");
    expect((await exportPortfolio(user, parsePortfolioFilter({}), "csv", null, new Date("2026-11-26T23:30:00Z"))).filename).toBe("portefolje-2026-11-27.csv");
    expect(await exportPortfolio(user, parsePortfolioFilter({}), "xlsx", null, new Date("2026-11-27T12:00:00Z"))).toMatchObject({
      filename: "portefolje-2026-11-27.xlsx",
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
  });

});
