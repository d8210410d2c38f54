import { describe, expect, it } from "vitest";
import { auditChanges, auditFieldLabel, describeAuditAction, describedAuditActions } from "@/lib/domain/audit-descriptions";
import { describeHistoryEvent } from "@/lib/domain/history";
import { futureDoneInvolvementMessage, involvementName, isDoneInvolvementInFuture } from "@/lib/domain/involvement-rules";
import { noticeText } from "@/lib/domain/notices";

describe("isDoneInvolvementInFuture", () => {
  const today = "2026-11-27";

  it("refuses a held entry dated after today", () => {
    expect(isDoneInvolvementInFuture({ state: "done", date: "2026-11-28" }, today)).toBe(true);
    expect(isDoneInvolvementInFuture({ state: "done", date: "2027-01-01" }, today)).toBe(true);
  });

  it("takes a held entry dated today or earlier", () => {
    expect(isDoneInvolvementInFuture({ state: "done", date: today }, today)).toBe(false);
    expect(isDoneInvolvementInFuture({ state: "done", date: "2026-11-26" }, today)).toBe(false);
    expect(isDoneInvolvementInFuture({ state: "done", date: "2000-01-01" }, today)).toBe(false);
  });

  it("lets a planned entry lie anywhere", () => {
    expect(isDoneInvolvementInFuture({ state: "planned", date: "2027-06-01" }, today)).toBe(false);
    expect(isDoneInvolvementInFuture({ state: "planned", date: "2026-01-01" }, today)).toBe(false);
  });

  it("has a Danish field message", () => {
    expect(futureDoneInvolvementMessage).toBe("En gennemført inddragelse kan ikke ligge i fremtiden");
  });
});

describe("involvementName", () => {
  it("names an entry by its group, form and date, as controls acting on it say", () => {
    expect(involvementName({ group: "med", form: "briefing", date: "2026-12-03" })).toBe("MED-udvalg · Orientering, 3. dec. 2026");
  });
});

describe("involvement in the audit log, the history and the notices", () => {
  it("describes editing and deleting an entry in Danish", () => {
    expect(describedAuditActions).toEqual(expect.arrayContaining(["involvement.create", "involvement.update", "involvement.delete"]));
    expect(describeAuditAction("involvement.update")).toBe("Ændrede en inddragelse");
    expect(describeAuditAction("involvement.delete", "denied")).toBe("Slettede en inddragelse (afvist: manglende rettighed)");
    expect(describeHistoryEvent("involvement.update", {})).toBe("Inddragelse ændret");
    expect(describeHistoryEvent("involvement.delete", {})).toBe("Inddragelse slettet");
  });

  it("shows an entry's changed fields with Danish labels and values", () => {
    expect(
      auditChanges({
        involvementId: 4,
        state: { from: "planned", to: "done" },
        group: { from: "med", to: "citizens" },
        form: { from: "briefing", to: "workshop" },
        outcome: { from: "", to: "Færre alarmer" },
        date: { from: "2026-12-03", to: "2026-11-20" },
      }),
    ).toEqual([
      { field: "state", label: "Tilstand", from: "Planlagt", to: "Gennemført" },
      { field: "group", label: "Hvem blev inddraget", from: "MED-udvalg", to: "Borgere/brugere" },
      { field: "form", label: "Form", from: "Orientering", to: "Workshop" },
      { field: "outcome", label: "Resultat", from: "–", to: "Færre alarmer" },
      { field: "date", label: "Dato", from: "2026-12-03", to: "2026-11-20" },
    ]);
    expect(auditFieldLabel("summary")).toBe("Resumé");
  });

  it("shows a code outside the involvement vocabulary as it is", () => {
    expect(auditChanges({ state: { from: "draft", to: "constructor" } })).toEqual([{ field: "state", label: "Tilstand", from: "draft", to: "constructor" }]);
  });

  it("confirms a save and a delete after the edit page moved the user back to the tab", () => {
    expect(noticeText("involvement-saved")).toBe("Inddragelsen er gemt.");
    expect(noticeText("involvement-deleted")).toBe("Inddragelsen er slettet.");
  });
});
