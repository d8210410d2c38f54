import { describe, expect, it } from "vitest";
import { fieldForHeader } from "@/lib/domain/import-mapping";
import { parseBenefitDirection } from "@/lib/domain/import-values";

const text = (value: string) => ({ kind: "text" as const, text: value });

describe("parseBenefitDirection", () => {
  it.each([
    ["Tallet skal op", "up"],
    ["tallet skal ned", "down"],
    ["OP", "up"],
    ["Ned", "down"],
    ["up", "up"],
    ["Down", "down"],
    ["Højere er bedre", "up"],
    ["Lavere er bedre", "down"],
    ["Hoejere er bedre", "up"],
  ])("reads %s", (value, direction) => {
    expect(parseBenefitDirection(text(value))).toEqual({ ok: true, value: direction });
  });

  it("reads a blank cell as no direction", () => {
    expect(parseBenefitDirection({ kind: "empty" })).toEqual({ ok: true, value: null });
    expect(parseBenefitDirection(text("  "))).toEqual({ ok: true, value: null });
  });

  it("refuses anything else with a Danish reason naming the accepted words", () => {
    const result = parseBenefitDirection(text("Sidelæns"));
    expect(result).toEqual({ ok: false, reason: '"Sidelæns" er ikke en retning; skriv Tallet skal op eller Tallet skal ned (eller Op/Ned, Højere er bedre/Lavere er bedre)' });
    expect(parseBenefitDirection({ kind: "number", value: 1 }).ok).toBe(false);
    expect(parseBenefitDirection({ kind: "error", reason: "Formlen har intet resultat" })).toEqual({ ok: false, reason: "Formlen har intet resultat" });
  });
});

describe("the direction column's header", () => {
  it("is recognised on a benefit sheet as Retning or Direction, and not on a project sheet", () => {
    expect(fieldForHeader("benefits", "Retning")).toBe("direction");
    expect(fieldForHeader("benefits", "Direction")).toBe("direction");
    expect(fieldForHeader("projects", "Retning")).toBeNull();
  });
});
