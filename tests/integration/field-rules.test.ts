import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/services/errors";
import { parseInput } from "@/lib/services/guard";
import { benefitSchema } from "@/lib/validation/benefits";
import { projectFormSchema } from "@/lib/validation/projects";

function fieldErrorsOf(run: () => unknown): Record<string, string[]> {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  throw new Error("Forventede en afvisning");
}

// Zod checks the rules between fields only once every field parses; a form answers them in the same round.
describe("rules between fields in the same round as the fields' own messages", () => {
  it("a new project without a title gets the message about its dates' order at once", () => {
    const errors = fieldErrorsOf(() => parseInput(projectFormSchema, { title: "", purpose: "efficiency", baselineStart: "2027-01-01", baselineEnd: "2026-06-01" }));
    expect(errors.title).toBeDefined();
    expect(errors.baselineEnd).toEqual(["Planlagt slut skal ligge efter planlagt start"]);
  });

  it("a new benefit with a short title gets its date order, the economic value and the direction messages at once, and no rule message over a field's own", () => {
    const errors = fieldErrorsOf(() =>
      parseInput(benefitSchema, {
        title: "x",
        type: "economic_cash",
        direction: "up",
        baselineValue: "40",
        baselineDate: "2027-01-01",
        targetValue: "20",
        targetDate: "2026-01-01",
        budgetTakeoutYear: "ikke et år",
        budgetTakeoutKr: "1000",
      }),
    );
    expect(errors).toEqual({
      title: ["Titlen skal være mindst 3 tegn"],
      targetDate: ["Måldatoen skal ligge efter baselinedatoen"],
      targetValue: ["Når tallet skal op, skal målet være større end baseline"],
      annualValueKr: ["Økonomiske gevinster skal have en årlig værdi i kr."],
      budgetTakeoutYear: ["Budgetåret skal være et årstal"],
    });
  });
});
