import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import type { AppDatabase } from "@/db";
import { projects } from "@/db/schema";

export const benefitContractHeaders = ["Nr.", "Gevinst", "Type", "Gevinstejer", "Indikator", "Enhed", "Baseline", "Baselinedato", "Mål", "Måldato", "Årlig værdi (kr.)"];

export const contractHeaders = ["Nr.", "Titel", "Afdeling", "Fase", "Formål", "Status", "Projektejer", "Projektleder", "Godkendt budget", "Forbrugt", "Planlagt slut", "Forventet slut"];

export async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A municipal portfolio sheet as they come: a merged title row, messy headers, Danish dates and amounts as text,
 * colour words, a formula without a cached result and a few bad rows. `existingCode` is a project in the portal.
 */
export async function municipalSheet(existingCode: string): Promise<Uint8Array> {
  return workbookBytes((workbook) => {
    const sheet = workbook.addWorksheet("Portefølje 2026");
    sheet.addRow(["Digitaliseringsportefølje – Social og Sundhed, status november 2026"]);
    sheet.mergeCells("A1:L1");
    sheet.addRow(["Projektkode", "Projektnavn ", "Afd.", "Projektejer", "Projektleder", "Budget", "Forbrug til dato", "Slutdato", "Fase", "RAG", "Formål", "Statusdato"]);
    // 3: the existing project, changed: budget as Danish text, spent as "t.kr.", status colour word.
    sheet.addRow([existingCode, "Faldsensorer i plejeboliger", "Social og Sundhed", "Olga Ejer", "Lars Leder", "1.250.000 kr.", "500 t.kr.", "18-12-2026", "Analyse", "Gul", "Kvalitet", "15.11.2026"]);
    // 4: new, millions as text, real Excel date, G/Y/R letter.
    sheet.addRow(["", "Digital borgerrådgivning", "SOS", "ejer@test.dk", "Lars Leder", "1,25 mio.", 0, day("2027-06-30"), "Idé", "G", "Ny service", ""]);
    // 5: new, amounts as numbers, date as 31/12/2026, English colour.
    sheet.addRow(["", "Robotstøvsugere på plejecentre", "Social og Sundhed", "Olga Ejer", "Lars Leder", 300000, 12000, "31/12/2026", "Implementering", "Amber", "Effektivisering", "2026-11-20"]);
    // 6: bad: a date that does not exist and an amount that is not an amount.
    sheet.addRow(["", "Chatbot til hjemmeplejen", "Social og Sundhed", "Olga Ejer", "Lars Leder", "mange penge", 0, "31-02-2027", "Analyse", "Rød", "Kvalitet", ""]);
    // 7: bad: unknown department and unknown lead.
    sheet.addRow(["", "Velfærdsteknologisk kortlægning", "Ukendt forvaltning", "Olga Ejer", "Niels Ingen", 0, 0, "", "Idé", "", "Kvalitet", ""]);
    // 8: bad: a formula without a cached result, and a colour that is not one.
    sheet.addRow(["", "Skærmbesøg i rehabilitering", "Social og Sundhed", "Olga Ejer", "Lars Leder", { formula: "F4*2" }, 0, "", "Afprøvning", "Lilla", "Kvalitet", ""]);
  });
}

export const projectByTitle = (db: AppDatabase, title: string) => db.select().from(projects).where(eq(projects.title, title)).get();
