import { AsyncLocalStorage } from "node:async_hooks";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRenderGate, gateRoleOf } from "@/lib/render-gate.mjs";

describe("gateRoleOf", () => {
  it("queues page reads, puts every possible write first and lets the rest pass", () => {
    expect(gateRoleOf("GET", "page")).toBe("read");
    expect(gateRoleOf("HEAD", "page")).toBe("read");
    expect(gateRoleOf("GET", "other")).toBe("pass");
    expect(gateRoleOf("OPTIONS", "other")).toBe("pass");
    expect(gateRoleOf("POST", "page")).toBe("write");
    expect(gateRoleOf("POST", "other")).toBe("write");
    expect(gateRoleOf("DELETE", "other")).toBe("write");
    expect(gateRoleOf(undefined, "page")).toBe("write");
  });

  it("lets a save's own redirect render pass: the save waits for it, so it cannot wait for the save", () => {
    expect(gateRoleOf("GET", "page", true)).toBe("pass");
    expect(gateRoleOf("GET", "page", false)).toBe("read");
    expect(gateRoleOf("POST", "page", true)).toBe("write");
  });
});

describe("createRenderGate", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** Enters a read that records when it starts and keeps its release. */
  function reader(gate: ReturnType<typeof createRenderGate>, started: string[], name: string) {
    const holder: { release: () => void; withdraw: () => void } = { release: () => {}, withdraw: () => {} };
    holder.withdraw = gate.read((release) => {
      started.push(name);
      holder.release = release;
    });
    return holder;
  }

  it("renders up to its limit at once and starts the waiting reads in order of arrival", () => {
    const gate = createRenderGate({ limit: 2 });
    const started: string[] = [];
    const a = reader(gate, started, "a");
    reader(gate, started, "b");
    reader(gate, started, "c");
    reader(gate, started, "d");
    expect(started).toEqual(["a", "b"]);
    expect(gate.waiting).toBe(2);
    a.release();
    expect(started).toEqual(["a", "b", "c"]);
    expect(gate.reading).toBe(2);
  });

  it("counts a release once however often it is called", () => {
    const gate = createRenderGate({ limit: 1 });
    const started: string[] = [];
    const a = reader(gate, started, "a");
    const b = reader(gate, started, "b");
    reader(gate, started, "c");
    a.release();
    a.release();
    expect(started).toEqual(["a", "b"]);
    b.release();
    expect(started).toEqual(["a", "b", "c"]);
  });

  it("lets a write start at once and holds waiting reads back until it is done, without stopping the running read", () => {
    const gate = createRenderGate({ limit: 1 });
    const started: string[] = [];
    const a = reader(gate, started, "a");
    reader(gate, started, "b");
    const writeDone = gate.write();
    a.release();
    expect(started).toEqual(["a"]);
    expect(gate.reading).toBe(0);
    reader(gate, started, "c");
    expect(started).toEqual(["a"]);
    writeDone();
    expect(started).toEqual(["a", "b"]);
    expect(gate.waiting).toBe(1);
  });

  it("starts a waiting read in the context of its own request, not in that of the request that made room", () => {
    const gate = createRenderGate({ limit: 1 });
    const requestContext = new AsyncLocalStorage<string>();
    const seen: Array<string | undefined> = [];
    let releaseFirst = () => {};
    requestContext.run("first", () => gate.read((release) => ((releaseFirst = release), seen.push(requestContext.getStore()))));
    requestContext.run("second", () => gate.read(() => seen.push(requestContext.getStore())));
    requestContext.run("first", () => releaseFirst());
    expect(seen).toEqual(["first", "second"]);
  });

  it("forgets a waiting read whose client went away, and ignores a withdrawal after it started", () => {
    const gate = createRenderGate({ limit: 1 });
    const started: string[] = [];
    const a = reader(gate, started, "a");
    const b = reader(gate, started, "b");
    reader(gate, started, "c");
    b.withdraw();
    expect(gate.waiting).toBe(1);
    a.withdraw();
    expect(gate.reading).toBe(1);
    a.release();
    expect(started).toEqual(["a", "c"]);
  });

  it("takes a place back from a read or a write that holds it longer than the limit", () => {
    const gate = createRenderGate({ limit: 1, maxHoldMs: 1000 });
    const started: string[] = [];
    reader(gate, started, "slow");
    const next = reader(gate, started, "next");
    vi.advanceTimersByTime(999);
    expect(started).toEqual(["slow"]);
    vi.advanceTimersByTime(1);
    expect(started).toEqual(["slow", "next"]);
    next.release();

    gate.write();
    reader(gate, started, "after-write");
    vi.advanceTimersByTime(999);
    expect(started).toEqual(["slow", "next"]);
    vi.advanceTimersByTime(1);
    expect(started).toEqual(["slow", "next", "after-write"]);
  });
});
