import { describe, expect, it } from "vitest";
import { canTransitionExperiment, riskFrameVerdict, stateOnStart, toggleVote } from "@/lib/domain/experiments";

describe("risk frame", () => {
  it("sums running money against the frame and warns above 80 %", () => {
    expect(riskFrameVerdict(1_000_000, 800_000)).toMatchObject({ share: 0.8, warn: false, exceeds: false });
    expect(riskFrameVerdict(1_000_000, 800_001).warn).toBe(true);
    expect(riskFrameVerdict(1_000_000, 700_000, 200_000)).toMatchObject({ afterKr: 900_000, warn: true, exceeds: false });
  });

  it("exactly at the frame is inside it; one krone over exceeds it", () => {
    expect(riskFrameVerdict(1_000_000, 600_000, 400_000).exceeds).toBe(false);
    expect(riskFrameVerdict(1_000_000, 600_000, 400_001).exceeds).toBe(true);
  });

  it("a zone without a frame exceeds with any money at risk", () => {
    expect(riskFrameVerdict(0, 0, 0).exceeds).toBe(false);
    expect(riskFrameVerdict(0, 0, 1).exceeds).toBe(true);
  });

  it("an experiment over the frame waits for the sponsor instead of running", () => {
    expect(stateOnStart(1_000_000, 900_000, 100_000)).toBe("running");
    expect(stateOnStart(1_000_000, 900_000, 100_001)).toBe("awaiting_approval");
  });
});

describe("experiment states", () => {
  it("go draft → running or awaiting approval → running or rejected → finished", () => {
    expect(canTransitionExperiment("draft", "running")).toBe(true);
    expect(canTransitionExperiment("draft", "awaiting_approval")).toBe(true);
    expect(canTransitionExperiment("awaiting_approval", "running")).toBe(true);
    expect(canTransitionExperiment("awaiting_approval", "rejected")).toBe(true);
    expect(canTransitionExperiment("running", "finished")).toBe(true);
  });

  it("refuse going back or skipping", () => {
    expect(canTransitionExperiment("draft", "finished")).toBe(false);
    expect(canTransitionExperiment("awaiting_approval", "finished")).toBe(false);
    expect(canTransitionExperiment("finished", "running")).toBe(false);
    expect(canTransitionExperiment("rejected", "running")).toBe(false);
  });
});

describe("idea votes", () => {
  it("one vote per user; pressing again withdraws it", () => {
    const first = toggleVote(new Set([1, 2]), 3);
    expect(first.voted).toBe(true);
    expect([...first.voters].sort()).toEqual([1, 2, 3]);
    const again = toggleVote(first.voters, 3);
    expect(again.voted).toBe(false);
    expect([...again.voters].sort()).toEqual([1, 2]);
  });
});
