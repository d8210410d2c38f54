import { describe, expect, it } from "vitest";
import { departmentListHref, departmentNoticeOf, departmentSavedHref, departmentShownBy } from "@/app/(portal)/admin/departments/saved-notice";

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

  it("names the department whose card the list opens on: after a save, or back from the department's page", () => {
    expect(departmentShownBy(paramsOf(departmentSavedHref(12)))).toBe(12);
    expect(departmentShownBy(paramsOf(departmentSavedHref(7, "created")))).toBe(7);
    const back = departmentListHref(5);
    expect(back).toBe("/admin/departments?afdeling=5#department-5");
    expect(departmentShownBy(paramsOf(back))).toBe(5);
    for (const value of [undefined, "", "abc", "-1", ["3", "4"]]) expect(departmentShownBy({ afdeling: value })).toBeNull();
  });
});
