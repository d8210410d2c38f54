import { Pagination } from "@/components/ui/pagination";
import { inboxKindLabels, urgencies, urgencyLabels, type InboxItem, type Urgency } from "@/lib/domain/inbox";
import { pageOf, type PageRequest, type SearchParams } from "@/lib/validation/pagination";

/** Items on one page of the inbox. */
export const inboxPageSize = 30;

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

/** The search parameter of the inbox's pages on Mit overblik. */
export const inboxPageParam = "venter";

/**
 * What needs the person now, overdue first, then due soon, then the rest, each group under its own heading that
 * counts the whole group; a page shows `inboxPageSize` items, and the page links keep the page's other lists.
 */
export function InboxList({ items, request, searchParams }: { items: InboxItem[]; request: PageRequest; searchParams: SearchParams }) {
  if (items.length === 0) {
    return <p className="card text-muted">Intet venter på dig lige nu.</p>;
  }
  const { rows: shown, info } = pageOf(items, request);
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
      <Pagination info={info} path="/" searchParams={searchParams} param={inboxPageParam} anchor="#inbox-heading" noun={{ one: "punkt", many: "punkter" }} label="Sider med det, der venter på dig" />
    </div>
  );
}
