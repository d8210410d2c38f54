import { describe, expect, it } from "vitest";
import { isDirectionLocked, lockedFieldChanges, targetDirectionError } from "@/lib/domain/benefit-rules";

const path = { direction: "down" as const, baselineValue: 40, baselineDate: "2026-01-01", targetValue: 20, targetDate: "2027-12-31" };

describe("targetDirectionError", () => {
  it("wants the target above the baseline when the number goes up, below it when it goes down, and never equal", () => {
    expect(targetDirectionError("up", 10, 20)).toBeNull();
    expect(targetDirectionError("down", 20, 10)).toBeNull();
    expect(targetDirectionError("up", 20, 10)).toBe("Når tallet skal op, skal målet være større end baseline");
    expect(targetDirectionError("down", 10, 20)).toBe("Når tallet skal ned, skal målet være mindre end baseline");
    expect(targetDirectionError("up", 10, 10)).not.toBeNull();
  });

  it("has nothing to say without both values", () => {
    expect(targetDirectionError("up", null, 5)).toBeNull();
    expect(targetDirectionError("down", 5, null)).toBeNull();
  });
});

describe("the direction of a locked path", () => {
  it("is locked when it fits the path, and free to correct when it contradicts it or there is no path", () => {
    expect(isDirectionLocked(path)).toBe(true);
    expect(isDirectionLocked({ ...path, direction: "up" })).toBe(false);
    expect(isDirectionLocked({ ...path, targetValue: null, targetDate: null })).toBe(true);
    expect(isDirectionLocked({ ...path, baselineValue: null, baselineDate: null, targetValue: null, targetDate: null })).toBe(false);
  });

  it("counts as a locked change next to the path's own fields", () => {
    expect(lockedFieldChanges(path, { ...path, direction: "up", targetValue: 60 })).toEqual(["direction", "targetValue"]);
    expect(lockedFieldChanges({ ...path, direction: "up" }, path)).toEqual([]);
  });
});
