import { describe, expect, it } from "vitest";
import { maxDefaultWorkers, serverWorkerCount } from "@/lib/server-process.mjs";

describe("serverWorkerCount", () => {
  it("runs one worker per core when STYRERUM_WORKERS is unset or empty", () => {
    expect(serverWorkerCount(undefined, 2)).toBe(2);
    expect(serverWorkerCount("", 1)).toBe(1);
    expect(serverWorkerCount(" ", 3)).toBe(3);
  });

  it("runs at most four by default, however many cores there are", () => {
    expect(serverWorkerCount(undefined, 16)).toBe(maxDefaultWorkers);
    expect(maxDefaultWorkers).toBe(4);
  });

  it("takes the number an operator sets, one included", () => {
    expect(serverWorkerCount("1", 8)).toBe(1);
    expect(serverWorkerCount("6", 2)).toBe(6);
  });

  it.each(["0", "-2", "1.5", "to", "33"])("refuses %s with a Danish message naming the variable", (value) => {
    expect(() => serverWorkerCount(value, 2)).toThrow(/STYRERUM_WORKERS skal være et helt tal fra 1 til 32/);
  });
});
