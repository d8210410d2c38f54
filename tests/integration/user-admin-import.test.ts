import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, departments, oneTimeLinks, users } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import type { Role } from "@/lib/codes";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/services/errors";
import { updateUser } from "@/lib/services/user-admin";
import { commitUserImport, previewUserImport, stalePreviewMessage, type ImportPreview } from "@/lib/services/user-admin-import";
import { checkOneTimeLink } from "@/lib/queries/users";
import { withDemoDatabase } from "./temp-database";
import { actorOf, auditOf, demoActor, demoEmails, form, otherAdmins, tokenOf, userByEmail } from "./user-admin-fixtures";

const db = withDemoDatabase();
const admin = () => demoActor(db(), "admin");

/** A form with an uploaded file, as the browser sends it. */
function upload(content: Uint8Array | string, extra: Record<string, string> = {}): FormData {
  const data = form(extra);
  data.set("file", new Blob([typeof content === "string" ? content : new Uint8Array(content)]), "brugere.csv");
  return data;
}

const cp1252: Record<string, number> = { æ: 0xe6, ø: 0xf8, å: 0xe5, Æ: 0xc6, Ø: 0xd8, Å: 0xc5 };
const windows1252 = (text: string) => Uint8Array.from([...text].map((char) => cp1252[char] ?? char.charCodeAt(0)));

const userCount = () => db().select().from(users).all().length;
const snapshot = () => ({ users: db().select().from(users).all(), departments: db().select().from(departments).all(), links: db().select().from(oneTimeLinks).all() });
/** What the confirmation form posts: the previewed text, its options and the preview's fingerprint. */
const confirmation = (preview: ImportPreview, content = preview.content) =>
  form({ content, fingerprint: preview.fingerprint, createMissing: preview.createMissing ? "on" : undefined });

/** Refused with `message`: nothing written, nothing audited. */
async function expectNothingImported(call: Promise<unknown>, message: RegExp | string): Promise<void> {
  const before = snapshot();
  const auditBefore = db().select().from(auditEvents).all().length;
  await expect(call).rejects.toThrow(message);
  expect(snapshot()).toEqual(before);
  expect(db().select().from(auditEvents).all()).toHaveLength(auditBefore);
}

const goodCsv = [
  "Navn;E-mail;Titel;Rolle;Afdeling",
  "Søren Ærbø;soeren.aerboe@egeby.dk;Konsulent;medarbejder;Social og Sundhed",
  'Åse "Møller" Berg;ase.berg@egeby.dk;"Chef; Kultur";Afdelingschef;Kultur og Fritid',
  // An existing user, with a new title: changed.
  "Sara Munk Jensen;MEDARBEJDER@egeby.dk;Seniorkonsulent;;",
  // An existing user exactly as stored: unchanged.
  "Nikolaj Frandsen Hansen;admin@egeby.dk;IT-administrator;administrator;",
].join("\r\n");

describe("previewUserImport", () => {
  it("reads Windows-1252 with semicolons and shows new, changed and unchanged rows without writing", async () => {
    const before = snapshot();
    const preview = await previewUserImport(admin(), upload(windows1252(goodCsv)));
    expect(preview.counts).toEqual({ new: 2, changed: 1, unchanged: 1, error: 0 });
    expect(preview.rows.map((row) => [row.status, row.name, row.email])).toEqual([
      ["new", "Søren Ærbø", "soeren.aerboe@egeby.dk"],
      ["new", 'Åse "Møller" Berg', "ase.berg@egeby.dk"],
      ["changed", "Sara Munk Jensen", "medarbejder@egeby.dk"],
      ["unchanged", "Nikolaj Frandsen Hansen", "admin@egeby.dk"],
    ]);
    expect(preview.rows[1]).toMatchObject({ title: "Chef; Kultur", role: "department_head" });
    expect(preview.rows[2].note).toMatch(/titel: Digitaliseringskonsulent → Seniorkonsulent/);
    expect(preview.content).toContain("Søren Ærbø");
    expect(snapshot()).toEqual(before);
  });

  it("reads UTF-8 with commas and English headers and roles", async () => {
    const csv = "name,email,title,role,department\nJens Bo,jens.bo@egeby.dk,Direktør,director,\n";
    const preview = await previewUserImport(admin(), upload(new TextEncoder().encode(csv)));
    expect(preview.rows).toEqual([expect.objectContaining({ status: "new", name: "Jens Bo", role: "director", title: "Direktør" })]);
  });

  it("marks bad rows as errors with their reasons", async () => {
    const csv = [
      "navn;e-mail;rolle;afdeling",
      "Ok Person;ok@egeby.dk;medarbejder;Social og Sundhed",
      "X;kort-navn@egeby.dk;medarbejder;",
      "Uden Mail;ikke-en-mail;medarbejder;",
      "Ukendt Rolle;rolle@egeby.dk;chef;",
      "Ukendt Afdeling;afd@egeby.dk;medarbejder;Månebasen",
      "Dobbelt;ok@egeby.dk;medarbejder;",
    ].join("\n");
    const preview = await previewUserImport(admin(), upload(csv));
    expect(preview.rows.map((row) => row.status)).toEqual(["new", "error", "error", "error", "error", "error"]);
    expect(preview.rows.slice(1).map((row) => row.note)).toEqual([
      "Navnet skal være mindst 2 tegn",
      expect.stringMatching(/gyldig e-mailadresse/),
      expect.stringMatching(/Ukendt rolle "chef"/),
      expect.stringMatching(/Afdelingen "Månebasen" findes ikke/),
      "E-mailadressen står flere gange i filen.",
    ]);
  });

  it("refuses files over 2 MB, binary content and a file without the needed headers, with a message", async () => {
    const big = new Uint8Array(2 * 1024 * 1024 + 10).fill(0x61);
    await expect(previewUserImport(admin(), upload(big))).rejects.toThrow(/større end 2 MB/);
    await expect(previewUserImport(admin(), upload(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])))).rejects.toThrow(/ikke tekst/);
    try {
      await previewUserImport(admin(), upload("a;b\n1;2"));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors.file?.[0]).toMatch(/navn og e-mail/);
    }
  });

  it("marks an import that would demote the importing administrator as an error", async () => {
    const preview = await previewUserImport(admin(), upload(`navn;e-mail;rolle\nNikolaj Frandsen Hansen;${demoEmails.admin};medarbejder`));
    expect(preview.rows[0]).toMatchObject({ status: "error", note: expect.stringMatching(/egen administratorrolle/) });
  });
});

