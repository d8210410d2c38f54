import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { danishDateFormat, isoDayToDate, toXlsx, type XlsxSheet } from "@/lib/export/xlsx";

const portfolio: XlsxSheet = {
  name: "Portefølje",
  columns: [
    { header: "Nr.", kind: "text", width: 14 },
    { header: "Titel", kind: "text", width: 44 },
    { header: "Godkendt budget", kind: "number" },
    { header: "Planlagt slut", kind: "date", width: 14 },
    { header: "Baseline", kind: "decimal" },
  ],
  rows: [
    ["DIG-2026-001", "Faldsensorer i plejeboliger – æøå & <test>", 1_500_000, "2026-12-31", 12.5],
    ["DIG-2026-002", "=HYPERLINK(\"http://x\")\u0001", 0, null, null],
    ["DIG-2026-003", "Ukendt dato", Number.NaN, "snart", 3],
  ],
};
const second: XlsxSheet = { name: "Gevinster", columns: [{ header: "Gevinst", kind: "text" }], rows: [["Kortere sagsbehandling"]] };

async function readBack(sheets: readonly XlsxSheet[]): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await toXlsx(sheets)) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("toXlsx", () => {
  it("is a zip with one worksheet per sheet, in order", async () => {
    const bytes = await toXlsx([portfolio, second]);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const workbook = await readBack([portfolio, second]);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Portefølje", "Gevinster"]);
    expect(workbook.getWorksheet("Gevinster")!.getCell("A2").value).toBe("Kortere sagsbehandling");
  });

  it("writes a bold, frozen, filterable header row and the column widths", async () => {
    const sheet = (await readBack([portfolio])).getWorksheet("Portefølje")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(["Nr.", "Titel", "Godkendt budget", "Planlagt slut", "Baseline"]);
    for (let column = 1; column <= 5; column++) expect(sheet.getRow(1).getCell(column).font?.bold).toBe(true);
    expect(sheet.getCell("A2").font?.bold).toBeFalsy();
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:E1");
    expect([1, 2, 3, 4].map((column) => sheet.getColumn(column).width)).toEqual([14, 44, 16, 14]);
  });

  it("writes numbers as numbers and ISO days as real dates in the Danish format", async () => {
    const sheet = (await readBack([portfolio])).getWorksheet("Portefølje")!;
    expect(sheet.getCell("C2").value).toBe(1_500_000);
    expect(sheet.getCell("C2").numFmt).toBe("#,##0");
    expect(sheet.getCell("C3").value).toBe(0);
    expect(sheet.getCell("E2").value).toBe(12.5);
    const date = sheet.getCell("D2").value;
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString()).toBe("2026-12-31T00:00:00.000Z");
    expect(sheet.getCell("D2").numFmt).toBe(danishDateFormat);
  });

  it("leaves empty values empty, keeps text that is not a date as text and never writes a formula", async () => {
    const sheet = (await readBack([portfolio])).getWorksheet("Portefølje")!;
    expect(sheet.getCell("D3").value).toBeNull();
    expect(sheet.getCell("E3").value).toBeNull();
    expect(sheet.getCell("C4").value).toBeNull();
    expect(sheet.getCell("D4").value).toBe("snart");
    expect(sheet.getCell("B2").value).toBe("Faldsensorer i plejeboliger – æøå & <test>");
    expect(sheet.getCell("B3").value).toBe('=HYPERLINK("http://x")');
    expect(sheet.getCell("B3").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.rowCount).toBe(4);
  });
});

describe("isoDayToDate", () => {
  it("reads ISO days (and timestamps) as UTC midnight and refuses what is not a day", () => {
    expect(isoDayToDate("2026-01-01")?.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(isoDayToDate("2026-11-27T12:00:00Z")?.toISOString()).toBe("2026-11-27T00:00:00.000Z");
    expect(isoDayToDate("2026-02-30")).toBeNull();
    expect(isoDayToDate("31-12-2026")).toBeNull();
    expect(isoDayToDate("ikke en dato")).toBeNull();
  });
});
