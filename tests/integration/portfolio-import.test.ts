import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, benefitMeasurements, benefitRebaselines, benefits, departments, importBatches, importUploads, projectChangeRequests, projects, statusReports, users } from "@/db/schema";
import { proposeMapping } from "@/lib/domain/import-mapping";
import { exportPortfolio } from "@/lib/export/portfolio-export";
import { emptyPortfolioFilter } from "@/lib/validation/portfolio";
import { errorReportCsv } from "@/lib/import/error-report";
import { planFingerprint } from "@/lib/import/plan";
import { applyImport, stalePreviewMessage } from "@/lib/services/portfolio-import-apply";
import { previewImport, updateImportSettings, uploadImportFile } from "@/lib/services/portfolio-import";
import { rollbackImportBatch } from "@/lib/services/portfolio-import-rollback";
import { createBenefit } from "@/lib/services/benefits";
import { updateProject } from "@/lib/services/projects";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/services/errors";
import { benefitContractHeaders, contractHeaders, municipalSheet, projectByTitle, workbookBytes } from "./import-fixtures";
import { fixedNow, projectCode, projectRow, seedWorld, snapshot } from "./project-fixtures";
import { loadDemoDatabase, withTempDatabase } from "./temp-database";

const db = withTempDatabase();

const upload = (actor: Parameters<typeof uploadImportFile>[0], bytes: Uint8Array, name = "portefolje.xlsx") => uploadImportFile(actor, { name, bytes }, fixedNow);

