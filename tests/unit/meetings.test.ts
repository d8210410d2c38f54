import { describe, expect, it } from "vitest";
import { composeDecisionQueue, decisionEffect, minutesComplete, queueKey, reorder, type QueueSources } from "@/lib/domain/meetings";

const sources: QueueSources = {
  pendingGates: [{ id: 1, projectId: 10, projectTitle: "Faldsensorer", fromLabel: "Analyse", toLabel: "Afprøvning" }],
  pendingRebaselines: [{ id: 2, projectId: 11, benefitTitle: "Færre faldulykker", reason: "Ny opgørelsesmetode" }],
  pendingChangeRequests: [{ id: 4, projectId: 13, projectTitle: "Digital post", fields: "Godkendt budget", reason: "Udvidet scope" }],
  redProjects: [{ projectId: 12, projectTitle: "Digitale byggesager", comment: "Leverandøren er 4 måneder forsinket" }],
  experimentsAwaitingApproval: [{ id: 3, title: "Generativ AI i journalføring", zoneName: "Data og AI", moneyAtRiskKr: 400_000 }],
  experimentsToScale: [{ id: 4, title: "Chatbot om affald", zoneName: "Borgerservice" }],
};

describe("decision queue", () => {
  it("gathers gates, re-baselines, change requests, red projects, experiments over the frame and experiments to scale", () => {
    const queue = composeDecisionQueue(sources, new Set());
    expect(queue.map((item) => item.queueKind)).toEqual(["gate", "rebaseline", "change_request", "red_project", "experiment_approval", "experiment_scale"]);
    expect(queue[0]).toMatchObject({ title: "Fasegodkendelse: Faldsensorer", summary: "Analyse → Afprøvning", gateRequestId: 1, projectId: 10 });
    expect(queue[2]).toMatchObject({ title: "Ændringsanmodning: Digital post", summary: "Godkendt budget: Udvidet scope", changeRequestId: 4, projectId: 13 });
    expect(queue[4].summary).toBe("Data og AI: 400.000 kr. på spil");
  });

  it("leaves out what is already on an undecided agenda", () => {
    const queue = composeDecisionQueue(sources, new Set([queueKey("gate", 1), queueKey("red_project", 12)]));
    expect(queue.map((item) => item.key)).toEqual(["rebaseline:2", "change_request:4", "experiment_approval:3", "experiment_scale:4"]);
  });

  it("is empty when nothing waits", () => {
    expect(
      composeDecisionQueue({ pendingGates: [], pendingRebaselines: [], pendingChangeRequests: [], redProjects: [], experimentsAwaitingApproval: [], experimentsToScale: [] }, new Set()),
    ).toEqual([]);
  });
});

describe("decisions that apply themselves", () => {
  it("approve and reject gates, re-baselines and experiments", () => {
    expect(decisionEffect("gate", "approved")).toBe("approve_gate");
    expect(decisionEffect("gate", "rejected")).toBe("reject_gate");
    expect(decisionEffect("rebaseline", "approved")).toBe("approve_rebaseline");
    expect(decisionEffect("rebaseline", "rejected")).toBe("reject_rebaseline");
    expect(decisionEffect("change_request", "approved")).toBe("approve_change_request");
    expect(decisionEffect("change_request", "rejected")).toBe("reject_change_request");
    expect(decisionEffect("experiment_approval", "approved")).toBe("approve_experiment");
    expect(decisionEffect("experiment_approval", "rejected")).toBe("reject_experiment");
    expect(decisionEffect("experiment_scale", "approved")).toBe("promote_experiment");
  });

  it("postponed and adjusted decisions, red projects and free items change nothing by themselves", () => {
    for (const kind of ["gate", "rebaseline", "change_request", "experiment_approval", "experiment_scale"] as const) {
      expect(decisionEffect(kind, "postponed")).toBeNull();
      expect(decisionEffect(kind, "adjusted")).toBeNull();
    }
    expect(decisionEffect("red_project", "approved")).toBeNull();
    expect(decisionEffect("experiment_scale", "rejected")).toBeNull();
    expect(decisionEffect(null, "approved")).toBeNull();
  });
});

describe("minutes", () => {
  it("lock only when every participating director has approved", () => {
    expect(minutesComplete([1, 2, 3], [1, 2])).toBe(false);
    expect(minutesComplete([1, 2, 3], [3, 1, 2])).toBe(true);
    expect(minutesComplete([1, 2], [1, 2, 9])).toBe(true);
    expect(minutesComplete([], [])).toBe(false);
  });
});

describe("agenda order", () => {
  it("moves an item one step and ignores moves past the ends", () => {
    expect(reorder(["a", "b", "c"], 2, "up")).toEqual(["a", "c", "b"]);
    expect(reorder(["a", "b", "c"], 0, "down")).toEqual(["b", "a", "c"]);
    expect(reorder(["a", "b", "c"], 0, "up")).toEqual(["a", "b", "c"]);
    expect(reorder(["a", "b", "c"], 2, "down")).toEqual(["a", "b", "c"]);
  });
});
