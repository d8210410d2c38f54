import { and, eq, inArray, isNotNull } from "drizzle-orm";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { benefits, departments, projects, statusReports, users } from "@/db/schema";
import { benefitHeaders, exportBenefits } from "@/lib/export/benefits-export";
import { portfolioHeaders } from "@/lib/export/portfolio";
import { exportPortfolio, portfolioSheetNames } from "@/lib/export/portfolio-export";
import { danishDateFormat } from "@/lib/export/xlsx";
import { benefitDirectionLabels, benefitTypeLabels } from "@/lib/domain/labels";
import { listExportBenefits, listExportStatusHistory, statusHistoryPerProject } from "@/lib/queries/portfolio-export";
import { listProjects } from "@/lib/queries/projects";
import type { SessionUser } from "@/lib/services/auth";
import { parsePortfolioFilter } from "@/lib/validation/portfolio";
import { planOf, statementsOf } from "./statement-capture";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

const benefitSheetHeaders = ["Nr.", "Gevinst", "Type", "Gevinstejer", "Indikator", "Enhed", "Baseline", "Baselinedato", "Mål", "Måldato", "Årlig værdi (kr.)", "Retning"];
const historySheetHeaders = ["Nr.", "Titel", "Dato", "Samlet", "Tid", "Økonomi", "Leverance/kvalitet", "Risiko", "Gevinster", "Kommentar"];

function director(): SessionUser {
  const row = db().select().from(users).where(eq(users.email, "direktor@egeby.dk")).get()!;
  return { id: row.id, role: row.role, departmentId: row.departmentId, name: row.name, email: row.email, title: row.title } as SessionUser;
}

async function workbookOf(body: Uint8Array | string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(body as Uint8Array) as unknown as ExcelJS.Buffer);
  return workbook;
}

async function portfolioWorkbook(params: Record<string, string> = {}): Promise<ExcelJS.Workbook> {
  return workbookOf((await exportPortfolio(director(), parsePortfolioFilter(params), "xlsx", null)).body);
}

const headersOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
const dataRows = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(2).map((row) => (row as unknown[]).slice(1));
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/** Publishes a report with a light per dimension on `reportDate`; returns its id. */
function publishReport(projectId: number, reportDate: string, lights: Partial<Record<"time" | "economy" | "delivery" | "risk" | "benefits" | "overall", "green" | "yellow" | "red">> = {}, comment = ""): number {
  const authorId = director().id;
  return db()
    .insert(statusReports)
    .values({
      projectId,
      reportDate,
      state: "published",
      timeLight: lights.time ?? "green",
      economyLight: lights.economy ?? "green",
      deliveryLight: lights.delivery ?? "green",
      riskLight: lights.risk ?? "green",
      benefitsLight: lights.benefits ?? "green",
      overallLight: lights.overall ?? "green",
      overallComment: comment,
      authorId,
      publishedAt: `${reportDate}T10:00:00.000Z`,
      publishedById: authorId,
    })
    .returning({ id: statusReports.id })
    .get().id;
}

