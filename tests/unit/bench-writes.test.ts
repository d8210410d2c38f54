import { describe, expect, it } from "vitest";
import { evaluateBench, formatBenchTable, type BenchMeasurement } from "@/scripts/bench-report";
import { actionRequestBody, findRenderedAction } from "@/scripts/bench-writes";

// Two measurement forms as React renders a bound server action for use without JavaScript.
const measurementForm = (benefitId: number, actionId: string) =>
  `<form aria-label="Registrér måling" noValidate="" action="" encType="multipart/form-data" method="POST">` +
  `<input type="hidden" name="$ACTION_REF_8"/>` +
  `<input type="hidden" name="$ACTION_8:0" value="{&quot;id&quot;:&quot;${actionId}&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>` +
  `<input type="hidden" name="$ACTION_8:1" value="[&quot;DIG-2025-009&quot;,${benefitId},{&quot;ok&quot;:false,&quot;message&quot;:null}]"/>` +
  `<input type="hidden" name="$ACTION_KEY" value="k16d4"/><label>Værdi<input name="value"/></label><button type="submit">Registrér måling</button></form>`;
const page =
  `<form role="search" aria-label="Søg i portalen" action="/search"><input name="q"/></form>` +
  measurementForm(1, "7f00aa") +
  `<form aria-label="Anmod om ny baseline"><input type="hidden" name="$ACTION_9:0" value="{&quot;id&quot;:&quot;7fbb&quot;}"/><input type="hidden" name="$ACTION_9:1" value="[&quot;DIG-2025-009&quot;,2]"/></form>` +
  measurementForm(2, "7f00bb");

describe("the save the bench makes", () => {
  it("reads the action id and bound arguments of the labelled form for the wanted benefit", () => {
    expect(findRenderedAction(page, "Registrér måling", 2)).toEqual({ actionId: "7f00bb", boundArgs: ["DIG-2025-009", 2, { ok: false, message: null }] });
    expect(findRenderedAction(page, "Registrér måling", 1)?.actionId).toBe("7f00aa");
  });

  it("finds nothing when no form with that label is bound to the value", () => {
    expect(findRenderedAction(page, "Registrér måling", 3)).toBeNull();
    expect(findRenderedAction(page, "Ret målingen", 2)).toBeNull();
  });

  it("encodes the call as React's reply: the fields under _1_, then the arguments with the form data as $K1", () => {
    const body = actionRequestBody({ actionId: "7f00bb", boundArgs: ["DIG-2025-009", 2, "$tate", { ok: false }] }, { date: "2026-12-01", value: "1" });
    expect([...body.keys()]).toEqual(["_1_date", "_1_value", "0"]);
    expect(body.get("_1_value")).toBe("1");
    expect(JSON.parse(String(body.get("0")))).toEqual(["DIG-2025-009", 2, "$$tate", { ok: false }, "$K1"]);
  });
});

describe("the save's row in the bench table", () => {
  const measured = (path: string, latencyMs: number, overrides: Partial<BenchMeasurement> = {}): BenchMeasurement => ({
    path,
    requests: 20,
    seconds: 5,
    latenciesMs: Array.from({ length: 20 }, () => latencyMs),
    errors: 0,
    bytesPerResponse: 60_000,
    html: false,
    ...overrides,
  });
  const health = measured("/api/health", 5, { requests: 2500 });

  it("holds a save to p95 under 200 ms and no errors, with no share of /api/health", () => {
    const { rows, passed } = evaluateBench([], health, [measured("POST /projects/DIG-2025-009?tab=benefits (måling)", 150)]);
    expect(passed).toBe(true);
    expect(rows[0]).toMatchObject({ p95: 150, misses: [] });
    expect(formatBenchTable(rows).split("\n")[2]).toMatch(/^\| POST \/projects\/DIG-2025-009\?tab=benefits \(måling\) \|.*\| +– \| ok +\|$/);
  });

  it("names the missed budget of a slow or failing save, and of one that never answered", () => {
    const { rows, passed } = evaluateBench([], health, [
      measured("POST slow", 250, { errors: 1 }),
      measured("POST silent", 0, { requests: 0, latenciesMs: [] }),
    ]);
    expect(passed).toBe(false);
    expect(rows[0].misses).toEqual(["p95 ≥ 200 ms", "fejl"]);
    expect(rows[1].misses).toEqual(["ingen svar", "p95 ≥ 200 ms"]);
  });
});
