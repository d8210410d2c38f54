import { describe, expect, it } from "vitest";
import { decodeImportFile, detectSeparator, ImportFileError, parseCsv, readImportRows, roleFromText } from "@/lib/validation/user-admin-import";

const windows1252 = (text: string) => Uint8Array.from([...text].map((char) => ({ æ: 0xe6, ø: 0xf8, å: 0xe5, Ø: 0xd8 })[char] ?? char.charCodeAt(0)));

describe("decodeImportFile", () => {
  it("reads UTF-8 (with or without a byte-order mark) and falls back to Windows-1252", () => {
    expect(decodeImportFile(new TextEncoder().encode("\uFEFFnavn;e-mail\nSøren;s@x.dk"))).toBe("navn;e-mail\nSøren;s@x.dk");
    expect(decodeImportFile(windows1252("navn;e-mail\nSøren Ærø;s@x.dk"))).toContain("Søren");
  });

  it("refuses files over 2 MB, empty files and binary content", () => {
    expect(() => decodeImportFile(new Uint8Array(2 * 1024 * 1024 + 1).fill(65))).toThrow(/større end 2 MB/);
    expect(() => decodeImportFile(new Uint8Array())).toThrow(ImportFileError);
    expect(() => decodeImportFile(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(/ikke tekst/);
  });
});

describe("CSV reading", () => {
  it("detects the separator and honours quotes, doubled quotes and line breaks inside quotes", () => {
    expect(detectSeparator("navn;e-mail;titel\n")).toBe(";");
    expect(detectSeparator("name,email,title\n")).toBe(",");
    // A title line above the header, as a sheet saved as CSV often has, is passed over.
    expect(detectSeparator("Portefølje-oversigt, december\nNr.;Titel;Afdeling;Fase\nDIG-1;Chatbot;Borgerservice;Idé\n")).toBe(";");
    expect(parseCsv('a,"b, c","d ""e"""\r\n\r\n"f\ng",h\n', ",")).toEqual([
      ["a", "b, c", 'd "e"'],
      ["f\ng", "h"],
    ]);
  });

  it("maps Danish and English headers and roles, in any order and case", () => {
    const rows = readImportRows("E-mail;Navn;Rolle;Afdeling;Titel\nA@x.dk;Anne;Direktør;Kultur;Chef\n");
    expect(rows).toEqual([{ line: 2, name: "Anne", email: "A@x.dk", role: "Direktør", department: "Kultur", title: "Chef" }]);
    expect(readImportRows("name,email\nBo,b@x.dk")[0]).toMatchObject({ name: "Bo", email: "b@x.dk", role: "", title: "" });
    expect(roleFromText("direktør")).toBe("director");
    expect(roleFromText("Department_Head")).toBe("department_head");
    expect(roleFromText("medarbejder")).toBe("staff");
    expect(roleFromText("Administrator")).toBe("admin");
    expect(roleFromText("chef")).toBeNull();
  });

  it("refuses a file without name and e-mail columns or without rows", () => {
    expect(() => readImportRows("foo;bar\n1;2")).toThrow(/navn og e-mail/);
    expect(() => readImportRows("navn;e-mail\n")).toThrow(/ingen rækker/);
  });
});