describe("portfolio import: the municipal sheet", () => {
  it("finds the header row under the merged title, proposes the mapping and classifies every row", async () => {
    const world = seedWorld(db());
    const { uploadId } = await upload(world.admin, await municipalSheet(projectCode));
    const { upload: loaded, plan } = await previewImport(world.admin, uploadId, fixedNow);
    expect(loaded.settings.projectSheet).toBe("Portefølje 2026");
    expect(loaded.settings.projectMapping).toMatchObject({
      code: "Projektkode",
      title: "Projektnavn",
      department: "Afd.",
      owner: "Projektejer",
      lead: "Projektleder",
      approvedBudgetKr: "Budget",
      spentKr: "Forbrug til dato",
      baselineEnd: "Slutdato",
      phase: "Fase",
      light: "RAG",
      purpose: "Formål",
      statusDate: "Statusdato",
    });
    console.info("Municipal sheet preview counts:", JSON.stringify(plan.counts));
    expect(plan.counts).toEqual({ new: 2, changed: 1, unchanged: 0, error: 3, skipped: 0 });
    const byRow = new Map(plan.projectRows.map((row) => [row.sheetRow, row]));
    expect(byRow.get(3)!.status).toBe("changed");
    expect(byRow.get(3)!.changes.map((change) => [change.label, change.to])).toEqual([
      ["Godkendt budget", "1.250.000 kr."],
      ["Forbrugt", "500.000 kr."],
      ["Status", "Gul"],
    ]);
    expect(byRow.get(3)!.changes[0].viaRequest).toBe(true);
    expect(byRow.get(4)!.values).toMatchObject({ approvedBudgetKr: 1_250_000, baselineEnd: "2027-06-30", departmentId: world.deptA, ownerId: world.owner.id });
    expect(byRow.get(5)!.values).toMatchObject({ baselineEnd: "2026-12-31", phase: "implementation" });
    expect(byRow.get(6)!.errors.map((error) => error.column).sort()).toEqual(["Budget", "Slutdato"]);
    expect(byRow.get(7)!.errors.map((error) => error.reason).join(" ")).toContain('Afdelingen "Ukendt forvaltning" findes ikke');
    expect(byRow.get(8)!.errors.map((error) => error.reason)).toEqual(expect.arrayContaining(["Formler læses ikke", expect.stringContaining('"Lilla" er ikke en statusfarve')]));
    expect(plan.unmatched.map((value) => value.text).sort()).toEqual(["Niels Ingen", "Ukendt forvaltning"]);
    const report = errorReportCsv(plan).split("\r\n");
    expect(report[0]).toBe("\uFEFFArk;Række;Projekt / gevinst;Kolonne;Fejl");
    expect(report).toContain("Projekter;8;Skærmbesøg i rehabilitering;Budget;Formler læses ikke");
    expect(report.filter(Boolean)).toHaveLength(1 + 6);
  });

  it("applies as a director: creates, updates, imports status colours as reports, one batch; rollback undoes it all", async () => {
    const world = seedWorld(db());
    const before = snapshot(db());
    const { uploadId } = await upload(world.director, await municipalSheet(projectCode));
    const { batchId, counts } = await applyImport(world.director, uploadId, fixedNow);
    expect(counts).toMatchObject({ new: 2, changed: 1, error: 3, statusReports: 3, changeRequests: 0 });
    expect(projectRow(db(), world.project.id)).toMatchObject({ approvedBudgetKr: 1_250_000, spentKr: 500_000, latestLight: "yellow" });
    const robots = projectByTitle(db(), "Robotstøvsugere på plejecentre")!;
    expect(robots).toMatchObject({ phase: "implementation", approvedBudgetKr: 300_000, latestLight: "yellow" });
    const imported = db().select().from(statusReports).where(eq(statusReports.projectId, world.project.id)).get()!;
    expect(imported).toMatchObject({ source: "import", state: "published", reportDate: "2026-11-15", overallLight: "yellow" });
    expect(db().select().from(importBatches).get()).toMatchObject({ importedById: world.director.id, fileName: "portefolje.xlsx" });
    expect(db().select({ n: count() }).from(importUploads).get()!.n).toBe(0);
    expect(db().select().from(auditEvents).where(eq(auditEvents.action, "import.apply")).all()).toHaveLength(1);

    rollbackImportBatch(world.director, batchId, fixedNow);
    const after = snapshot(db());
    expect(after.projects.map(({ id, approvedBudgetKr, spentKr, latestLight }) => ({ id, approvedBudgetKr, spentKr, latestLight }))).toEqual(
      before.projects.map(({ id, approvedBudgetKr, spentKr, latestLight }) => ({ id, approvedBudgetKr, spentKr, latestLight })),
    );
    expect(after.statusReports).toEqual(before.statusReports);
    expect(db().select().from(auditEvents).where(eq(auditEvents.action, "import.rollback")).all()).toHaveLength(1);
    expect(() => rollbackImportBatch(world.director, batchId, fixedNow)).toThrow(/allerede rullet tilbage/);
  });

  it("as an administrator, board-controlled figures become a change request and phases of existing projects are refused", async () => {
    const world = seedWorld(db());
    const { uploadId } = await upload(world.admin, await municipalSheet(projectCode));
    const { batchId, counts } = await applyImport(world.admin, uploadId, fixedNow);
    expect(counts.changeRequests).toBe(1);
    expect(projectRow(db(), world.project.id)).toMatchObject({ approvedBudgetKr: 0, spentKr: 500_000 });
    const request = db().select().from(projectChangeRequests).get()!;
    expect(JSON.parse(request.changes)).toEqual([{ field: "approvedBudgetKr", oldValue: 0, newValue: 1_250_000 }]);
    rollbackImportBatch(world.admin, batchId, fixedNow);
    expect(db().select().from(projectChangeRequests).all()).toEqual([]);
    expect(projectRow(db(), world.project.id).spentKr).toBe(0);
  });

  it("matches by code when the sheet has one, otherwise by title within the department", async () => {
    const world = seedWorld(db());
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Ark1");
      sheet.addRow(["Titel", "Afdeling", "Projektejer", "Projektleder", "Formål", "Forbrugt"]);
      sheet.addRow(["Faldsensorer i plejeboliger", "Social og Sundhed", "Olga Ejer", "Lars Leder", "Kvalitet", "0"]);
      sheet.addRow(["faldsensorer i PLEJEBOLIGER", "Teknik og Miljø", "Olga Ejer", "Lars Leder", "Kvalitet", "0"]);
    });
    const { uploadId } = await upload(world.director, bytes);
    const { plan } = await previewImport(world.director, uploadId, fixedNow);
    expect(plan.projectRows.map((row) => [row.status, row.project?.code ?? null])).toEqual([
      ["unchanged", projectCode],
      ["new", null],
    ]);
  });

  it("lets the user adjust the mapping and choose an existing department for an unmatched one", async () => {
    const world = seedWorld(db());
    const { uploadId } = await upload(world.director, await municipalSheet(projectCode));
    await updateImportSettings(
      world.director,
      uploadId,
      {
        projectSheet: "Portefølje 2026",
        benefitSheet: "",
        ...Object.fromEntries(Object.entries((await previewImport(world.director, uploadId, fixedNow)).upload.settings.projectMapping).map(([field, header]) => [`map.projects.${field}`, header])),
        "map.projects.statusDate": "",
        "value.department:ukendt forvaltning": `id:${world.deptB}`,
        "value.person:niels ingen": "skip",
        mappingName: "Månedsark",
      },
      fixedNow,
    );
    const { plan, upload: loaded } = await previewImport(world.director, uploadId, fixedNow);
    expect(loaded.settings.projectMapping.statusDate).toBeUndefined();
    expect(plan.projectRows.find((row) => row.sheetRow === 7)!.status).toBe("skipped");
    expect(plan.counts).toEqual({ new: 2, changed: 1, unchanged: 0, error: 2, skipped: 1 });
  });

  it("refuses to apply when the data changed after the preview was shown", async () => {
    const world = seedWorld(db());
    const { uploadId } = await upload(world.director, await municipalSheet(projectCode));
    const shown = planFingerprint((await previewImport(world.director, uploadId, fixedNow)).plan);
    db().update(projects).set({ spentKr: 500_000 }).where(eq(projects.id, world.project.id)).run();
    const before = snapshot(db());
    await expect(applyImport(world.director, uploadId, fixedNow, shown)).rejects.toThrow(stalePreviewMessage);
    expect(snapshot(db())).toEqual(before);
    const fresh = planFingerprint((await previewImport(world.director, uploadId, fixedNow)).plan);
    await expect(applyImport(world.director, uploadId, fixedNow, fresh)).resolves.toMatchObject({ counts: { changed: 1 } });
  });

  it("writes nothing when a row is refused by the services mid-way", async () => {
    const world = seedWorld(db());
    db().update(users).set({ active: false }).where(eq(users.id, world.otherStaff.id)).run();
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Ark1");
      sheet.addRow(["Titel", "Afdeling", "Projektejer", "Projektleder", "Formål"]);
      sheet.addRow(["Første nye projekt", "Social og Sundhed", "Olga Ejer", "Lars Leder", "Kvalitet"]);
      sheet.addRow(["Andet nye projekt", "Social og Sundhed", "Mette Medarbejder", "Lars Leder", "Kvalitet"]);
    });
    const { uploadId } = await upload(world.director, bytes);
    // The inactive person is not matched; choosing her anyway passes the preview but the project service refuses her.
    await updateImportSettings(world.director, uploadId, { projectSheet: "Ark1", "value.person:mette medarbejder": `id:${world.otherStaff.id}` }, fixedNow);
    const before = snapshot(db());
    await expect(applyImport(world.director, uploadId, fixedNow)).rejects.toThrow(/Række 3 .*projektejer.*Intet er importeret/i);
    expect(snapshot(db())).toEqual(before);
    expect(db().select({ n: count() }).from(importBatches).get()!.n).toBe(0);
  });

  it("refuses a rollback after a later edit, naming the row, and after 7 days", async () => {
    const world = seedWorld(db());
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Ark1");
      sheet.addRow(["Nr.", "Titel", "Afdeling", "Projektejer", "Projektleder", "Formål"]);
      sheet.addRow(["KOM-001", "Nyt projekt fra arket", "Social og Sundhed", "Olga Ejer", "Lars Leder", "Kvalitet"]);
    });
    const first = await applyImport(world.director, (await upload(world.director, bytes)).uploadId, fixedNow);
    const later = new Date(fixedNow.getTime() + 8 * 86_400_000);
    expect(() => rollbackImportBatch(world.director, first.batchId, later)).toThrow(/mere end 7 dage/);
    const project = db().select().from(projects).where(eq(projects.code, "KOM-001")).get()!;
    updateProject(world.director, "KOM-001", { ...project, zoneId: "", goalIds: [], tags: "", closingLearning: "", baselineStart: "", baselineEnd: "", forecastEnd: "", spentKr: 10 }, fixedNow);
    let refusal: unknown;
    try {
      rollbackImportBatch(world.director, first.batchId, fixedNow);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ConflictError);
    expect((refusal as Error).message).toContain("KOM-001 Nyt projekt fra arket");
    expect(db().select().from(projects).where(eq(projects.code, "KOM-001")).get()).toBeDefined();
  });

  it("refuses a rollback when something was added to an imported project since, and lets an admin create a department", async () => {
    const world = seedWorld(db());
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Ark1");
      sheet.addRow(["Nr.", "Titel", "Afdeling", "Projektejer", "Projektleder", "Formål"]);
      sheet.addRow(["KOM-002", "Projekt i ny afdeling", "Borgerservice", "Olga Ejer", "Lars Leder", "Kvalitet"]);
    });
    const { uploadId } = await upload(world.admin, bytes);
    await updateImportSettings(world.admin, uploadId, { projectSheet: "Ark1", "value.department:borgerservice": "create" }, fixedNow);
    const { batchId } = await applyImport(world.admin, uploadId, fixedNow);
    const project = db().select().from(projects).where(eq(projects.code, "KOM-002")).get()!;
    expect(db().select().from(departments).where(eq(departments.id, project.departmentId)).get()!.name).toBe("Borgerservice");
    createBenefit(world.owner, "KOM-002", { title: "Kortere ventetid", type: "citizen", direction: "up" });
    expect(() => rollbackImportBatch(world.admin, batchId, fixedNow)).toThrow(/KOM-002 Projekt i ny afdeling/);
  });

  it("refuses a director's choice to create a department (administrators only)", async () => {
    const world = seedWorld(db());
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Ark1");
      sheet.addRow(["Titel", "Afdeling", "Projektejer", "Projektleder", "Formål"]);
      sheet.addRow(["Projekt i ny afdeling", "Borgerservice", "Olga Ejer", "Lars Leder", "Kvalitet"]);
    });
    const { uploadId } = await upload(world.director, bytes);
    await updateImportSettings(world.director, uploadId, { projectSheet: "Ark1", "value.department:borgerservice": "create" }, fixedNow);
    const { plan } = await previewImport(world.director, uploadId, fixedNow);
    expect(plan.projectRows[0].errors.map((error) => error.reason)).toEqual(["Kun en administrator kan oprette afdelinger; vælg en eksisterende afdeling"]);
  });

  it("refuses department heads and staff on every step, and writes nothing", async () => {
    const world = seedWorld(db());
    const bytes = await municipalSheet(projectCode);
    const { uploadId } = await upload(world.director, bytes);
    const { batchId } = await applyImport(world.director, (await upload(world.director, bytes)).uploadId, fixedNow);
    for (const actor of [world.headA, world.owner]) {
      const before = snapshot(db());
      await expect(upload(actor, bytes)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(previewImport(actor, uploadId, fixedNow)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateImportSettings(actor, uploadId, { projectSheet: "" }, fixedNow)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(applyImport(actor, uploadId, fixedNow)).rejects.toBeInstanceOf(ForbiddenError);
      expect(() => rollbackImportBatch(actor, batchId, fixedNow)).toThrow(ForbiddenError);
      expect(snapshot(db())).toEqual(before);
    }
    expect(db().select().from(auditEvents).where(eq(auditEvents.outcome, "denied")).all().length).toBeGreaterThanOrEqual(10);
  });

  it("refuses another user's upload and bad files with one Danish message, keeping nothing", async () => {
    const world = seedWorld(db());
    const { uploadId } = await upload(world.director, await municipalSheet(projectCode));
    await expect(previewImport(world.admin, uploadId, fixedNow)).rejects.toThrow(/Indlæs den igen/);
    await expect(upload(world.admin, new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).rejects.toThrow(/beskadiget/);
    await expect(upload(world.admin, new Uint8Array([0, 1, 2, 3]), "data.bin")).rejects.toThrow(/ikke et regneark/);
    await expect(upload(world.admin, new TextEncoder().encode("a;b;c\n1;2;3\n"), "liste.csv")).rejects.toThrow(/kolonneoverskrifter/);
    await expect(upload(world.admin, new Uint8Array(10 * 1024 * 1024 + 1), "stor.csv")).rejects.toThrow(/10 MB/);
    expect(db().select({ n: count() }).from(importUploads).get()!.n).toBe(1);
  });
});

describe("portfolio import: benefits", () => {
  it("creates a benefit on a project created by the same import and updates an existing one; rollback removes and restores", async () => {
    const world = seedWorld(db());
    const existing = db()
      .insert(benefits)
      .values({ projectId: world.project.id, title: "Færre faldulykker", type: "quality", indicator: "Fald pr. måned", unit: "antal", direction: "down", baselineValue: 40, baselineDate: "2026-01-01", targetValue: 20, targetDate: "2027-12-31" })
      .returning()
      .get();
    const bytes = await workbookBytes((workbook) => {
      const projectSheet = workbook.addWorksheet("Projekter");
      projectSheet.addRow(contractHeaders);
      projectSheet.addRow(["KOM-7", "Digital modtagelse", "Social og Sundhed", "Idé", "Effektivisering", "", "Olga Ejer", "Lars Leder", 100000, 0, "", ""]);
      const benefitSheet = workbook.addWorksheet("Gevinster");
      benefitSheet.addRow(benefitContractHeaders);
      benefitSheet.addRow(["KOM-7", "Frigjort tid i visitationen", "Frigjort tid", "Olga Ejer", "Timer pr. uge", "timer", 0, "01-01-2027", 30, "31-12-2027", "450.000 kr."]);
      benefitSheet.addRow([projectCode, "færre faldulykker", "Kvalitet", "", "", "", 40, "01-01-2026", 15, "31-12-2027", ""]);
      benefitSheet.addRow([projectCode, "Økonomisk gevinst uden værdi", "Økonomisk, budgetvirkende", "", "", "", "", "", "", "", ""]);
      benefitSheet.addRow(["DIG-1999-001", "Gevinst på ukendt projekt", "Kvalitet", "", "", "", "", "", "", "", ""]);
    });
    const { uploadId } = await upload(world.director, bytes);
    const { plan, upload: loaded } = await previewImport(world.director, uploadId, fixedNow);
    expect(loaded.settings.benefitSheet).toBe("Gevinster");
    expect(plan.benefitRows.map((row) => row.status)).toEqual(["new", "changed", "error", "error"]);
    expect(plan.benefitRows[1].changes).toEqual([{ field: "targetValue", label: "Mål", from: "20", to: "15" }]);
    expect(plan.benefitRows[2].errors[0].reason).toBe("Økonomiske gevinster skal have en årlig værdi i kr.");
    expect(plan.benefitRows[3].errors[0].reason).toBe("Projektet DIG-1999-001 findes ikke");

    const { batchId } = await applyImport(world.director, uploadId, fixedNow);
    const created = db().select().from(benefits).where(eq(benefits.title, "Frigjort tid i visitationen")).get()!;
    expect(created).toMatchObject({ type: "economic_time", annualValueKr: 450_000, targetDate: "2027-12-31", ownerId: world.owner.id });
    expect(db().select().from(benefits).where(eq(benefits.id, existing.id)).get()!.targetValue).toBe(15);
    rollbackImportBatch(world.director, batchId, fixedNow);
    expect(db().select().from(benefits).where(eq(benefits.title, "Frigjort tid i visitationen")).get()).toBeUndefined();
    expect(db().select().from(benefits).where(eq(benefits.id, existing.id)).get()).toMatchObject({ targetValue: 20, indicator: "Fald pr. måned" });
  });
});

describe("portfolio import: rolling back a created benefit", () => {
  it("is refused, naming the row, once a measurement has been recorded on it, and nothing is removed", async () => {
    const world = seedWorld(db());
    const bytes = await workbookBytes((workbook) => {
      const benefitSheet = workbook.addWorksheet("Gevinster");
      benefitSheet.addRow(benefitContractHeaders);
      benefitSheet.addRow([projectCode, "Kortere ventetid", "Kvalitet", "Olga Ejer", "Dage i kø", "dage", 30, "01-01-2026", 10, "31-12-2027", ""]);
    });
    const { uploadId } = await upload(world.director, bytes);
    const { batchId } = await applyImport(world.director, uploadId, fixedNow);
    const created = db().select().from(benefits).where(eq(benefits.title, "Kortere ventetid")).get()!;
    db().insert(benefitMeasurements).values({ benefitId: created.id, date: "2026-11-01", value: 24, recordedById: world.owner.id }).run();

    expect(() => rollbackImportBatch(world.director, batchId, fixedNow)).toThrow(/Kortere ventetid/);
    expect(db().select().from(benefits).where(eq(benefits.id, created.id)).get()).toBeDefined();
    expect(db().select({ n: count() }).from(benefitMeasurements).where(eq(benefitMeasurements.benefitId, created.id)).get()!.n).toBe(1);
    expect(db().select().from(importBatches).where(eq(importBatches.id, batchId)).get()!.rolledBackAt).toBeNull();
  });

  it("is refused once a re-baseline has been requested on it", async () => {
    const world = seedWorld(db());
    const bytes = await workbookBytes((workbook) => {
      const benefitSheet = workbook.addWorksheet("Gevinster");
      benefitSheet.addRow(benefitContractHeaders);
      benefitSheet.addRow([projectCode, "Færre genindlæggelser", "Kvalitet", "Olga Ejer", "Genindlæggelser pr. år", "antal", 120, "01-01-2026", 90, "31-12-2027", ""]);
    });
    const { uploadId } = await upload(world.director, bytes);
    const { batchId } = await applyImport(world.director, uploadId, fixedNow);
    const created = db().select().from(benefits).where(eq(benefits.title, "Færre genindlæggelser")).get()!;
    db()
      .insert(benefitRebaselines)
      .values({ benefitId: created.id, oldBaselineValue: 120, oldBaselineDate: "2026-01-01", oldTargetValue: 90, oldTargetDate: "2027-12-31", newBaselineValue: 110, newBaselineDate: "2026-01-01", newTargetValue: 80, newTargetDate: "2027-12-31", reason: "Ny opgørelse", requestedById: world.owner.id, requestedAt: fixedNow.toISOString() })
      .run();
    expect(() => rollbackImportBatch(world.director, batchId, fixedNow)).toThrow(/Færre genindlæggelser/);
    expect(db().select().from(benefits).where(eq(benefits.id, created.id)).get()).toBeDefined();
  });
});

describe("portfolio import: CSV and round trip", () => {
  it("reads a Windows-1252 CSV with semicolons", async () => {
    const world = seedWorld(db());
    const text = 'Projektnavn;Afdeling;Projektejer;Projektleder;Formål;Budget;Slutdato\r\n"Ældrepleje; digital nøgle";Social og Sundhed;Olga Ejer;Lars Leder;Effektivisering;"2.500.000 kr.";31.12.2026\r\n';
    const bytes = new Uint8Array([...text].map((char) => char.charCodeAt(0)));
    const { uploadId } = await upload(world.director, bytes, "portefølje.csv");
    const { plan } = await previewImport(world.director, uploadId, fixedNow);
    expect(plan.projectRows).toHaveLength(1);
    expect(plan.projectRows[0]).toMatchObject({ status: "new", values: { title: "Ældrepleje; digital nøgle", approvedBudgetKr: 2_500_000, baselineEnd: "2026-12-31", purpose: "efficiency" } });
  });

  it("passes over a title line above the header of a CSV, whatever its punctuation", async () => {
    const world = seedWorld(db());
    const text = "Porteføljeoversigt, december 2026\r\nProjektnavn;Afdeling;Projektejer;Projektleder;Formål\r\nDigital nøgle;Social og Sundhed;Olga Ejer;Lars Leder;Effektivisering\r\n";
    const { uploadId } = await upload(world.director, new TextEncoder().encode(text), "oversigt.csv");
    const { plan } = await previewImport(world.director, uploadId, fixedNow);
    expect(plan.projectRows.map((row) => [row.status, row.values.title])).toEqual([["new", "Digital nøgle"]]);
  });

  it("proposes the whole export contract without help", () => {
    const mapping = proposeMapping("projects", contractHeaders);
    expect(Object.keys(mapping)).toHaveLength(contractHeaders.length);
    const benefits = proposeMapping("benefits", ["Nr.", "Gevinst", "Type", "Gevinstejer", "Indikator", "Enhed", "Baseline", "Baselinedato", "Mål", "Måldato", "Årlig værdi (kr.)", "Retning"]);
    expect(Object.keys(benefits)).toHaveLength(12);
  });

  it("shows every project of the demo municipality as unchanged when its export is imported back", async () => {
    await loadDemoDatabase();
    const director = db().select().from(users).where(eq(users.role, "director")).get()!;
    const exported = await exportPortfolio(director, emptyPortfolioFilter, "xlsx", null);
    const bytes = exported.body as Uint8Array;
    const { uploadId } = await uploadImportFile(director, { name: "eksport.xlsx", bytes });
    const { plan } = await previewImport(director, uploadId);
    const notUnchanged = [...plan.projectRows, ...plan.benefitRows].filter((row) => row.status !== "unchanged").map((row) => [row.label, row.changes, row.errors]);
    expect(notUnchanged).toEqual([]);
    expect(plan.projectRows.length).toBe(exported.rowCount);
    expect(exported.rowCount).toBe(db().select({ n: count() }).from(projects).get()!.n);
    expect(plan.benefitRows.length).toBe(db().select({ n: count() }).from(benefits).get()!.n);
    expect(plan.counts.unchanged).toBe(plan.projectRows.length + plan.benefitRows.length);
    await expect(applyImport(director, uploadId)).rejects.toBeInstanceOf(ValidationError);
  });
});
