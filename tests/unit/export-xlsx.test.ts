import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { columnName, escapeXml, excelSerial, sheetName, toXlsx } from "@/lib/export/xlsx";

const sheet = {
  name: "Portefølje",
  columns: [
    { header: "Nr.", kind: "text" as const },
    { header: "Titel", kind: "text" as const },
    { header: "Godkendt budget", kind: "number" as const },
    { header: "Planlagt slut", kind: "date" as const },
  ],
  rows: [
    ["DIG-2026-001", "Faldsensorer i plejeboliger – æøå & <test>", 1_500_000, "2026-12-31"],
    ["DIG-2026-002", "Uden dato", 0, null],
  ],
};

function unzip(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

describe("toXlsx", () => {
  it("is a zip with the parts of a minimal workbook", () => {
    const bytes = toXlsx(sheet);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const files = unzip(bytes);
    expect(Object.keys(files).sort()).toEqual(
      ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"].sort(),
    );
    expect(files["[Content_Types].xml"]).toContain('PartName="/xl/worksheets/sheet1.xml"');
    expect(files["_rels/.rels"]).toContain('Target="xl/workbook.xml"');
    expect(files["xl/_rels/workbook.xml.rels"]).toContain('Target="worksheets/sheet1.xml"');
    expect(files["xl/workbook.xml"]).toContain('<sheet name="Portefølje" sheetId="1" r:id="rId1"/>');
  });

  it("writes the headers and text as inline strings, escaped", () => {
    const xml = unzip(toXlsx(sheet))["xl/worksheets/sheet1.xml"];
    for (const header of ["Nr.", "Titel", "Godkendt budget", "Planlagt slut"]) expect(xml).toContain(`<t xml:space="preserve">${header}</t>`);
    expect(xml).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">DIG-2026-001</t></is></c>');
    expect(xml).toContain("Faldsensorer i plejeboliger – æøå &amp; &lt;test&gt;");
  });

  it("writes numbers and dates as numbers, not text", () => {
    const xml = unzip(toXlsx(sheet))["xl/worksheets/sheet1.xml"];
    expect(xml).toMatch(/<c r="C2" s="\d+"><v>1500000<\/v><\/c>/);
    expect(xml).toMatch(/<c r="C3" s="\d+"><v>0<\/v><\/c>/);
    expect(xml).toMatch(new RegExp(`<c r="D2" s="\\d+"><v>${excelSerial("2026-12-31")}</v></c>`));
    expect(xml).not.toContain('r="D3"');
    expect(xml).toContain('<row r="3">');
  });

  it("is well-formed XML in every part", () => {
    const files = unzip(toXlsx(sheet));
    for (const [name, xml] of Object.entries(files)) {
      expect(xml.startsWith("<?xml"), name).toBe(true);
      const tags = xml.replace(/<\?xml[^>]*\?>/, "").match(/<\/?[A-Za-z][^>]*>/g) ?? [];
      const stack: string[] = [];
      for (const tag of tags) {
        if (tag.endsWith("/>")) continue;
        const tagName = tag.match(/^<\/?([^\s>/]+)/)![1];
        if (tag.startsWith("</")) expect(stack.pop(), `${name}: ${tag}`).toBe(tagName);
        else stack.push(tagName);
      }
      expect(stack, name).toEqual([]);
    }
  });
});

describe("xlsx helpers", () => {
  it("names columns like a spreadsheet", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
  });

  it("counts days from the spreadsheet epoch", () => {
    expect(excelSerial("1900-03-01")).toBe(61);
    expect(excelSerial("2026-01-01")).toBe(46023);
    expect(excelSerial("ikke en dato")).toBeNull();
  });

  it("drops characters XML cannot hold and escapes the rest", () => {
    expect(escapeXml('a\u0001b & "c" <d>')).toBe("ab &amp; &quot;c&quot; &lt;d&gt;");
  });

  it("keeps sheet names within the rules", () => {
    expect(sheetName("a/b:c")).toBe("a b c");
    expect(sheetName("x".repeat(40))).toHaveLength(31);
  });
});
