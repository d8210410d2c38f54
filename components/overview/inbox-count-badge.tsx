/**
 * A menu link's text with a count: the visible label and number, and one accessible name for screen readers
 * ("Mit overblik, 3 venter"), computed on the server.
 */
export function InboxCountBadge({ label, count, accessibleName }: { label: string; count: number; accessibleName: string }) {
  return (
    <>
      <span className="sr-only">{accessibleName}</span>
      <span aria-hidden="true">{label}</span>
      {count > 0 && (
        <span
          aria-hidden="true"
          data-inbox-count={count}
          className="ml-2 inline-flex min-w-6 items-center justify-center rounded-full bg-amber-300 px-1.5 text-sm font-bold text-gray-900"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </>
  );
}
