import { describe, expect, it } from "vitest";
import { safeRedirectTarget } from "@/lib/domain/redirect-target";

describe("safeRedirectTarget", () => {
  it("keeps a path on this site with its query and fragment", () => {
    expect(safeRedirectTarget("/projects/DIG-2026-001?tab=status#seneste")).toBe("/projects/DIG-2026-001?tab=status#seneste");
    expect(safeRedirectTarget("/")).toBe("/");
  });

  it("sends everything that could leave the site, or is not a path, to the front page", () => {
    for (const target of [
      "https://evil.example/",
      "//evil.example/",
      "/\\evil.example/",
      "/\t/evil.example/",
      "/\n/evil.example/",
      "/\r\n/evil.example/",
      "/ /evil.example/",
      "\t//evil.example/",
      "javascript:alert(1)",
      "evil.example",
      "/x\u0000",
      "/x\u007f",
      "",
      null,
      undefined,
      42,
    ]) {
      expect(safeRedirectTarget(target)).toBe("/");
    }
  });

  it("keeps an encoded slash as part of a path on this site", () => {
    expect(safeRedirectTarget("/%2F/evil.example/")).toBe("/%2F/evil.example/");
  });
});