describe("the portfolio workbook", () => {
  it("has the projects, benefits and status history sheets with exactly the agreed headers, each bold, frozen and filterable", async () => {
    const workbook = await portfolioWorkbook();
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Projekter", "Gevinster", "Statushistorik"]);
    expect(Object.values(portfolioSheetNames)).toEqual(["Projekter", "Gevinster", "Statushistorik"]);
    const expected = [portfolioHeaders, benefitSheetHeaders, historySheetHeaders];
    workbook.worksheets.forEach((sheet, index) => {
      expect(headersOf(sheet), sheet.name).toEqual(expected[index]);
      expect(sheet.getRow(1).getCell(1).font?.bold, sheet.name).toBe(true);
      expect(sheet.views[0], sheet.name).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.autoFilter, sheet.name).toBeTruthy();
    });
  });

  it("has a row per benefit of the exported projects, in the projects' order, with typed numbers and real dates", async () => {
    const filter = parsePortfolioFilter({ phase: "active" });
    const exported = listProjects(filter);
    const workbook = await portfolioWorkbook({ phase: "active" });
    const rows = dataRows(workbook.getWorksheet("Gevinster")!);
    const inDatabase = db()
      .select({ id: benefits.id })
      .from(benefits)
      .where(inArray(benefits.projectId, exported.map((project) => project.id)))
      .all();
    expect(inDatabase.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(inDatabase.length);
    const order = exported.map((project) => project.code);
    const codes = rows.map((row) => row[0] as string);
    expect(codes.every((code) => order.includes(code))).toBe(true);
    expect([...codes].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(codes);

    const benefit = db()
      .select({ benefit: benefits, code: projects.code, ownerName: users.name })
      .from(benefits)
      .innerJoin(projects, eq(projects.id, benefits.projectId))
      .innerJoin(users, eq(users.id, benefits.ownerId))
      .where(and(inArray(benefits.projectId, exported.map((project) => project.id)), isNotNull(benefits.baselineValue), isNotNull(benefits.targetDate), isNotNull(benefits.annualValueKr)))
      .get()!;
    const row = rows.find((candidate) => candidate[1] === benefit.benefit.title && candidate[0] === benefit.code)!;
    expect(row).toBeDefined();
    const b = benefit.benefit;
    expect(row.map(day)).toEqual([
      benefit.code,
      b.title,
      benefitTypeLabels[b.type],
      benefit.ownerName,
      b.indicator || undefined,
      b.unit || undefined,
      b.baselineValue,
      b.baselineDate ?? undefined,
      b.targetValue ?? undefined,
      b.targetDate,
      b.annualValueKr,
      benefitDirectionLabels[b.direction],
    ]);
    const sheet = workbook.getWorksheet("Gevinster")!;
    const rowNumber = rows.indexOf(row) + 2;
    expect(typeof sheet.getRow(rowNumber).getCell(7).value).toBe("number");
    expect(sheet.getRow(rowNumber).getCell(10).value).toBeInstanceOf(Date);
    expect(sheet.getRow(rowNumber).getCell(10).numFmt).toBe(danishDateFormat);
    expect(typeof sheet.getRow(rowNumber).getCell(11).value).toBe("number");
  });

  it("has the latest published reports of each exported project, newest first, capped, with the lights in Danish", async () => {
    const [project, other] = listProjects(parsePortfolioFilter({ sort: "code" }));
    db().delete(statusReports).where(inArray(statusReports.projectId, [project.id, other.id])).run();
    for (let month = 1; month <= statusHistoryPerProject + 2; month++) publishReport(project.id, `2025-${String(((month - 1) % 12) + 1).padStart(2, "0")}-${month > 12 ? "20" : "05"}`);
    publishReport(project.id, "2026-11-02", { time: "red", economy: "yellow", delivery: "green", risk: "green", benefits: "red", overall: "red" }, "Leverandøren er forsinket");
    db().insert(statusReports).values({ projectId: project.id, reportDate: "2026-11-20", timeLight: "green", economyLight: "green", deliveryLight: "green", riskLight: "green", benefitsLight: "green", overallLight: "green", authorId: director().id }).run();
    // Together with the report above, every pair of light columns differs in at least one row.
    publishReport(other.id, "2026-10-01", { overall: "red", time: "yellow", economy: "yellow", delivery: "red", risk: "green", benefits: "green" }, "Afventer afklaring");

    const rows = dataRows((await portfolioWorkbook({ sort: "code" })).getWorksheet("Statushistorik")!);
    const ofProject = rows.filter((row) => row[0] === project.code);
    expect(ofProject).toHaveLength(statusHistoryPerProject);
    expect(ofProject[0].map(day)).toEqual([project.code, project.title, "2026-11-02", "Rød", "Rød", "Gul", "Grøn", "Grøn", "Rød", "Leverandøren er forsinket"]);
    expect(ofProject[0][2]).toBeInstanceOf(Date);
    const dates = ofProject.map((row) => day(row[2]) as string);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates).not.toContain("2026-11-20");
    expect(dates.at(-1)).toBe("2025-02-20");
    expect(rows.filter((row) => row[0] === other.code).map((row) => row.map(day))).toEqual([
      [other.code, other.title, "2026-10-01", "Rød", "Gul", "Gul", "Rød", "Grøn", "Grøn", "Afventer afklaring"],
    ]);
    expect(rows.findIndex((row) => row[0] === project.code)).toBeLessThan(rows.findIndex((row) => row[0] === other.code));
  });

  it("carries only the benefits and reports of the projects the filter exports", async () => {
    const department = db().select({ id: departments.id }).from(projects).innerJoin(departments, eq(departments.id, projects.departmentId)).get()!;
    const params = { department: String(department.id) };
    const codes = new Set(listProjects(parsePortfolioFilter(params)).map((project) => project.code));
    const everyone = listProjects(parsePortfolioFilter({})).length;
    expect(codes.size).toBeLessThan(everyone);
    const workbook = await portfolioWorkbook(params);
    for (const name of ["Gevinster", "Statushistorik"]) {
      const rows = dataRows(workbook.getWorksheet(name)!);
      expect(rows.every((row) => codes.has(row[0] as string)), name).toBe(true);
    }
    expect(dataRows(workbook.getWorksheet("Gevinster")!)).toHaveLength(listExportBenefits(parsePortfolioFilter(params)).length);
  });

  it("reads benefits and reports through their project indexes, one statement per sheet", () => {
    const filter = parsePortfolioFilter({ phase: "trial" });
    for (const read of [() => listExportBenefits(filter), () => listExportStatusHistory(filter)]) {
      const statements = statementsOf(db(), read);
      expect(statements).toHaveLength(1);
      const plan = planOf(db(), statements[0]);
      expect(plan.some((detail) => /^SEARCH (benefits|status_reports) USING INDEX (benefits_project_idx|status_reports_project_idx)/.test(detail)), plan.join("\n")).toBe(true);
      expect(plan.filter((detail) => /^SCAN (benefits|status_reports|projects)\b/.test(detail)), plan.join("\n")).toEqual([]);
    }
  });
});

describe("the benefits workbook", () => {
  it("reads back with its headers, numbers as numbers and the latest measurement as a date", async () => {
    const file = await exportBenefits(director(), parsePortfolioFilter({}), "xlsx", null);
    const workbook = await workbookOf(file.body);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Gevinster"]);
    const sheet = workbook.getWorksheet("Gevinster")!;
    expect(headersOf(sheet)).toEqual([...benefitHeaders]);
    const rows = dataRows(sheet);
    expect(rows.length).toBeGreaterThan(0);
    const measured = rows.find((row) => row[9] !== undefined && row[11] !== undefined)!;
    expect(measured[9]).toBeInstanceOf(Date);
    expect(typeof measured[11]).toBe("number");
  });
});