describe("commitUserImport", () => {
  it("writes everything in one transaction, audited as one import, with one-time links for the new users", async () => {
    const before = userCount();
    const preview = await previewUserImport(admin(), upload(windows1252(goodCsv)));
    // The confirmation sends the text again; the server validates it anew.
    const result = await commitUserImport(admin(), confirmation(preview));
    expect(result).toMatchObject({ created: 2, changed: 1, departmentsCreated: 0 });
    expect(userCount()).toBe(before + 2);
    expect(userByEmail(db(), "ase.berg@egeby.dk")).toMatchObject({ role: "department_head", title: "Chef; Kultur" });
    expect(userByEmail(db(), demoEmails.staff)).toMatchObject({ title: "Seniorkonsulent", role: "staff" });
    expect(result.links.map((link) => link.email)).toEqual(["soeren.aerboe@egeby.dk", "ase.berg@egeby.dk"]);
    for (const link of result.links) expect(checkOneTimeLink(tokenOf(link.path)).state).toBe("valid");
    const events = auditOf(db(), "user.import");
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0].changes!)).toMatchObject({ created: ["soeren.aerboe@egeby.dk", "ase.berg@egeby.dk"], unchanged: 1 });
    expect(verifyAuditChain(db()).ok).toBe(true);
  });

  it("creates missing departments only when asked", async () => {
    const csv = "navn;e-mail;afdeling\nLis Nord;lis.nord@egeby.dk;Klimasekretariatet\nPer Syd;per.syd@egeby.dk;klimasekretariatet\n";
    const withErrors = await previewUserImport(admin(), upload(csv));
    await expectNothingImported(commitUserImport(admin(), confirmation(withErrors)), /2 rækker har fejl/);
    const preview = await previewUserImport(admin(), upload(csv, { createMissing: "on" }));
    expect(preview.counts).toMatchObject({ new: 2, error: 0 });
    expect(preview.newDepartments).toEqual(["Klimasekretariatet"]);
    const result = await commitUserImport(admin(), confirmation(preview));
    expect(result.departmentsCreated).toBe(1);
    const created = db().select().from(departments).where(eq(departments.name, "Klimasekretariatet")).get()!;
    expect(created.kind).toBe("area");
    expect(userByEmail(db(), "lis.nord@egeby.dk").departmentId).toBe(created.id);
    expect(userByEmail(db(), "per.syd@egeby.dk").departmentId).toBe(created.id);
  });

  it("writes nothing at all when one row fails", async () => {
    const preview = await previewUserImport(admin(), upload(windows1252(`${goodCsv}\r\nUgyldig;ikke-en-mail;;;`)));
    expect(preview.counts.error).toBe(1);
    await expectNothingImported(commitUserImport(admin(), confirmation(preview)), /1 række har fejl/);
  });

  it("refuses the confirmation when a user the preview showed as unchanged was edited meanwhile, and imports nothing", async () => {
    const preview = await previewUserImport(admin(), upload(windows1252(goodCsv)));
    const nikolaj = userByEmail(db(), "admin@egeby.dk");
    expect(preview.rows[3]).toMatchObject({ status: "unchanged", userId: nikolaj.id });
    // Another administrator edits the user between the preview and the confirmation.
    const other = actorOf(db(), otherAdmins[0]);
    updateUser(other, nikolaj.id, form({ name: nikolaj.name, email: nikolaj.email, title: "Systemejer", role: "admin", departmentId: nikolaj.departmentId, version: nikolaj.updatedAt }));

    await expectNothingImported(commitUserImport(admin(), confirmation(preview)), stalePreviewMessage);
    expect(userByEmail(db(), "admin@egeby.dk").title).toBe("Systemejer");
    expect(db().select().from(users).where(eq(users.email, "soeren.aerboe@egeby.dk")).get()).toBeUndefined();

    // A new preview shows the edit as a change the file makes, and that one is confirmed.
    const again = await previewUserImport(admin(), upload(windows1252(goodCsv)));
    expect(again.rows[3]).toMatchObject({ status: "changed", note: "titel: Systemejer → IT-administrator" });
    expect(again.fingerprint).not.toBe(preview.fingerprint);
    expect(await commitUserImport(admin(), confirmation(again))).toMatchObject({ created: 2, changed: 2 });
  });

  it("refuses the confirmation when one of the new addresses was taken meanwhile, or without the preview's fingerprint", async () => {
    const preview = await previewUserImport(admin(), upload(windows1252(goodCsv)));
    await expectNothingImported(commitUserImport(admin(), form({ content: preview.content })), stalePreviewMessage);
    await expectNothingImported(commitUserImport(admin(), confirmation(preview, `${preview.content}\r\nLis Nord;lis.nord@egeby.dk;;;`)), stalePreviewMessage);
    db().insert(users).values({ name: "Ase Berg", email: "ase.berg@egeby.dk", role: "staff", passwordHash: "!x" }).run();
    const error = await commitUserImport(admin(), confirmation(preview)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect(db().select().from(users).where(eq(users.email, "soeren.aerboe@egeby.dk")).get()).toBeUndefined();
  });

  it("is not refused when a user only changed their password between the preview and the confirmation", async () => {
    const preview = await previewUserImport(admin(), upload(windows1252(goodCsv)));
    db().update(users).set({ passwordHash: "!ny", updatedAt: "2099-01-01T00:00:00.000Z" }).where(eq(users.email, "admin@egeby.dk")).run();
    expect(await commitUserImport(admin(), confirmation(preview))).toMatchObject({ created: 2, changed: 1 });
  });

  it("releases a department head the file makes a staff member from their headship, in the audit event too", async () => {
    const head = userByEmail(db(), demoEmails.department_head);
    db().update(departments).set({ headUserId: head.id }).where(eq(departments.id, head.departmentId!)).run();
    const name = db().select().from(departments).where(eq(departments.id, head.departmentId!)).get()!.name;
    const preview = await previewUserImport(admin(), upload(`Navn;E-mail;Titel;Rolle;Afdeling\r\n${head.name};${head.email};Konsulent;medarbejder;`));
    expect(preview.rows[0].status).toBe("changed");
    await commitUserImport(admin(), confirmation(preview));
    expect(db().select().from(departments).where(eq(departments.id, head.departmentId!)).get()!.headUserId).toBeNull();
    expect(JSON.parse(auditOf(db(), "user.import").at(-1)!.changes!)).toMatchObject({ noLongerHeadOf: [{ email: head.email, departments: [name] }] });
  });

  it("refuses the confirmation when a department of the file was renamed meanwhile", async () => {
    const preview = await previewUserImport(admin(), upload(windows1252(goodCsv)));
    db().update(departments).set({ name: "Kultur, Fritid og Idræt" }).where(eq(departments.name, "Kultur og Fritid")).run();
    await expectNothingImported(commitUserImport(admin(), confirmation(preview)), stalePreviewMessage);
  });

  const nonAdmins: Role[] = ["director", "department_head", "staff"];
  for (const role of nonAdmins) {
    it(`refuses a ${role}, both preview and confirmation`, async () => {
      const before = snapshot();
      await expect(previewUserImport(demoActor(db(), role), upload(goodCsv))).rejects.toThrow(ForbiddenError);
      const preview = await previewUserImport(admin(), upload(goodCsv));
      await expect(commitUserImport(demoActor(db(), role), confirmation(preview))).rejects.toThrow(ForbiddenError);
      expect(snapshot()).toEqual(before);
      expect(auditOf(db(), "user.import").every((event) => event.outcome === "denied" && event.actorRole === role)).toBe(true);
    });
  }
});
