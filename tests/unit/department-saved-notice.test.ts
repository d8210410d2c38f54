import { describe, expect, it } from "vitest";
import { departmentNoticeOf, departmentSavedHref } from "@/app/(portal)/admin/departments/saved-notice";

const paramsOf = (href: string) => Object.fromEntries(new URL(href, "http://localhost").searchParams);

describe("the department list's confirmation", () => {
  it("returns to the saved or created department's card, which the list reads back with its text", () => {
    const saved = departmentSavedHref(12);
    expect(saved).toBe("/admin/departments?saved=12#department-12");
    expect(departmentNoticeOf(paramsOf(saved))).toEqual({ id: 12, text: "Ændringerne er gemt." });
    const created = departmentSavedHref(7, "created");
    expect(created).toBe("/admin/departments?created=7#department-7");
    expect(departmentNoticeOf(paramsOf(created))).toEqual({ id: 7, text: "Afdelingen er oprettet." });
  });

  it("ignores a missing, repeated or malformed value", () => {
    for (const value of [undefined, "", "abc", "12x", "-1", "1.5", ["3", "4"]]) expect(departmentNoticeOf({ saved: value, created: value })).toBeNull();
  });
});
