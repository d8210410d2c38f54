import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { benefits } from "@/db/schema";
import { proposeMapping } from "@/lib/domain/import-mapping";
import { defaultDirectionNote, downwardDirectionNote } from "@/lib/import/plan";
import { applyImport } from "@/lib/services/portfolio-import-apply";
import { previewImport, uploadImportFile } from "@/lib/services/portfolio-import";
import { rollbackImportBatch } from "@/lib/services/portfolio-import-rollback";
import { ForbiddenError } from "@/lib/services/errors";
import { benefitContractHeaders, workbookBytes } from "./import-fixtures";
import { fixedNow, insertBenefit, projectCode, seedWorld, snapshot } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();

/** A workbook of one benefit sheet: the contract's headers plus `extra` headers, and rows of quality benefits on the seeded project. */
function benefitSheet(extra: string[], rows: { title: string; extra: (string | null)[] }[]): Promise<Uint8Array> {
  return workbookBytes((workbook) => {
    const sheet = workbook.addWorksheet("Gevinster");
    sheet.addRow([...benefitContractHeaders, ...extra]);
    for (const row of rows) sheet.addRow([projectCode, row.title, "Kvalitet", "", "", "", "", "", "", "", "", ...row.extra]);
  });
}

const directionOf = (title: string) => db().select({ direction: benefits.direction }).from(benefits).where(eq(benefits.title, title)).get()?.direction;

