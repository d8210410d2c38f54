import { describe, expect, it } from "vitest";
import { headersOf, inProjectOrder, sheetOf, type SheetColumn } from "@/lib/export/sheet-columns";

type Item = { projectId: number; name: string; amount: number | null };
const columns: SheetColumn<Item>[] = [
  { header: "Navn", kind: "text", value: (item) => item.name },
  { header: "Beløb", kind: "number", value: (item) => item.amount },
];

describe("sheet columns", () => {
  it("give the headers and one row of values per item", () => {
    expect(headersOf(columns)).toEqual(["Navn", "Beløb"]);
    const sheet = sheetOf("Ark", columns, [{ projectId: 1, name: "a", amount: 5 }, { projectId: 2, name: "b", amount: null }]);
    expect(sheet).toMatchObject({ name: "Ark", rows: [["a", 5], ["b", null]] });
    expect(sheet.columns).toBe(columns);
  });

  it("put rows in the order of the exported projects, keeping each project's own order and leaving out the others", () => {
    const rows = [
      { projectId: 1, name: "1a", amount: null },
      { projectId: 1, name: "1b", amount: null },
      { projectId: 2, name: "2a", amount: null },
      { projectId: 3, name: "3a", amount: null },
    ];
    expect(inProjectOrder([3, 1, 4], rows).map((row) => row.name)).toEqual(["3a", "1a", "1b"]);
    expect(inProjectOrder([], rows)).toEqual([]);
  });
});
