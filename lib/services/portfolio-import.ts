import "server-only";
import { createHash } from "node:crypto";
import { eq, lt } from "drizzle-orm";
import { getDb } from "@/db";
import { importMappings, importUploads } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { fieldsOf, proposeMapping, reuseMapping, type ColumnMapping } from "@/lib/domain/import-mapping";
import { importSettingsSchema, parseImportSettings, type ImportSettings } from "@/lib/import/import-settings";
import { buildPlan, type ImportPlan } from "@/lib/import/plan";
import { maxImportDataRows, maxImportFileBytes, readSpreadsheet, SpreadsheetError, type Sheet } from "@/lib/import/read-spreadsheet";
import { defaultSheets, type SheetTable } from "@/lib/import/sheet-table";
import { chosenTables } from "@/lib/import/tables";
import { findOwnUpload, listImportMappings, loadImportContext } from "@/lib/queries/portfolio-import";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { authorize, parseInput, type ActingUser } from "./guard";
import { z } from "zod";

/** The steps of an import before anything is written: upload, mapping and value choices, preview. */

const uploadLifetimeMs = 24 * 60 * 60 * 1000;
const expiredMessage = "Filen er ikke længere gemt (den gemmes i 24 timer). Indlæs den igen.";

export type UploadedFile = { name: string; bytes: Uint8Array };

/** Reads and keeps an uploaded file for the next steps; a file that is not a readable spreadsheet with a recognisable header row is refused and nothing is kept. */
export async function uploadImportFile(actor: ActingUser, file: UploadedFile, now = new Date()): Promise<{ uploadId: number }> {
  authorize(actor, "portfolio.import", undefined, { action: "import.upload", objectType: "import" });
  const name = file.name.replace(/[\u0000-\u001f<>]/g, "").slice(0, 200) || "regneark";
  let sheets: Sheet[];
  try {
    sheets = await readSpreadsheet(file.bytes, name);
  } catch (error) {
    if (error instanceof SpreadsheetError) throw new ValidationError({ file: [error.message] }, error.message);
    throw error;
  }
  const { projectSheet, benefitSheet } = defaultSheets(sheets);
  if (!projectSheet && !benefitSheet) {
    const message = "Filen har ingen kolonneoverskrifter, som Styrerum kender (fx Titel, Afdeling, Projektejer, Budget). Tjek, at første ark har en overskriftsrække.";
    throw new ValidationError({ file: [message] }, message);
  }
  const settings: ImportSettings = { projectSheet, benefitSheet, projectMapping: {}, benefitMapping: {}, values: {} };
  const tables = chosenTables(sheets, settings);
  if ((tables.projects?.rows.length ?? 0) + (tables.benefits?.rows.length ?? 0) > maxImportDataRows) {
    const message = `Filen har mere end ${maxImportDataRows.toLocaleString("da-DK")} rækker. Del den op i flere filer.`;
    throw new ValidationError({ file: [message] }, message);
  }
  if (tables.projects) settings.projectMapping = proposeMapping("projects", tables.projects.headers);
  if (tables.benefits) settings.benefitMapping = proposeMapping("benefits", tables.benefits.headers);
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  return getDb().transaction((tx) => {
    tx.delete(importUploads).where(lt(importUploads.expiresAt, now.toISOString())).run();
    const row = tx
      .insert(importUploads)
      .values({
        uploadedById: actor.id,
        fileName: name,
        fileSha256: sha256,
        bytes: Buffer.from(file.bytes),
        settings: JSON.stringify(settings),
        expiresAt: new Date(now.getTime() + uploadLifetimeMs).toISOString(),
        createdAt: now.toISOString(),
      })
      .returning({ id: importUploads.id })
      .get();
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "import.upload", objectType: "import_upload", objectId: row.id, changes: { fileName: name, sha256, bytes: file.bytes.byteLength } });
    return { uploadId: row.id };
  });
}

export type LoadedUpload = {
  id: number;
  fileName: string;
  sha256: string;
  settings: ImportSettings;
  sheets: Sheet[];
  tables: { projects: SheetTable | null; benefits: SheetTable | null };
};

/** The acting user's upload, read again from its stored bytes. */
export async function loadUpload(actor: ActingUser, uploadId: number, now = new Date()): Promise<LoadedUpload> {
  authorize(actor, "portfolio.import", undefined, { action: "import.read", objectType: "import_upload", objectId: uploadId });
  const upload = findOwnUpload(getDb(), actor, uploadId, now);
  if (!upload) throw new NotFoundError(expiredMessage);
  const settings = parseImportSettings(upload.settings);
  if (!settings) throw new ConflictError("Importens valg kan ikke læses. Indlæs filen igen.");
  const sheets = await readSpreadsheet(new Uint8Array(upload.bytes), upload.fileName);
  return { id: upload.id, fileName: upload.fileName, sha256: upload.fileSha256, settings, sheets, tables: chosenTables(sheets, settings) };
}

/** The preview: what applying the upload now would do to each row. */
export async function previewImport(actor: ActingUser, uploadId: number, now = new Date()): Promise<{ upload: LoadedUpload; plan: ImportPlan }> {
  const upload = await loadUpload(actor, uploadId, now);
  const plan = buildPlan(upload.tables, upload.settings, loadImportContext(getDb(), actor, now));
  return { upload, plan };
}

