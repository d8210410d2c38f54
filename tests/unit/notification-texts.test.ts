import { describe, expect, it } from "vitest";
import { can } from "@/lib/permissions";
import {
  changeRequestDecisionText,
  changeRequestFiledText,
  measurementOverdueText,
  reportOverdueText,
  safeNotificationPath,
} from "@/lib/domain/notification-texts";

const project = { code: "DIG-2026-014", title: "Chatbot i Borgerservice" };

describe("notification texts", () => {
  it("name the changed fields of a change request, never their values", () => {
    const filed = changeRequestFiledText(project, ["approvedBudgetKr", "baselineEnd"], "Lars Leder");
    expect(filed.title).toBe("Ny ændringsanmodning: Chatbot i Borgerservice");
    expect(filed.body).toBe("Lars Leder anmoder direktionen om at ændre godkendt budget, planlagt slut (baseline) for DIG-2026-014.");
    const decided = changeRequestDecisionText(project, ["approvedBudgetKr"], "rejected", "  ");
    expect(decided.title).toBe("Ændringsanmodning afvist: Chatbot i Borgerservice");
    expect(decided.body).toBe("DIG-2026-014: anmodningen om at ændre godkendt budget er afvist.");
  });

  it("say whether a project has never reported or has lapsed, and link to the tab where it is done", () => {
    expect(reportOverdueText(project, 45, false).body).toBe("DIG-2026-014 har endnu ingen udgivet statusrapport.");
    expect(reportOverdueText(project, 45, true)).toEqual({
      title: "Statusrapport mangler: Chatbot i Borgerservice",
      body: "DIG-2026-014 har ikke fået en udgivet statusrapport i mere end 45 dage.",
      link: "/projects/DIG-2026-014?tab=status",
    });
    expect(measurementOverdueText(project, "Kortere svartid", "1. apr. 2026").link).toBe("/projects/DIG-2026-014?tab=benefits");
  });
});

describe("safeNotificationPath", () => {
  it("keeps paths inside the portal and replaces anything else with the list", () => {
    expect(safeNotificationPath("/projects/DIG-2026-014?tab=status")).toBe("/projects/DIG-2026-014?tab=status");
    expect(safeNotificationPath("/meetings/3/minutes")).toBe("/meetings/3/minutes");
    for (const link of ["//evil.example", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "", "projects/1", "/a b"]) {
      expect(safeNotificationPath(link), link).toBe("/notifications");
    }
  });
});

describe("reading notifications", () => {
  it("is one's own alone, for every role", () => {
    for (const role of ["director", "department_head", "staff", "admin"] as const) {
      expect(can({ id: 5, role, departmentId: 1 }, "notification.read", { kind: "notification", userId: 5 })).toBe(true);
      expect(can({ id: 5, role, departmentId: 1 }, "notification.read", { kind: "notification", userId: 6 })).toBe(false);
      expect(can({ id: 5, role, departmentId: 1 }, "notification.read")).toBe(false);
    }
  });
});
