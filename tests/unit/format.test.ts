import { describe, expect, it } from "vitest";
import { formatCount, formatKr, formatNumber } from "@/lib/format";

describe("number formats", () => {
  it("shows measured values as entered, with Danish decimals, and whole numbers without", () => {
    expect(formatNumber(80.5)).toBe("80,5");
    expect(formatNumber(112.5)).toBe("112,5");
    expect(formatNumber(1250)).toBe("1.250");
    expect(formatNumber(3.14159)).toBe("3,14");
  });

  it("rounds amounts in kroner to whole kroner", () => {
    expect(formatKr(1_250_000.4)).toBe("1.250.000 kr.");
  });

  it("puts the noun in the right number", () => {
    expect(formatCount(1, "gevinst", "gevinster")).toBe("1 gevinst");
    expect(formatCount(0, "gevinst", "gevinster")).toBe("0 gevinster");
    expect(formatCount(1250, "projekt", "projekter")).toBe("1.250 projekter");
  });
});
