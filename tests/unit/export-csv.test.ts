import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/export/csv";

describe("toCsv", () => {
  it("starts with the UTF-8 byte-order mark and separates with ;", () => {
    const csv = toCsv(["Nr.", "Titel"], [["DIG-2026-001", "Chatbot"]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe("Nr.;Titel\r\nDIG-2026-001;Chatbot\r\n");
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("keeps æøå as they are", () => {
    const csv = toCsv(["Formål", "Afdeling"], [["Økonomi", "Social og Sundhed – ældre"]]);
    expect(csv).toContain("Formål;Afdeling\r\nØkonomi;Social og Sundhed – ældre\r\n");
    expect(toCsv(["ÆØÅ"], [["æøå"]]).slice(1)).toBe("ÆØÅ\r\næøå\r\n");
  });

  it("quotes fields holding ;, quotes or line breaks, doubling the quotes", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('Det "nye" system')).toBe('"Det ""nye"" system"');
    expect(csvCell("linje 1\nlinje 2")).toBe('"linje 1\nlinje 2"');
    expect(csvCell("linje 1\r\nlinje 2")).toBe('"linje 1\r\nlinje 2"');
    expect(csvCell(" indrykket")).toBe('" indrykket"');
    expect(csvCell("almindelig tekst, med komma")).toBe("almindelig tekst, med komma");
  });

  it("writes numbers plainly and empties for null", () => {
    expect(toCsv(["a", "b", "c"], [[1500000, null, undefined]]).slice(1)).toBe("a;b;c\r\n1500000;;\r\n");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(-42)).toBe("-42");
  });

  it("defuses text that a spreadsheet would run as a formula", () => {
    expect(csvCell("=SUM(A1:A2)")).toBe("'=SUM(A1:A2)");
    expect(csvCell("+45 1234")).toBe("'+45 1234");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell('=HYPERLINK("x";"y")')).toBe(`"'=HYPERLINK(""x"";""y"")"`);
  });

  it("round-trips through a simple ;-parser", () => {
    const rows = [["DIG-1", 'Titel med "citat"; og semikolon\nog linjeskift', 42, "Grøn"]];
    const csv = toCsv(["Nr.", "Titel", "Beløb", "Status"], rows);
    const parsed = parseCsv(csv.slice(1));
    expect(parsed).toEqual([["Nr.", "Titel", "Beløb", "Status"], ["DIG-1", rows[0][1], "42", "Grøn"]]);
  });
});

function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ";") {
      record.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += char;
  }
  return records;
}
