import { describe, expect, it } from "vitest";
import { findHeaderRow, proposeMapping, reuseMapping, sheetKindOf } from "@/lib/domain/import-mapping";
import { rollbackRefusal } from "@/lib/domain/import-rollback";
import type { CellValue } from "@/lib/domain/import-values";

const row = (...texts: string[]): CellValue[] => texts.map((text) => (text ? { kind: "text", text } : { kind: "empty" }));

describe("mapping proposal", () => {
  it("maps Danish and English synonyms", () => {
    expect(proposeMapping("projects", ["Project name", "Department", "Owner", "Lead", "Spent", "End date", "Phase", "RAG", "Code"])).toEqual({
      title: "Project name",
      department: "Department",
      owner: "Owner",
      lead: "Lead",
      spentKr: "Spent",
      baselineEnd: "End date",
      phase: "Phase",
      light: "RAG",
      code: "Code",
    });
    expect(proposeMapping("projects", ["Projektnavn", "Ejer", "Forbrug", "Slutdato", "Budget", "Startdato", "Statusdato", "Beskrivelse"])).toMatchObject({
      title: "Projektnavn",
      owner: "Ejer",
      spentKr: "Forbrug",
      baselineEnd: "Slutdato",
      approvedBudgetKr: "Budget",
      baselineStart: "Startdato",
      statusDate: "Statusdato",
      summary: "Beskrivelse",
    });
  });

  it("skips a title row and finds the header row; tells a benefit sheet by its Gevinst column", () => {
    expect(findHeaderRow([row("Portefølje 2026"), row(""), row("Nr.", "Titel", "Afdeling")])).toBe(2);
    expect(findHeaderRow([row("Noget", "andet", "helt")])).toBeNull();
    expect(sheetKindOf(["Nr.", "Gevinst", "Type"])).toBe("benefits");
    expect(sheetKindOf(["Nr.", "Titel", "Afdeling"])).toBe("projects");
  });

  it("reuses a saved mapping on a sheet whose headers differ in case and spacing", () => {
    expect(reuseMapping({ title: "Projektnavn", owner: "Ansvarlig", lead: "Findes ikke" }, ["PROJEKTNAVN ", "ansvarlig"])).toEqual({ title: "PROJEKTNAVN ", owner: "ansvarlig" });
  });
});

describe("rollback window", () => {
  const now = new Date("2026-11-30T12:00:00Z");
  it("allows 7 days, refuses after, refuses twice and names changed rows", () => {
    expect(rollbackRefusal({ importedAt: "2026-11-24T12:00:00Z", rolledBackAt: null }, [], now)).toBeNull();
    expect(rollbackRefusal({ importedAt: "2026-11-22T12:00:00Z", rolledBackAt: null }, [], now)).toMatch(/mere end 7 dage/);
    expect(rollbackRefusal({ importedAt: "2026-11-29T12:00:00Z", rolledBackAt: "2026-11-29T13:00:00Z" }, [], now)).toMatch(/allerede/);
    expect(rollbackRefusal({ importedAt: "2026-11-29T12:00:00Z", rolledBackAt: null }, ["DIG-2026-001 Ny portal"], now)).toContain("DIG-2026-001 Ny portal");
  });
});
