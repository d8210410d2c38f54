import { describe, expect, it } from "vitest";
import { experimentFrameStatement, experimentFrameStatementTexts } from "@/lib/domain/experiment-frame";

describe("what an experiment's card says about the risk frame", () => {
  it("a finished or rejected experiment never shows Over rammen, even when its money would exceed the frame", () => {
    expect(experimentFrameStatement("finished", true)).toBe("closed");
    expect(experimentFrameStatement("rejected", true)).toBe("closed");
    expect(experimentFrameStatementTexts.closed).not.toMatch(/over rammen/i);
  });

  it("an experiment not yet started over the frame needs approval; within it does not", () => {
    expect(experimentFrameStatement("draft", true)).toBe("needs_approval");
    expect(experimentFrameStatement("awaiting_approval", true)).toBe("needs_approval");
    expect(experimentFrameStatement("draft", false)).toBe("within");
  });

  it("a running experiment is counted in the frame but asks for no approval", () => {
    expect(experimentFrameStatement("running", true)).toBe("running_over");
    expect(experimentFrameStatement("running", false)).toBe("running_within");
    expect(experimentFrameStatementTexts.running_over).not.toMatch(/godkendelse/);
  });
});
