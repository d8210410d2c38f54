import type { BenchMeasurement } from "./bench-report";

/** Written into every measurement the bench records, so that they can be told apart and removed afterwards. */
export const benchWriteComment = "Bench: skrivning under last";

/** A form's server action as the page renders it for use without JavaScript: the action's id and its bound arguments. */
export type RenderedAction = { actionId: string; boundArgs: unknown[] };

const decodeEntities = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/**
 * Finds the form with this aria-label whose bound arguments include `boundValue` and reads its action.
 * React renders a bound action into hidden inputs: `$ACTION_n:0` holds `{"id": …}` and `$ACTION_n:1` the
 * bound arguments as JSON (the form's initial state last, when it comes from useActionState).
 */
export function findRenderedAction(html: string, formLabel: string, boundValue: unknown): RenderedAction | null {
  const forms = html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g);
  for (const [, attributes, content] of forms) {
    if (!attributes.includes(`aria-label="${formLabel}"`)) continue;
    const hidden = new Map<string, string>();
    for (const [, input] of content.matchAll(/<input\b([^>]*)>/g)) {
      const name = input.match(/\bname="([^"]*)"/)?.[1];
      const value = input.match(/\bvalue="([^"]*)"/)?.[1];
      if (name?.startsWith("$ACTION_") && value !== undefined) hidden.set(decodeEntities(name), decodeEntities(value));
    }
    const reference = [...hidden].find(([name]) => name.endsWith(":0"));
    const bound = reference && hidden.get(reference[0].replace(/:0$/, ":1"));
    if (!reference || bound === undefined) continue;
    const boundArgs = JSON.parse(bound) as unknown[];
    if (boundArgs.includes(boundValue)) return { actionId: (JSON.parse(reference[1]) as { id: string }).id, boundArgs };
  }
  return null;
}

/** React's reply encoding escapes a string that starts with "$". */
const encodeArgument = (value: unknown) => (typeof value === "string" && value.startsWith("$") ? `$${value}` : value);

/**
 * The request a browser with JavaScript sends for a form action: the `Next-Action` header and a multipart
 * body in React's reply encoding — the submitted fields under the prefix `_1_`, then part "0" with the
 * arguments, the form data last as the reference "$K1".
 */
export function actionRequestBody(action: RenderedAction, fields: Record<string, string>): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
  body.append("0", JSON.stringify([...action.boundArgs.map(encodeArgument), "$K1"]));
  return body;
}

type SaveRequest = { url: string; cookie: string; action: RenderedAction; fields: Record<string, string>; successText: string };
type SaveResult = { ms: number; bytes: number; error: string | null };

/** One save; it fails unless it answers 200 with the form's success message. */
async function saveOnce(request: SaveRequest): Promise<SaveResult> {
  const started = performance.now();
  try {
    const response = await fetch(request.url, {
      method: "POST",
      headers: { cookie: request.cookie, "next-action": request.action.actionId, accept: "text/x-component" },
      body: actionRequestBody(request.action, request.fields),
      redirect: "manual",
    });
    const text = await response.text();
    const ok = response.status === 200 && text.includes(request.successText);
    return { ms: performance.now() - started, bytes: Buffer.byteLength(text), error: ok ? null : `svar ${response.status}: ${text.slice(0, 200)}` };
  } catch (error) {
    return { ms: performance.now() - started, bytes: 0, error: String(error) };
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Saves one at a time, with a short pause between saves, until `loadDone` settles: a project lead saving while the dashboard is busy. */
async function saveUntil(loadDone: Promise<unknown>, request: SaveRequest): Promise<SaveResult[]> {
  let loading = true;
  void loadDone.finally(() => (loading = false));
  const results: SaveResult[] = [];
  while (loading) {
    results.push(await saveOnce(request));
    await sleep(250);
  }
  return results;
}

export type WriteTarget = { code: string; benefitId: number };

/**
 * Measures a measurement save (the "Registrér måling" form on a project's Gevinster tab, through its server
 * action as a browser with JavaScript sends it) while `load` keeps another page busy at full concurrency.
 */
export async function measureWritesUnderLoad(
  baseUrl: string,
  cookie: string,
  target: WriteTarget,
  today: string,
  load: () => Promise<BenchMeasurement>,
): Promise<{ writes: BenchMeasurement; load: BenchMeasurement; firstError: string | null }> {
  const pagePath = `/projects/${target.code}?tab=benefits`;
  const page = await fetch(`${baseUrl}${pagePath}`, { headers: { cookie } });
  const action = findRenderedAction(await page.text(), "Registrér måling", target.benefitId);
  if (page.status !== 200 || !action) throw new Error(`Formularen "Registrér måling" for gevinst ${target.benefitId} findes ikke på ${pagePath}.`);

  const request: SaveRequest = {
    url: `${baseUrl}${pagePath}`,
    cookie,
    action,
    fields: { date: today, value: "1", comment: benchWriteComment },
    successText: "Målingen er registreret.",
  };
  // One untimed save first: the first call of an action loads its code.
  await saveOnce(request);
  const loadRun = load();
  const started = performance.now();
  const results = await saveUntil(loadRun, request);
  const seconds = (performance.now() - started) / 1000;
  const errors = results.filter((result) => result.error !== null);
  const averageBytes = results.length > 0 ? Math.round(results.reduce((sum, result) => sum + result.bytes, 0) / results.length) : 0;
  return {
    writes: {
      path: `POST ${pagePath} (måling)`,
      requests: results.length,
      seconds,
      latenciesMs: results.map((result) => result.ms),
      errors: errors.length,
      bytesPerResponse: averageBytes,
      html: false,
    },
    load: await loadRun,
    firstError: errors[0]?.error ?? null,
  };
}