const settingsFormSchema = z.object({
  projectSheet: z.string().max(200).default(""),
  benefitSheet: z.string().max(200).default(""),
  mappingName: z.string().trim().max(80, "Navnet må højst være 80 tegn").default(""),
  savedMappingId: z.string().default(""),
});

/**
 * Saves the choices of the mapping form: the sheets, a header per field ("map.projects.<field>"), a choice per
 * unmatched value ("value.<key>"), optionally a saved mapping to apply or the mapping saved under a name.
 */
export async function updateImportSettings(actor: ActingUser, uploadId: number, formData: FormData | Record<string, unknown>, now = new Date()): Promise<void> {
  const upload = await loadUpload(actor, uploadId, now);
  const raw = formData instanceof FormData ? Object.fromEntries([...formData.entries()].filter(([, value]) => typeof value === "string")) : formData;
  const form = parseInput(settingsFormSchema, raw as Record<string, unknown>);
  const sheetNames = upload.sheets.map((sheet) => sheet.name);
  const sheetChoice = (value: string, field: string) => {
    if (value === "") return null;
    if (!sheetNames.includes(value)) throw new ValidationError({ [field]: ["Arket findes ikke i filen"] });
    return value;
  };
  const projectSheet = sheetChoice(form.projectSheet, "projectSheet");
  const benefitSheet = sheetChoice(form.benefitSheet, "benefitSheet");
  const tables = chosenTables(upload.sheets, { projectSheet, benefitSheet });
  const sheetChanged = (name: string | null, before: string | null) => name !== before;
  const mappingFor = (kind: "projects" | "benefits", table: SheetTable | null, changed: boolean, before: ColumnMapping): ColumnMapping => {
    if (!table) return {};
    if (changed) return proposeMapping(kind, table.headers);
    const mapping: ColumnMapping = {};
    let posted = false;
    for (const field of fieldsOf(kind)) {
      const value = raw[`map.${kind}.${field}`];
      if (typeof value !== "string") continue;
      posted = true;
      if (value === "") continue;
      if (!table.headers.includes(value)) throw new ValidationError({ [`map.${kind}.${field}`]: ["Kolonnen findes ikke i arket"] });
      mapping[field] = value;
    }
    return posted ? mapping : before;
  };
  let projectMapping = mappingFor("projects", tables.projects, sheetChanged(projectSheet, upload.settings.projectSheet), upload.settings.projectMapping);
  let benefitMapping = mappingFor("benefits", tables.benefits, sheetChanged(benefitSheet, upload.settings.benefitSheet), upload.settings.benefitMapping);
  if (form.savedMappingId) {
    const saved = listImportMappings(getDb()).find((mapping) => String(mapping.id) === form.savedMappingId);
    if (!saved) throw new ValidationError({ savedMappingId: ["Den gemte tilknytning findes ikke"] });
    if (tables.projects && saved.mapping.projects) projectMapping = reuseMapping(saved.mapping.projects, tables.projects.headers);
    if (tables.benefits && saved.mapping.benefits) benefitMapping = reuseMapping(saved.mapping.benefits, tables.benefits.headers);
  }
  const values: Record<string, string> = { ...upload.settings.values };
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith("value.") || typeof value !== "string") continue;
    if (value === "") delete values[key.slice(6)];
    else values[key.slice(6)] = value;
  }
  const parsed = importSettingsSchema.safeParse({ projectSheet, benefitSheet, projectMapping, benefitMapping, values });
  if (!parsed.success) throw new ValidationError({ _form: ["Et af valgene er ugyldigt"] });
  const settings = parsed.data;
  getDb().transaction((tx) => {
    tx.update(importUploads).set({ settings: JSON.stringify(settings) }).where(eq(importUploads.id, upload.id)).run();
    recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "import.settings", objectType: "import_upload", objectId: upload.id, changes: { projectSheet, benefitSheet } });
    if (form.mappingName) saveMapping(tx, actor, form.mappingName, { projects: projectMapping, benefits: benefitMapping });
  });
}

function saveMapping(tx: Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0], actor: ActingUser, name: string, mapping: { projects: ColumnMapping; benefits: ColumnMapping }): void {
  const json = JSON.stringify(mapping);
  const existing = tx.select({ id: importMappings.id }).from(importMappings).where(eq(importMappings.name, name)).get();
  if (existing) tx.update(importMappings).set({ mapping: json, updatedAt: new Date().toISOString() }).where(eq(importMappings.id, existing.id)).run();
  else tx.insert(importMappings).values({ name, mapping: json, createdById: actor.id }).run();
  recordAudit(tx, { actorId: actor.id, actorRole: actor.role, action: "import.mapping_save", objectType: "import_mapping", objectId: name, changes: mapping });
}

/** The upload form: the file in the field "file". */
export async function uploadImportForm(actor: ActingUser, formData: FormData, now = new Date()): Promise<{ uploadId: number }> {
  authorize(actor, "portfolio.import", undefined, { action: "import.upload", objectType: "import" });
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) throw new ValidationError({ file: ["Vælg en fil (.xlsx eller .csv)"] }, "Vælg en fil (.xlsx eller .csv).");
  if (file.size > maxImportFileBytes) throw new ValidationError({ file: ["Filen er større end 10 MB. Del den op i flere filer."] }, "Filen er større end 10 MB. Del den op i flere filer.");
  return uploadImportFile(actor, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, now);
}
