import { describe, expect, it } from "vitest";
import {
  checkUploadedFile,
  cleanFileName,
  contentDisposition,
  detectFileKind,
  extensionOf,
  fileKindInfo,
  mayShowInline,
  zipEntryNames,
  type FileKind,
} from "@/lib/domain/file-types";
import { samples, zipWith } from "./file-samples";

describe("detectFileKind", () => {
  it.each(["pdf", "docx", "xlsx", "pptx", "doc", "xls", "ppt", "png", "jpeg", "gif", "webp"] as FileKind[])("recognises a real minimal %s from its content", (kind) => {
    expect(detectFileKind(samples[kind])).toBe(kind);
  });

  it.each(["html", "svg", "script", "exe", "plainZip", "unknownCompoundFile"] as const)("refuses %s", (name) => {
    expect(detectFileKind(samples[name])).toBeNull();
  });

  it("reads a ZIP archive's entry names from its central directory, and nothing from a broken one", () => {
    expect(zipEntryNames(zipWith(["a.txt", "word/document.xml"]))).toEqual(["a.txt", "word/document.xml"]);
    expect(zipEntryNames(samples.docx.subarray(0, 30))).toBeNull();
    expect(detectFileKind(samples.docx.subarray(0, samples.docx.length - 10))).toBeNull();
  });
});

describe("checkUploadedFile", () => {
  it.each([
    ["Budget 2027.pdf", "pdf"],
    ["notat.DOCX", "docx"],
    ["regneark.xlsx", "xlsx"],
    ["oplæg.pptx", "pptx"],
    ["gammelt notat.doc", "doc"],
    ["gammelt ark.xls", "xls"],
    ["gamle slides.ppt", "ppt"],
    ["diagram.png", "png"],
    ["foto.jpg", "jpeg"],
    ["foto.jpeg", "jpeg"],
    ["animation.gif", "gif"],
    ["billede.webp", "webp"],
  ] as const)("accepts %s", (name, kind) => {
    expect(checkUploadedFile(name, samples[kind])).toEqual({ ok: true, kind, mimeType: fileKindInfo[kind].mimeType });
  });

  it("refuses HTML and SVG renamed to .pdf, with a Danish message", () => {
    for (const content of [samples.html, samples.svg]) {
      const result = checkUploadedFile("referat.pdf", content);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/^Filtypen er ikke tilladt/);
    }
  });

  it("refuses scripts, executables and other archives whatever their names", () => {
    for (const [name, content] of [["start.sh", samples.script], ["program.exe", samples.exe], ["noter.zip", samples.plainZip], ["noter.docx", samples.plainZip]] as const) {
      expect(checkUploadedFile(name, content).ok).toBe(false);
    }
  });

  it("refuses a name whose extension does not agree with the content", () => {
    const result = checkUploadedFile("budget.xlsx", samples.pdf);
    expect(result).toEqual({ ok: false, message: "Filnavnet slutter på .xlsx, men filen er en PDF-fil. Giv den endelsen .pdf, og prøv igen." });
    expect(checkUploadedFile("budget", samples.pdf)).toMatchObject({ ok: false, message: expect.stringMatching(/^Filnavnet har ingen endelse/) });
    expect(checkUploadedFile("foto.png", samples.jpeg).ok).toBe(false);
  });

  it("refuses an empty file", () => {
    expect(checkUploadedFile("tom.pdf", new Uint8Array())).toEqual({ ok: false, message: "Filen er tom." });
  });
});

describe("names and headers", () => {
  it("reads the extension in lower case", () => {
    expect(extensionOf("Rapport.PDF")).toBe("pdf");
    expect(extensionOf("uden-endelse")).toBe("");
  });

  it("cleans a file name of folders and control characters and keeps the extension when shortening", () => {
    expect(cleanFileName("C:\\Users\\x\\Budget.pdf")).toBe("Budget.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("a\u0000b\u0007.pdf")).toBe("ab.pdf");
    const long = cleanFileName(`${"x".repeat(300)}.pdf`);
    expect(long).toHaveLength(200);
    expect(long.endsWith(".pdf")).toBe(true);
  });

  it("encodes a Danish name for Content-Disposition with an ASCII fallback", () => {
    expect(contentDisposition("attachment", "Bilag æøå (1).pdf")).toBe(`attachment; filename="Bilag ___ (1).pdf"; filename*=UTF-8''Bilag%20%C3%A6%C3%B8%C3%A5%20%281%29.pdf`);
  });

  it("shows only PDFs and images inline", () => {
    expect(mayShowInline("application/pdf")).toBe(true);
    expect(mayShowInline("image/png")).toBe(true);
    expect(mayShowInline(fileKindInfo.docx.mimeType)).toBe(false);
    expect(mayShowInline("text/html")).toBe(false);
    expect(mayShowInline("image/svg+xml")).toBe(false);
  });
});
