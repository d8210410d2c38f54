import ExcelJS from "exceljs";
import { asc, eq } from "drizzle-orm";
import type { AppDatabase } from "@/db";
import { benefits, departments, projects, users } from "@/db/schema";
import { benefitTypeLabels, lightLabels, phaseLabels, purposeLabels } from "@/lib/domain/labels";

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

/** The portal's projects as the portfolio export writes them (the round-trip contract). */
export async function exportLikeWorkbook(db: AppDatabase): Promise<Uint8Array> {
  const names = new Map(db.select({ id: users.id, name: users.name }).from(users).all().map((row) => [row.id, row.name]));
  const departmentNames = new Map(db.select({ id: departments.id, name: departments.name }).from(departments).all().map((row) => [row.id, row.name]));
  const rows = db.select().from(projects).orderBy(asc(projects.code)).all();
  return workbookBytes((workbook) => {
    const sheet = workbook.addWorksheet("Projekter");
    sheet.addRow(contractHeaders);
    for (const project of rows) {
      sheet.addRow([
        project.code,
        project.title,
        departmentNames.get(project.departmentId),
        phaseLabels[project.phase],
        purposeLabels[project.purpose],
        project.latestLight ? lightLabels[project.latestLight] : "Ingen status",
        names.get(project.ownerId),
        names.get(project.leadId),
        project.approvedBudgetKr,
        project.spentKr,
        project.baselineEnd ? day(project.baselineEnd) : null,
        project.forecastEnd ? day(project.forecastEnd) : null,
      ]);
    }
    const benefitSheet = workbook.addWorksheet("Gevinster");
    benefitSheet.addRow(benefitContractHeaders);
    const codes = new Map(rows.map((project) => [project.id, project.code]));
    for (const benefit of db.select().from(benefits).orderBy(asc(benefits.id)).all()) {
      benefitSheet.addRow([
        codes.get(benefit.projectId),
        benefit.title,
        benefitTypeLabels[benefit.type],
        benefit.ownerId ? names.get(benefit.ownerId) : null,
        benefit.indicator || null,
        benefit.unit || null,
        benefit.baselineValue,
        benefit.baselineDate ? day(benefit.baselineDate) : null,
        benefit.targetValue,
        benefit.targetDate ? day(benefit.targetDate) : null,
        benefit.annualValueKr,
      ]);
    }
    workbook.addWorksheet("Statushistorik").addRow(["Nr.", "Dato", "Samlet"]);
  });
}

export const projectByTitle = (db: AppDatabase, title: string) => db.select().from(projects).where(eq(projects.title, title)).get();
