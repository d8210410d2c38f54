import type { SearchParams } from "@/lib/validation/pagination";

/** How many sessions an action just ended, from the `param` it redirected with; null when there is none. */
export function endedCount(params: SearchParams, param: string): number | null {
  const raw = params[param];
  const text = Array.isArray(raw) ? raw[0] : raw;
  return text !== undefined && /^\d{1,4}$/.test(text) ? Number(text) : null;
}

/** The confirmation after sessions were ended; their rows, and the buttons that ended them, are gone. */
export function EndedNotice({ count, one, many }: { count: number | null; one: string; many: (count: number) => string }) {
  if (count === null) return null;
  return (
    <p role="status" className="mb-4 rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
      {count === 1 ? one : many(count)}
    </p>
  );
}
