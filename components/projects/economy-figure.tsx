/**
 * A label and an amount for a narrow card: side by side when there is room, the amount below its label when not,
 * never overlapping (a long Danish label wraps; the amount stays on one line).
 */
export function EconomyFigure({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-t border-gray-200 py-3">
      <dt className="min-w-0 font-semibold text-muted">{term}</dt>
      <dd className="whitespace-nowrap tabular-nums">{children}</dd>
    </div>
  );
}
