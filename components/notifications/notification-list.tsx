import Link from "@/components/ui/link";
import { safeNotificationPath } from "@/lib/domain/notification-texts";
import type { FormAction } from "@/lib/action-state";
import { formatDateTime } from "@/lib/format";
import type { NotificationItem } from "@/lib/queries/notifications";
import { OpenNotificationForm } from "./open-notification-form";

/**
 * The notifications, newest first. An unread one is marked with the word "Ulæst" and a thick edge (not by colour
 * alone), and opening it marks it read; a read one is a plain link.
 */
export function NotificationList({ items, openAction }: { items: NotificationItem[]; openAction: (id: number) => FormAction }) {
  if (items.length === 0) return <p className="card text-muted">Du har ingen notifikationer endnu.</p>;
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id} className={`card ${item.read ? "" : "border-l-8 border-l-brand-700"}`}>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
            {!item.read && <span className="badge border-brand-700 bg-brand-50 font-semibold text-brand-900">Ulæst</span>}
            <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
          </div>
          <h3 className="text-lg">
            {item.read ? (
              <Link href={safeNotificationPath(item.link)} className="inline-flex min-h-11 items-center text-brand-700 underline hover:text-brand-900">
                {item.title}
              </Link>
            ) : (
              <OpenNotificationForm action={openAction(item.id)} title={item.title} />
            )}
          </h3>
          {item.body && <p className="max-w-3xl">{item.body}</p>}
        </li>
      ))}
    </ul>
  );
}
