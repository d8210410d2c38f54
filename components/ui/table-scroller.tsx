/** A horizontally scrollable frame for wide tables, reachable by keyboard (WCAG 2.1.1). */
export function TableScroller({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-lg border border-gray-300 bg-white">
      {children}
    </div>
  );
}
