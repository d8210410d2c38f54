/**
 * A dashboard widget: a titled card that keeps together on a printed page. Deliberately not a named region:
 * the headings structure the page, and filter labels such as "Afdeling" stay unambiguous.
 */
export function Widget({
  id,
  title,
  description,
  children,
  className = "",
}: {
  id: string;
  title: string;
  description?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <section className={className ? `card widget ${className}` : "card widget"}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {description && <p className="mt-1 text-sm text-muted">{description}</p>}
      <div className="mt-3">{children}</div>
    </section>
  );
}

export function EmptyState({ children }: { children: React.ReactNode }) {
  return <p className="rounded-md border border-dashed border-gray-400 bg-gray-50 p-4 text-muted">{children}</p>;
}

/** The placeholder a widget shows while its data loads. */
export function WidgetSkeleton({ title, className = "", lines = 4 }: { title: string; className?: string; lines?: number }) {
  return (
    <div className={`card min-w-0 ${className}`} role="status" aria-live="polite">
      <p className="text-lg font-semibold">{title}</p>
      <span className="sr-only">Indlæser …</span>
      <div aria-hidden="true" className="mt-3 space-y-3 motion-safe:animate-pulse">
        {Array.from({ length: lines }, (_, index) => (
          <div key={index} className="h-5 rounded bg-gray-200" style={{ width: `${90 - index * 12}%` }} />
        ))}
      </div>
    </div>
  );
}
