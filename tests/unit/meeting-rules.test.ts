import { describe, expect, it } from "vitest";
import { copenhagenMinute, meetingHasStarted, minutesMayBeApproved, outcomesFor, participantsMayChange } from "@/lib/domain/meeting-rules";

describe("meeting start rule", () => {
  const meeting = { date: "2026-12-10", time: "09:00", startedEarlyAt: null };

  it("reads the clock in Copenhagen time", () => {
    expect(copenhagenMinute(new Date("2026-12-10T08:00:00Z"))).toBe("2026-12-10 09:00");
  });

  it("refuses before the scheduled start and allows from it", () => {
    expect(meetingHasStarted(meeting, new Date("2026-12-10T07:59:00Z"))).toBe(false);
    expect(meetingHasStarted(meeting, new Date("2026-12-10T08:00:00Z"))).toBe(true);
  });

  it("allows a meeting started early", () => {
    expect(meetingHasStarted({ ...meeting, startedEarlyAt: "2026-12-09T10:00:00Z" }, new Date("2026-12-09T10:00:00Z"))).toBe(true);
  });
});

describe("item kinds and minutes", () => {
  it("an information item is only taken note of", () => {
    expect(outcomesFor("information")).toEqual(["noted"]);
    expect(outcomesFor("decision")).not.toContain("noted");
  });

  it("minutes are approved only after the meeting is held", () => {
    expect(minutesMayBeApproved("planned")).toBe(false);
    expect(minutesMayBeApproved("held")).toBe(true);
  });

  it("lets participants change only until the meeting is held, since they approve the minutes", () => {
    expect(participantsMayChange("planned")).toBe(true);
    expect(participantsMayChange("held")).toBe(false);
    expect(participantsMayChange("minutes_approved")).toBe(false);
  });
});
