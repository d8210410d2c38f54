/**
 * How many page renders one server process runs at once, and saves first. Node interleaves concurrent
 * requests at every await, so with many renders in flight each one, and a save that arrives among them,
 * waits behind all the others at every turn. The gate lets `limit` page reads render at a time and queues
 * the rest in order of arrival. A save (any other request that may write) never waits in the gate: while
 * one runs, queued reads stay queued, so the save shares the process only with the reads already running.
 *
 * Nobody holds the gate longer than `maxHoldMs`: a client that reads its page slowly, or uploads slowly,
 * cannot keep the others waiting longer than that.
 */
import { AsyncResource } from "node:async_hooks";

/**
 * Page reads that render at once in one process. One keeps a save's wait shortest: measured on the bench data
 * with two processes, a save under load took p95 161 ms with one and 275 ms with two; 1.5 s with one but
 * no precedence for saves, and 4 s with no gate at all.
 * Throughput did not drop: the renders are CPU-bound and the other cores serve the other processes.
 */
const defaultRenderLimit = 1;
/** The longest one request keeps its place in the gate, in milliseconds. */
const defaultMaxHoldMs = 1000;

/**
 * What a request is to the gate: a page read waits for a place, a request that may write (any method but GET,
 * HEAD and OPTIONS) goes first, and the rest (assets, the route handlers under /api that only read) pass by.
 *
 * A save that ends in a redirect has Next.js fetch the page it leads to from this server, with the save's own
 * request headers, its request id among them, and answers with that page. That read is part of the save, which
 * waits for it, so it passes too: queued behind the save it would wait until the save's place ran out (a second).
 * @param {string | undefined} method
 * @param {"page" | "other" | "login"} guardKind
 * @param {boolean} [forAWriteInFlight] the request carries the id of a save this process is running
 * @returns {"read" | "write" | "pass"}
 */
export function gateRoleOf(method, guardKind, forAWriteInFlight = false) {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return guardKind === "page" && !forAWriteInFlight ? "read" : "pass";
  return "write";
}

/**
 * @param {{ limit?: number; maxHoldMs?: number }} [options]
 */
export function createRenderGate({ limit = defaultRenderLimit, maxHoldMs = defaultMaxHoldMs } = {}) {
  let reading = 0;
  let writing = 0;
  /** @type {Array<(release: () => void) => void>} */
  const waiting = [];

  /** Runs `onRelease` once, when the holder calls the returned function or after `maxHoldMs`. */
  function lease(onRelease) {
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      clearTimeout(timer);
      onRelease();
    };
    const timer = setTimeout(release, maxHoldMs);
    timer.unref?.();
    return release;
  }

  function admitWaiting() {
    while (writing === 0 && reading < limit && waiting.length > 0) startRead(waiting.shift());
  }

  function startRead(start) {
    reading += 1;
    start(
      lease(() => {
        reading -= 1;
        admitWaiting();
      }),
    );
  }

  return {
    /**
     * A page read: calls `start` with a release function once a place is free (at once when one is). Returns a
     * function that withdraws the read while it still waits (its client went away); afterwards it does nothing.
     * @param {(release: () => void) => void} start
     */
    read(start) {
      if (writing === 0 && reading < limit && waiting.length === 0) {
        startRead(start);
        return () => {};
      }
      // A waiting read starts from another request's release: it must run in its own request's context.
      const startInOwnContext = AsyncResource.bind(start);
      waiting.push(startInOwnContext);
      return () => {
        const index = waiting.indexOf(startInOwnContext);
        if (index >= 0) waiting.splice(index, 1);
      };
    },
    /** A save: starts at once and holds queued reads back until it releases. Returns the release function. */
    write() {
      writing += 1;
      return lease(() => {
        writing -= 1;
        admitWaiting();
      });
    },
    get reading() {
      return reading;
    },
    get waiting() {
      return waiting.length;
    },
  };
}
