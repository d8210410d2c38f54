import { describe, expect, it } from "vitest";
import { describeHistoryEvent } from "@/lib/domain/history";

describe("a project's history in Danish", () => {
  it("names the fields a project update changed", () => {
    expect(describeHistoryEvent("project.update", { summary: { from: "a", to: "b" }, spentKr: { from: 1, to: 2 } })).toBe("Projektet blev ændret: resumé, forbrugt");
    expect(describeHistoryEvent("project.update", { noSignificantRisks: { from: false, to: true } })).toBe("Projektet blev ændret: ingen væsentlige risici");
    expect(describeHistoryEvent("project.update", {})).toBe("Projektet blev gemt uden ændringer");
  });

  it("describes an action it has no line of its own for as the audit log does, never by its code", () => {
    expect(describeHistoryEvent("attachment.upload", {})).toBe("Vedhæftede et bilag");
    expect(describeHistoryEvent("attachment.delete", {})).toBe("Slettede et bilag");
    expect(describeHistoryEvent("something.new", {})).toBe("Handling: something.new");
  });
});
