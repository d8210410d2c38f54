import { describe, expect, it } from "vitest";
import { bytesPerMegabyte, noPaperMessage, paperSizeProblem } from "@/lib/domain/paper-size";

describe("paperSizeProblem", () => {
  it("allows a file under the limit and one of exactly the limit", () => {
    expect(paperSizeProblem(1, 25)).toBeNull();
    expect(paperSizeProblem(25 * bytesPerMegabyte - 1, 25)).toBeNull();
    expect(paperSizeProblem(25 * bytesPerMegabyte, 25)).toBeNull();
  });

  it("refuses a file one byte over the limit, naming the limit in Danish", () => {
    expect(paperSizeProblem(25 * bytesPerMegabyte + 1, 25)).toBe("Filen er for stor. Et bilag må højst fylde 25 MB.");
    expect(paperSizeProblem(2 * bytesPerMegabyte, 1)).toBe("Filen er for stor. Et bilag må højst fylde 1 MB.");
  });

  it("counts a megabyte as 1,048,576 bytes, not a million", () => {
    expect(paperSizeProblem(1_048_576, 1)).toBeNull();
    expect(paperSizeProblem(1_048_577, 1)).not.toBeNull();
  });

  it("refuses an empty file as no file at all", () => {
    expect(paperSizeProblem(0, 25)).toBe(noPaperMessage);
    expect(noPaperMessage).toBe("Vælg en fil at vedhæfte");
  });
});
