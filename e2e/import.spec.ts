import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expectNoAxeViolations, storageStateOf } from "./support";

test.use({ storageState: storageStateOf("admin") });

/** A small sheet whose owner column has a header Styrerum does not know ("Ansvarlig"), so the user maps it. */
async function writeSheet(title: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Portefølje");
  sheet.addRow(["Porteføljeoversigt, Egeby Kommune"]);
  sheet.mergeCells("A1:H1");
  sheet.addRow(["Projektnavn", "Afdeling", "Ansvarlig", "Projektleder", "Formål", "Budget", "Slutdato", "RAG"]);
  sheet.addRow([title, "Social og Sundhed", "medarbejder@egeby.dk", "medarbejder@egeby.dk", "Kvalitet", "1,5 mio.", "31-12-2027", "Grøn"]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "styrerum-import-")), "portefolje.xlsx");
  await workbook.xlsx.writeFile(file);
  return file;
}

test("an admin imports a sheet, adjusts a mapping, applies it, finds the project and rolls it back", async ({ page }) => {
  const title = `Importeret pilotprojekt ${Date.now()}`;
  await page.goto("/admin/import");
  await page.getByLabel("Regneark (.xlsx eller .csv)").setInputFiles(await writeSheet(title));
  await page.getByRole("button", { name: "Indlæs" }).click();
  await expect(page.getByRole("heading", { name: "Vælg kolonner og værdier", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue("Projektnavn");
  // After a server action's navigation the document title can land a moment after the heading.
  await expect(page).toHaveTitle(/Import af projekter og gevinster/);
  await expectNoAxeViolations(page);
  await page.getByLabel("Projektejer", { exact: true }).selectOption("Ansvarlig");
  await page.getByRole("button", { name: "Vis forhåndsvisning" }).click();

  await expect(page.getByRole("heading", { name: "Forhåndsvisning", level: 1 })).toBeVisible();
  await expect(page.getByTestId("count-new")).toHaveText("1");
  await expect(page.getByTestId("count-error")).toHaveText("0");
  // After a server action's navigation the document title can land a moment after the heading.
  await expect(page).toHaveTitle(/Import af projekter og gevinster/);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Importér 1 række" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Importen er gennemført: 1 ny række, 0 ændrede rækker" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Import nr\. \d+$/, level: 1 })).toBeVisible();
  const batchHeading = await page.getByRole("heading", { level: 1 }).textContent();
  const batchNumber = /Import nr\. (\d+)/.exec(batchHeading ?? "")![1];
  // The batch result page, reached by the apply action's navigation.
  await expect(page).toHaveTitle(/Import af projekter og gevinster/);
  await expectNoAxeViolations(page);

  await page.goto(`/portfolio/projects?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  // The upload step, before a file is chosen, with the batch in its list of recent imports.
  await page.goto("/admin/import");
  await expect(page.getByRole("heading", { name: "Importér projekter og gevinster", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Regneark (.xlsx eller .csv)")).toBeVisible();
  // Rolling back asks first: the step says what it undoes, and its button does it.
  const rollback = page.locator("summary", { hasText: "Rul tilbage" });
  await expect(rollback).toBeVisible();
  await rollback.click();
  await expect(page.getByText("Det kan ikke fortrydes.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: `Ja, rul tilbage: import nr. ${batchNumber}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Importen er rullet tilbage." })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Ja, rul tilbage/ })).toHaveCount(0);
  await page.goto(`/portfolio/projects?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
});
