/**
 * A horizontally scrollable frame for wide tables, reachable by keyboard (WCAG 2.1.1). It is positioned, so that the
 * table's visually hidden labels (absolutely positioned) scroll with it instead of widening the page at 320 px (1.4.10).
 */
export function TableScroller({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="relative overflow-x-auto rounded-lg border border-gray-300 bg-white">
      {children}
    </div>
  );
}