describe("portfolio import: a benefit's direction", () => {
  it("recognises the header and the Danish labels, Op/Ned, Up/Down and Højere/Lavere er bedre, and creates each benefit that way", async () => {
    expect(proposeMapping("benefits", ["Nr.", "Gevinst", "Direction"]).direction).toBe("Direction");
    expect(proposeMapping("benefits", ["Nr.", "Gevinst", "Retning"]).direction).toBe("Retning");
    const world = seedWorld(db());
    const values: [string, "up" | "down"][] = [
      ["Tallet skal op", "up"],
      ["Tallet skal ned", "down"],
      ["Op", "up"],
      ["ned", "down"],
      ["Up", "up"],
      ["Down", "down"],
      ["Højere er bedre", "up"],
      ["Lavere er bedre", "down"],
    ];
    const bytes = await benefitSheet(["Retning"], values.map(([text], index) => ({ title: `Gevinst nummer ${index + 1}`, extra: [text] })));
    const { uploadId } = await uploadImportFile(world.director, { name: "gevinster.xlsx", bytes }, fixedNow);
    const { plan } = await previewImport(world.director, uploadId, fixedNow);
    expect(plan.benefitRows.map((row) => row.status)).toEqual(values.map(() => "new"));
    expect(plan.benefitRows.map((row) => row.values.direction)).toEqual(values.map(([, direction]) => direction));
    expect(plan.benefitRows.flatMap((row) => row.notes)).toEqual([]);

    await applyImport(world.director, uploadId, fixedNow);
    expect(values.map((_, index) => directionOf(`Gevinst nummer ${index + 1}`))).toEqual(values.map(([, direction]) => direction));
  });

  it("creates a new benefit as 'Tallet skal op' with a note, not an error, when the column is missing or the cell empty", async () => {
    const world = seedWorld(db());
    const withoutColumn = await benefitSheet([], [{ title: "Kortere ventetid", extra: [] }]);
    const first = await uploadImportFile(world.director, { name: "uden-retning.xlsx", bytes: withoutColumn }, fixedNow);
    const { plan } = await previewImport(world.director, first.uploadId, fixedNow);
    expect(plan.benefitRows[0]).toMatchObject({ status: "new", errors: [], notes: [defaultDirectionNote] });
    expect(defaultDirectionNote).toBe('Retning er ikke angivet; gevinsten oprettes med "Tallet skal op"');
    await applyImport(world.director, first.uploadId, fixedNow);
    expect(directionOf("Kortere ventetid")).toBe("up");

    const emptyCell = await benefitSheet(["Retning"], [{ title: "Færre klager", extra: [""] }]);
    const second = await uploadImportFile(world.director, { name: "tom-retning.xlsx", bytes: emptyCell }, fixedNow);
    const { plan: emptyPlan } = await previewImport(world.director, second.uploadId, fixedNow);
    expect(emptyPlan.benefitRows[0]).toMatchObject({ status: "new", errors: [], notes: [defaultDirectionNote] });
  });

  it("refuses a value it does not recognise with a Danish reason, and writes nothing", async () => {
    const world = seedWorld(db());
    const bytes = await benefitSheet(["Retning"], [{ title: "Bedre trivsel", extra: ["Sidelæns"] }]);
    const { uploadId } = await uploadImportFile(world.director, { name: "forkert.xlsx", bytes }, fixedNow);
    const { plan } = await previewImport(world.director, uploadId, fixedNow);
    expect(plan.benefitRows[0].status).toBe("error");
    expect(plan.benefitRows[0].errors).toEqual([
      { column: "Retning", reason: '"Sidelæns" er ikke en retning; skriv Tallet skal op eller Tallet skal ned (eller Op/Ned, Højere er bedre/Lavere er bedre)' },
    ]);
    expect(plan.benefitRows[0].notes).toEqual([]);
    const before = snapshot(db());
    await expect(applyImport(world.director, uploadId, fixedNow)).rejects.toThrow();
    expect(snapshot(db())).toEqual(before);
    expect(directionOf("Bedre trivsel")).toBeUndefined();
  });

  it("changes an existing benefit's direction only when the cell has a value, even with its baseline locked; rollback restores it", async () => {
    const world = seedWorld(db(), { phase: "implementation" });
    insertBenefit(db(), world.project.id, { title: "Færre fald", direction: "up", baselineValue: 40, baselineDate: "2026-01-01", targetValue: 20, targetDate: "2027-12-31" });
    insertBenefit(db(), world.project.id, { title: "Hurtigere svar", direction: "down" });
    const bytes = await benefitSheet(["Retning"], [
      { title: "Færre fald", extra: ["Lavere er bedre"] },
      { title: "Hurtigere svar", extra: [""] },
    ]);
    const { uploadId } = await uploadImportFile(world.director, { name: "retning.xlsx", bytes }, fixedNow);
    const { plan } = await previewImport(world.director, uploadId, fixedNow);
    expect(plan.benefitRows.map((row) => row.status)).toEqual(["changed", "unchanged"]);
    expect(plan.benefitRows[0].changes).toEqual([{ field: "direction", label: "Retning", from: "Tallet skal op", to: "Tallet skal ned" }]);
    expect(plan.benefitRows.flatMap((row) => row.notes)).toEqual([]);

    const { batchId } = await applyImport(world.director, uploadId, fixedNow);
    expect(directionOf("Færre fald")).toBe("down");
    expect(directionOf("Hurtigere svar")).toBe("down");
    rollbackImportBatch(world.director, batchId, fixedNow);
    expect(directionOf("Færre fald")).toBe("up");
  });

  it("creates a benefit without a direction whose target lies below its baseline as one that goes down, and refuses a direction that contradicts the values", async () => {
    const world = seedWorld(db());
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Gevinster");
      sheet.addRow([...benefitContractHeaders, "Retning"]);
      sheet.addRow([projectCode, "Færre ventedage", "Kvalitet", "", "", "", 30, "01-01-2026", 10, "31-12-2027", "", ""]);
      sheet.addRow([projectCode, "Flere digitale ansøgninger", "Kvalitet", "", "", "", 30, "01-01-2026", 10, "31-12-2027", "", "Op"]);
    });
    const { uploadId } = await uploadImportFile(world.director, { name: "retning.xlsx", bytes }, fixedNow);
    const { plan } = await previewImport(world.director, uploadId, fixedNow);
    expect(plan.benefitRows.map((row) => row.status)).toEqual(["new", "error"]);
    expect(plan.benefitRows[0].notes).toEqual([downwardDirectionNote]);
    expect(plan.benefitRows[1].errors.map((error) => error.reason)).toEqual(["Når tallet skal op, skal målet være større end baseline"]);
  });

  it("refuses a department head's and a staff member's preview and apply of a direction change, writing nothing", async () => {
    const world = seedWorld(db());
    insertBenefit(db(), world.project.id, { title: "Færre fald", direction: "up" });
    const bytes = await benefitSheet(["Retning"], [{ title: "Færre fald", extra: ["Tallet skal ned"] }]);
    const { uploadId } = await uploadImportFile(world.director, { name: "retning.xlsx", bytes }, fixedNow);
    for (const actor of [world.headA, world.owner]) {
      const before = snapshot(db());
      await expect(previewImport(actor, uploadId, fixedNow)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(applyImport(actor, uploadId, fixedNow)).rejects.toBeInstanceOf(ForbiddenError);
      expect(snapshot(db())).toEqual(before);
    }
    expect(directionOf("Færre fald")).toBe("up");
  });
});
