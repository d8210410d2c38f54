import Link from "@/components/ui/link";

/** "3 ulæste", "1 ulæst", "ingen ulæste". */
export function unreadLabel(unread: number): string {
  if (unread === 0) return "ingen ulæste";
  return unread === 1 ? "1 ulæst" : `${unread} ulæste`;
}

/** The bell in the shell: a link to /notifications that says how many are unread, to the eye and to a screen reader. */
export function NotificationBell({ unread }: { unread: number }) {
  return (
    <Link
      href="/notifications"
      aria-label={`Notifikationer, ${unreadLabel(unread)}`}
      className="relative ml-auto inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-md px-2 font-medium text-white hover:bg-brand-700 focus-visible:outline-white xl:ml-0 xl:mt-2 xl:self-start"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span className="hidden xl:inline">Notifikationer</span>
      {unread > 0 && (
        <span aria-hidden="true" className="min-w-6 rounded-full bg-white px-1.5 text-center text-sm font-bold leading-6 text-brand-900">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
