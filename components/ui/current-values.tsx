/**
 * After a refused stale edit: the newest saved values, and the version the next save is made on, so saving again
 * knowingly overwrites them. `labels` names the fields; `id` must be unique on the page.
 */
export function CurrentValues({ id, current, labels }: { id: string; current: Record<string, string>; labels: Record<string, string> }) {
  const shown = Object.entries(current).filter(([key]) => key !== "version");
  return (
    <section aria-labelledby={id} className="rounded-md border border-amber-600 bg-amber-50 p-4">
      <h3 id={id} className="mb-2 font-semibold">
        De nyeste gemte værdier
      </h3>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
        {shown.map(([key, value]) => (
          <div key={key}>
            <dt className="inline font-semibold">{labels[key] ?? key}: </dt>
            <dd className="inline whitespace-pre-line">{value || "–"}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-sm">Ret dine værdier, og gem igen for at overskrive dem med dine.</p>
      <input type="hidden" name="version" value={current.version} />
    </section>
  );
}
