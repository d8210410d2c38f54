import { inboxKindLabels, urgencies, urgencyLabels, type InboxItem, type Urgency } from "@/lib/domain/inbox";

/** The inbox shows at most this many items; the rest are counted under it. */
export const shownItemLimit = 30;

const urgencyStyles: Record<Urgency, string> = {
  overdue: "border-red-700 bg-red-50 text-red-900",
  due_soon: "border-amber-700 bg-amber-50 text-amber-900",
  later: "border-gray-400 bg-white text-gray-800",
};

function InboxEntry({ item }: { item: InboxItem }) {
  return (
    <li className="card space-y-1" data-inbox-kind={item.kind}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="text-sm font-semibold text-gray-700">{inboxKindLabels[item.kind]}</span>
        {item.dueText && <span className={`badge ${urgencyStyles[item.urgency]}`}>{item.dueText}</span>}
      </div>
      <a href={item.href} className="row-link text-lg">
        {item.title}
      </a>
      <p className="text-gray-800">{item.why()}</p>
    </li>
  );
}

/** What needs the person now, overdue first, then due soon, then the rest, each group under its own heading. */
export function InboxList({ items }: { items: InboxItem[] }) {
  if (items.length === 0) {
    return <p className="card text-muted">Intet venter på dig lige nu.</p>;
  }
  const shown = items.slice(0, shownItemLimit);
  const hidden = items.length - shown.length;
  return (
    <div className="space-y-5">
      {urgencies.map((urgency) => {
        const group = shown.filter((item) => item.urgency === urgency);
        if (group.length === 0) return null;
        return (
          <section key={urgency} aria-labelledby={`inbox-${urgency}`}>
            <h3 id={`inbox-${urgency}`} className="mb-2 text-lg font-semibold">
              {urgencyLabels[urgency]} <span className="text-muted">({items.filter((item) => item.urgency === urgency).length})</span>
            </h3>
            <ul className="grid gap-3 md:grid-cols-2">
              {group.map((item) => (
                <InboxEntry key={item.key} item={item} />
              ))}
            </ul>
          </section>
        );
      })}
      {hidden > 0 && (
        <p className="text-muted">
          Og {hidden} {hidden === 1 ? "punkt" : "punkter"} mere, der haster mindre. Se dem i{" "}
          <a href="/portfolio" className="underline">
            porteføljen
          </a>{" "}
          og under{" "}
          <a href="/benefits" className="underline">
            gevinster
          </a>
          .
        </p>
      )}
    </div>
  );
}
