import { describe, expect, it } from "vitest";
import { departmentSavedHref, savedDepartmentId } from "@/app/(portal)/admin/departments/saved-notice";

describe("the department list's saved notice", () => {
  it("returns to the saved department's card, which the list reads back", () => {
    const href = departmentSavedHref(12);
    expect(href).toBe("/admin/departments?saved=12#department-12");
    expect(savedDepartmentId(new URL(href, "http://localhost").searchParams.get("saved") ?? undefined)).toBe(12);
  });

  it("ignores a missing, repeated or malformed value", () => {
    for (const value of [undefined, "", "abc", "12x", "-1", "1.5", ["3", "4"]]) expect(savedDepartmentId(value)).toBeNull();
  });
});
