import { describe, expect, it } from "vitest";
import {
  changesCutoff,
  composeInbox,
  countSubjects,
  dueAfter,
  dueText,
  hatsOf,
  inboxLinkLabel,
  kindsFor,
  nextVisit,
  reportDueDate,
  urgencyOf,
  type InboxCandidate,
} from "@/lib/domain/inbox";

const today = "2026-11-30";

describe("hats and kinds", () => {
  it("gives each role the hats it wears", () => {
    expect(hatsOf({ id: 1, role: "director", departmentId: null })).toEqual(["board", "personal"]);
    expect(hatsOf({ id: 2, role: "department_head", departmentId: 4 })).toEqual(["department", "personal"]);
    expect(hatsOf({ id: 3, role: "department_head", departmentId: null })).toEqual(["personal"]);
    expect(hatsOf({ id: 4, role: "staff", departmentId: 4 })).toEqual(["personal"]);
    expect(hatsOf({ id: 5, role: "admin", departmentId: 8 })).toEqual(["administration"]);
  });

  it("sends board decisions to directors only and administration to administrators only", () => {
    const director = kindsFor(["board", "personal"]);
    const head = kindsFor(["department", "personal"]);
    const staff = kindsFor(["personal"]);
    const admin = kindsFor(["administration"]);
    expect(director).toEqual(expect.arrayContaining(["gate_decision", "change_request_decision", "rebaseline_decision", "experiment_approval", "minutes_approval", "next_meeting"]));
    for (const kinds of [head, staff, admin]) expect(kinds).not.toContain("gate_decision");
    expect(head).toEqual(expect.arrayContaining(["report_due", "measurement_due", "risk_without_action", "idea_triage", "gate_waiting"]));
    expect(staff).toEqual(["report_due", "measurement_due", "experiment_next_step", "idea_answer"]);
    expect(admin).toEqual(["locked_account", "user_without_department", "expiring_link"]);
    for (const kinds of [director, head, staff]) expect(kinds).not.toContain("locked_account");
  });
});

describe("due dates and urgency", () => {
  it("dates a request by its lead time and a status report by the stale limit", () => {
    expect(dueAfter("2026-11-16T09:45:00.000Z", 14)).toBe("2026-11-30");
    expect(reportDueDate("2026-10-01T10:00:00.000Z", 45)).toBe("2026-11-15");
  });

  it("is overdue before today, due soon within 14 days, later beyond", () => {
    expect(urgencyOf("2026-11-29", today)).toBe("overdue");
    expect(urgencyOf("2026-11-30", today)).toBe("due_soon");
    expect(urgencyOf("2026-12-14", today)).toBe("due_soon");
    expect(urgencyOf("2026-12-15", today)).toBe("later");
    expect(urgencyOf(null, today)).toBe("later");
    expect(urgencyOf(null, today, true)).toBe("overdue");
  });

  it("says in Danish how overdue or how soon", () => {
    expect(dueText("2026-11-27", today)).toBe("3 dage over tid");
    expect(dueText("2026-11-29", today)).toBe("1 dag over tid");
    expect(dueText("2026-11-30", today)).toBe("Forfalder i dag");
    expect(dueText("2026-12-05", today)).toBe("Forfalder om 5 dage");
    expect(dueText(null, today)).toBeNull();
    expect(dueText(null, today, true)).toBe("Over tid");
  });

  it("says when the next meeting takes place, not when it falls due", () => {
    expect(dueText("2026-11-30", today, false, "next_meeting")).toBe("I dag");
    expect(dueText("2026-12-01", today, false, "next_meeting")).toBe("I morgen");
    expect(dueText("2026-12-14", today, false, "next_meeting")).toBe("Om 14 dage");
  });
});

describe("composing the inbox", () => {
  const item = (key: string, dueDate: string | null, extra: Partial<InboxCandidate> = {}): InboxCandidate => ({
    kind: "report_due",
    key,
    title: key,
    why: () => "",
    href: "/",
    dueDate,
    ...extra,
  });

  it("puts overdue first, then due soon, then the rest, earliest due first", () => {
    const inbox = composeInbox(
      [item("later", "2027-03-01"), item("soon-b", "2026-12-10"), item("none", null), item("soon-a", "2026-12-02"), item("late", "2026-11-01"), item("never", null, { overdue: true })],
      today,
    );
    expect(inbox.map((entry) => entry.key)).toEqual(["late", "never", "soon-a", "soon-b", "later", "none"]);
    expect(inbox[0]).toMatchObject({ urgency: "overdue", dueText: "29 dage over tid" });
  });

  it("shows a subject found through two hats once", () => {
    const inbox = composeInbox([item("report:1", "2026-12-01", { why: () => "own" }), item("report:1", "2026-12-01", { why: () => "department" })], today);
    expect(inbox).toHaveLength(1);
    expect(inbox[0].why()).toBe("own");
  });

  it("counts as many items as it composes, one per subject", () => {
    const candidates = [item("report:1", "2026-12-01"), item("gate:4", null), item("report:1", "2026-12-03"), item("idea:9", "2026-11-02"), item("gate:4", null)];
    const keys = candidates.map((candidate) => candidate.key);
    expect(countSubjects(keys)).toBe(3);
    expect(countSubjects(keys)).toBe(composeInbox(candidates, today).length);
    expect(countSubjects([])).toBe(0);
  });

  it("orders equal urgency and date by kind, then title", () => {
    const inbox = composeInbox([item("b", "2026-12-01", { kind: "idea_triage", title: "A" }), item("a", "2026-12-01", { kind: "gate_decision", title: "Z" })], today);
    expect(inbox.map((entry) => entry.kind)).toEqual(["gate_decision", "idea_triage"]);
  });

  it("names the menu link with its count", () => {
    expect(inboxLinkLabel("Mit overblik", 3)).toBe("Mit overblik, 3 venter");
    expect(inboxLinkLabel("Mit overblik", 0)).toBe("Mit overblik");
  });
});

describe("the visit window", () => {
  const at = (iso: string) => new Date(iso);

  it("starts a first visit that counts changes from two weeks back", () => {
    const visit = nextVisit(null, at("2026-11-30T08:00:00Z"));
    expect(visit).toEqual({ seenAt: "2026-11-30T08:00:00.000Z", changesSince: null });
    expect(changesCutoff(visit, at("2026-11-30T08:00:00Z"))).toBe("2026-11-16T08:00:00.000Z");
  });

  it("keeps the same visit within half an hour and starts a new one after", () => {
    const previous = { seenAt: "2026-11-30T08:00:00.000Z", changesSince: "2026-11-29T07:00:00.000Z" };
    expect(nextVisit(previous, at("2026-11-30T08:30:00Z"))).toBeNull();
    expect(nextVisit(previous, at("2026-11-30T08:30:01Z"))).toEqual({ seenAt: "2026-11-30T08:30:01.000Z", changesSince: "2026-11-30T08:00:00.000Z" });
    expect(changesCutoff(previous, at("2026-11-30T08:10:00Z"))).toBe("2026-11-29T07:00:00.000Z");
  });
});
