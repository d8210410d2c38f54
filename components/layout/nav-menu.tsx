"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * The navigation below wide screens: a "Menu" disclosure built on <details>, so it opens without JavaScript too.
 * With JavaScript it also states aria-expanded, closes on Escape (focus back on the button), on a click outside
 * and after a navigation.
 */
export function NavMenu({ badge, badgeLabel, children }: { badge?: number; badgeLabel?: string; children: React.ReactNode }) {
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  // True once hydrated: only then does the script keep aria-expanded in step (before, the native <summary> state applies).
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const [open, setOpen] = useState(false);
  const pathname = usePathname();

  // Close after a client-side navigation (not on the first render: a menu opened before hydration stays open).
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (pathname === shownPath.current) return;
    shownPath.current = pathname;
    if (details.current) details.current.open = false;
  }, [pathname]);

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (details.current && event.target instanceof Node && !details.current.contains(event.target)) details.current.open = false;
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape" || !details.current?.open) return;
      event.preventDefault();
      details.current.open = false;
      summary.current?.focus();
    }
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open]);

  return (
    <details
      ref={details}
      className="group/menu xl:hidden"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary
        ref={summary}
        aria-expanded={enhanced ? open : undefined}
        className="flex min-h-11 min-w-11 cursor-pointer list-none items-center gap-2 rounded-md px-3 font-medium text-white hover:bg-brand-700 focus-visible:outline-white [&::-webkit-details-marker]:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path className="group-open/menu:hidden" d="M4 6h16M4 12h16M4 18h16" />
          <path className="hidden group-open/menu:inline" d="M6 6l12 12M18 6L6 18" />
        </svg>
        <span>
          Menu
          {badge !== undefined && badge > 0 && badgeLabel && <span className="sr-only">, {badgeLabel}</span>}
        </span>
        {badge !== undefined && badge > 0 && (
          <span aria-hidden="true" className="inline-flex min-w-6 items-center justify-center rounded-full bg-amber-300 px-1.5 text-sm font-bold text-gray-900">
            {badge > 99 ? "99+" : badge}
          </span>
        )}
      </summary>
      <div className="absolute inset-x-0 top-full z-30 max-h-[calc(100vh-5rem)] overflow-y-auto border-t border-brand-700 bg-brand-900 px-2 py-4 shadow-lg">
        {children}
      </div>
    </details>
  );
}
