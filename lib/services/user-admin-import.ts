import "server-only";
import { createHash } from "node:crypto";
import { headableDepartment, isActiveAdministrator, isAdministrator } from "@/lib/permissions";
import { eq, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { departments, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Role } from "@/lib/codes";
import { roleLabels } from "@/lib/domain/labels";
import { activeAdminsAfter, unusablePasswordHash } from "@/lib/domain/user-admin";
import { checkbox } from "@/lib/validation/common";
import { userEmail, userName, userTitle } from "@/lib/validation/user-admin";
import { checkImportText, decodeImportFile, ImportFileError, readImportRows, roleFromText, type ImportRecord } from "@/lib/validation/user-admin-import";
import { releaseHeadships } from "./departments";
import { ConflictError, ServiceError, ValidationError } from "./errors";
import { authorize, type ActingUser } from "./guard";
import { countActiveAdmins } from "./user-admin";
import { issueOneTimeLink, type IssuedLink } from "./user-admin-links";

export type ImportStatus = "new" | "changed" | "unchanged" | "error";

export type ImportRowPlan = {
  line: number;
  status: ImportStatus;
  name: string;
  email: string;
  title: string;
  role: Role | null;
  department: string;
  /** Why the row cannot be imported, or what changes (Danish). */
  note: string;
  userId: number | null;
  /** The department to create for this row, when missing departments may be created. */
  newDepartment: string | null;
};

export type ImportPlan = {
  rows: ImportRowPlan[];
  counts: Record<ImportStatus, number>;
  newDepartments: string[];
  /** The rows and the stored users and departments they were compared with: the confirmation must find the same. */
  fingerprint: string;
};

export const stalePreviewMessage = "Brugerne eller afdelingerne er ændret, siden du så forhåndsvisningen. Intet er importeret; vælg filen igen, og se den nye forhåndsvisning.";

type ExistingUser = typeof users.$inferSelect;
type DepartmentRef = { id: number; name: string };

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message ?? "";

/** Departments by lower-cased name and short name. */
function departmentIndex(db: DbOrTx): Map<string, DepartmentRef> {
  const index = new Map<string, DepartmentRef>();
  for (const row of db.select({ id: departments.id, name: departments.name, shortName: departments.shortName }).from(departments).all()) {
    index.set(row.shortName.toLowerCase(), { id: row.id, name: row.name });
    index.set(row.name.toLowerCase(), { id: row.id, name: row.name });
  }
  return index;
}

function existingByEmail(db: DbOrTx, email: string): ExistingUser | undefined {
  return db.select().from(users).where(sql`lower(${users.email}) = ${email}`).get();
}

/**
 * Compares each row with the database: new user, changed, unchanged, or an error with its reason. Blank title,
 * role or department keep an existing user's value; a new user without a role becomes Medarbejder.
 */
export function planImport(db: DbOrTx, records: ImportRecord[], createMissingDepartments: boolean, actor: ActingUser): ImportPlan {
  const departmentsByName = departmentIndex(db);
  const seen = new Set<string>();
  const storedValues = new Map<number, string>();
  const rows: ImportRowPlan[] = records.map((record) => {
    const base = { line: record.line, name: record.name, email: record.email, title: record.title, department: record.department, userId: null, newDepartment: null };
    const fail = (note: string): ImportRowPlan => ({ ...base, role: roleFromText(record.role), status: "error", note });
    const name = userName.safeParse(record.name);
    if (!name.success) return fail(firstMessage(name));
    const email = userEmail.safeParse(record.email);
    if (!email.success) return fail(firstMessage(email));
    const title = userTitle.safeParse(record.title);
    if (!title.success) return fail(firstMessage(title));
    if (seen.has(email.data)) return fail("E-mailadressen står flere gange i filen.");
    seen.add(email.data);
    const role = record.role ? roleFromText(record.role) : null;
    if (record.role && !role) return fail(`Ukendt rolle "${record.role}". Brug direktør, afdelingschef, medarbejder eller administrator.`);

    let departmentId: number | null | undefined;
    let newDepartment: string | null = null;
    if (record.department) {
      const found = departmentsByName.get(record.department.toLowerCase());
      if (found) departmentId = found.id;
      else if (!createMissingDepartments) return fail(`Afdelingen "${record.department}" findes ikke. Opret den først, eller sæt flueben i "Opret manglende afdelinger".`);
      else if (record.department.length > 120) return fail("Afdelingens navn må højst være 120 tegn.");
      else {
        newDepartment = record.department;
      }
    }

    const existing = existingByEmail(db, email.data);
    if (!existing) {
      return { ...base, name: name.data, email: email.data, title: title.data, role: role ?? "staff", status: "new", note: "Ny bruger", userId: null, newDepartment };
    }
    storedValues.set(existing.id, JSON.stringify([existing.name, existing.title, existing.role, existing.departmentId, existing.active]));
    const next = {
      name: name.data,
      title: record.title ? title.data : existing.title,
      role: role ?? existing.role,
      departmentId: record.department ? (departmentId ?? null) : existing.departmentId,
    };
    const changes: string[] = [];
    if (next.name !== existing.name) changes.push(`navn: ${existing.name} → ${next.name}`);
    if (next.title !== existing.title) changes.push(`titel: ${existing.title || "–"} → ${next.title}`);
    if (next.role !== existing.role) changes.push(`rolle: ${roleLabels[existing.role]} → ${roleLabels[next.role]}`);
    if (newDepartment || next.departmentId !== existing.departmentId) changes.push(`afdeling → ${record.department}`);
    if (existing.id === actor.id && isAdministrator(existing) && !isAdministrator(next)) {
      return fail("Du kan ikke fjerne din egen administratorrolle.");
    }
    const common = { ...base, name: next.name, email: existing.email, title: next.title, role: next.role, userId: existing.id, newDepartment };
    return changes.length
      ? { ...common, status: "changed" as const, note: changes.join("; ") }
      : { ...common, status: "unchanged" as const, note: existing.active ? "Uændret" : "Uændret (deaktiveret bruger)" };
  });

  // The last active administrator may not lose the role through an import either.
  const adminChanges = rows
    .filter((row) => row.status !== "error" && row.role)
    .map((row) => {
      const before = row.userId ? existingById(db, row.userId) : null;
      return { row, before: before ? { role: before.role, active: before.active } : null, after: { role: row.role!, active: before ? before.active : true } };
    });
  if (activeAdminsAfter(countActiveAdmins(db), adminChanges) < 1) {
    for (const { row, before } of adminChanges) {
      if (before && isActiveAdministrator(before) && !isAdministrator({ role: row.role ?? "" })) {
        Object.assign(row, { status: "error", note: "Brugeren er den sidste aktive administrator og kan ikke få en anden rolle." });
      }
    }
  }

  const counts: Record<ImportStatus, number> = { new: 0, changed: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.status] += 1;
  const created = rows.filter((row) => row.status !== "error" && row.newDepartment).map((row) => row.newDepartment!);
  const uniqueCreated = new Map<string, string>();
  for (const name of created) if (!uniqueCreated.has(name.toLowerCase())) uniqueCreated.set(name.toLowerCase(), name);
  return { rows, counts, newDepartments: [...uniqueCreated.values()], fingerprint: planFingerprint(rows, storedValues, departmentsByName) };
}

function existingById(db: DbOrTx, id: number) {
  return db.select({ role: users.role, active: users.active }).from(users).where(eq(users.id, id)).get();
}

function planFingerprint(rows: ImportRowPlan[], storedValues: Map<number, string>, departmentsByName: Map<string, DepartmentRef>): string {
  const compared = rows.map((row) => [
    row.line,
    row.status,
    row.name,
    row.email,
    row.title,
    row.role,
    row.department,
    row.newDepartment,
    row.note,
    row.userId,
    row.userId === null ? null : (storedValues.get(row.userId) ?? null),
    row.department ? (departmentsByName.get(row.department.toLowerCase())?.id ?? null) : null,
  ]);
  return createHash("sha256").update(JSON.stringify(compared)).digest("hex");
}

/** The file's text: from an upload (`file`) at preview, from the hidden `content` at confirm. */
function importText(formData: FormData): Promise<string> | string {
  const content = formData.get("content");
  if (typeof content === "string" && content !== "") return checkImportText(content);
  const file = formData.get("file");
  if (!(file instanceof Blob) || file.size === 0) throw new ImportFileError("Vælg en CSV-fil.");
  if (file.size > 2 * 1024 * 1024) throw new ImportFileError("Filen er større end 2 MB. Del den op i flere filer.");
  return file.arrayBuffer().then((buffer) => decodeImportFile(new Uint8Array(buffer)));
}

async function readPlanInput(formData: FormData): Promise<{ text: string; records: ImportRecord[]; createMissing: boolean }> {
  try {
    const text = await importText(formData);
    return { text, records: readImportRows(text), createMissing: checkbox.parse(formData.get("createMissing") ?? "") };
  } catch (error) {
    if (error instanceof ImportFileError) throw new ValidationError({ file: [error.message] }, error.message);
    throw error;
  }
}

export type ImportPreview = ImportPlan & { content: string; createMissing: boolean };

/** Reads the file and shows what an import would do; writes nothing. */
export async function previewUserImport(actor: ActingUser, formData: FormData): Promise<ImportPreview> {
  authorize(actor, "admin.manage", undefined, { action: "user.import", objectType: "user" });
  const { text, records, createMissing } = await readPlanInput(formData);
  return { ...planImport(getDb(), records, createMissing, actor), content: text, createMissing };
}

export type ImportResult = { created: number; changed: number; departmentsCreated: number; links: (IssuedLink & { name: string; email: string })[] };

function shortNameFor(name: string, taken: Set<string>): string {
  const initials = name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase())
    .join("")
    .slice(0, 6) || "AFD";
  let candidate = initials;
  for (let suffix = 2; taken.has(candidate.toLowerCase()); suffix += 1) candidate = `${initials}${suffix}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Validates the file again (never trusting the preview) and writes every row in one transaction, audited as one
 * import event. A plan that differs from the confirmed preview's `fingerprint` (a user or department changed
 * meanwhile) or any error row refuses the whole import. New users get one-time links, returned once.
 */
export async function commitUserImport(actor: ActingUser, formData: FormData, now = new Date()): Promise<ImportResult> {
  authorize(actor, "admin.manage", undefined, { action: "user.import", objectType: "user" });
  const { records, createMissing } = await readPlanInput(formData);
  const previewed = formData.get("fingerprint");
  return getDb().transaction((tx) => {
    const plan = planImport(tx, records, createMissing, actor);
    if (plan.fingerprint !== previewed) throw new ConflictError(stalePreviewMessage);
    if (plan.counts.error > 0) {
      throw new ServiceError(`Importen er ikke gemt: ${plan.counts.error} ${plan.counts.error === 1 ? "række har" : "rækker har"} fejl. Ret filen, og prøv igen.`);
    }
    const nowIso = now.toISOString();
    const taken = new Set(tx.select({ shortName: departments.shortName }).from(departments).all().map((row) => row.shortName.toLowerCase()));
    const createdDepartments = new Map<string, number>();
    for (const name of plan.newDepartments) {
      const row = tx
        .insert(departments)
        .values({ name, shortName: shortNameFor(name, taken), kind: "area", createdAt: nowIso, updatedAt: nowIso })
        .returning({ id: departments.id })
        .get();
      createdDepartments.set(name.toLowerCase(), row.id);
    }
    const index = departmentIndex(tx);
    const departmentOf = (row: ImportRowPlan) => (row.department ? (index.get(row.department.toLowerCase())?.id ?? null) : null);
    const links: ImportResult["links"] = [];
    let changed = 0;
    const noLongerHeadOf: { email: string; departments: string[] }[] = [];
    for (const row of plan.rows) {
      if (row.status === "new") {
        const created = tx
          .insert(users)
          .values({
            name: row.name,
            email: row.email,
            title: row.title,
            role: row.role ?? "staff",
            departmentId: departmentOf(row),
            passwordHash: unusablePasswordHash,
            createdAt: nowIso,
            updatedAt: nowIso,
          })
          .returning({ id: users.id })
          .get();
        links.push({ ...issueOneTimeLink(tx, created.id, "welcome", actor.id, now), name: row.name, email: row.email });
      } else if (row.status === "changed" && row.userId) {
        const set: Partial<typeof users.$inferInsert> = { name: row.name, title: row.title, updatedAt: nowIso };
        if (row.role) set.role = row.role;
        if (row.department) set.departmentId = departmentOf(row);
        const after = tx.update(users).set(set).where(eq(users.id, row.userId)).returning({ role: users.role, departmentId: users.departmentId }).get()!;
        const released = releaseHeadships(tx, row.userId, headableDepartment(after), now);
        if (released.length) noLongerHeadOf.push({ email: row.email, departments: released });
        changed += 1;
      }
    }
    recordAudit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "user.import",
      objectType: "user",
      changes: {
        created: links.map((link) => link.email),
        changed: plan.rows.filter((row) => row.status === "changed").map((row) => ({ email: row.email, changes: row.note })),
        unchanged: plan.counts.unchanged,
        departmentsCreated: plan.newDepartments,
        ...(noLongerHeadOf.length ? { noLongerHeadOf } : {}),
      },
    });
    return { created: links.length, changed, departmentsCreated: createdDepartments.size, links };
  });
}
