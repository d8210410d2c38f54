import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { unreadLabel } from "@/components/layout/notification-bell";
import { ActionButton } from "@/components/ui/action-button";
import { NotificationList } from "@/components/notifications/notification-list";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/current-user";
import { listNotifications } from "@/lib/queries/notifications";
import { parsePageRequest } from "@/lib/validation/pagination";
import { markAllReadAction, openNotificationAction } from "./actions";

export const metadata: Metadata = { title: "Notifikationer" };

const NOTIFICATIONS_PAGE_SIZE = 25;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NotificationsPage({ searchParams }: Props) {
  const user = await requireUser();
  const params = await searchParams;
  const page = listNotifications(user.id, parsePageRequest(params, "side", NOTIFICATIONS_PAGE_SIZE));
  return (
    <>
      <PageHeader title="Notifikationer" description="Det, der er sket i Styrerum og vedrører dig: beslutninger, dagsordener, referater, anmodninger og det, der er forfaldent.">
        <Link href="/account/notifications" className="btn btn-secondary">
          Vælg hvilke mails du får
        </Link>
      </PageHeader>
      <section aria-labelledby="notifications-heading" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="notifications-heading" className="text-xl font-semibold">
            Nyeste først <span className="font-normal text-muted">({unreadLabel(page.unread)})</span>
          </h2>
          {page.info.total > 0 && <ActionButton action={markAllReadAction} label="Markér alle som læst" pendingLabel="Markerer …" showSuccess />}
        </div>
        <NotificationList items={page.rows} openAction={(id) => openNotificationAction.bind(null, id)} />
        <Pagination info={page.info} path="/notifications" searchParams={params} anchor="#notifications-heading" noun="notifikationer" />
      </section>
    </>
  );
}
