"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { NetworkBanner } from "@/components/offline/network-banner";
import { OfflineMeeting } from "@/components/offline/offline-meeting";
import { PendingWrites } from "@/components/offline/pending-writes";
import type { ActionState } from "@/lib/action-state";

/** What meeting mode needs to work without a connection: whose device it is, and where kept writes are sent. */
export type PresenterOffline = {
  meetingId: number;
  userId: number;
  /** Per slide, its agenda item's id (kept writes are shown on their item's slide). */
  itemIds: number[];
  sync: (state: ActionState, formData: FormData) => Promise<ActionState>;
};

const swipeDistance = 60;
const noSubscription = () => () => {};
const typingTarget = "input, textarea, select, [contenteditable='true']";

/**
 * Meeting mode: every agenda item is already rendered (by the server) and kept in the page; this shows one
 * at a time. The server's HTML holds only the item shown first; the others arrive in the page's Server Components
 * payload, which holds every item, and are mounted (hidden) as soon as the page runs, so the HTML does not carry
 * every item a second time. Next/previous by the buttons, the arrow keys and a horizontal swipe; the drawer jumps anywhere.
 * Because the whole agenda is one page, the service worker keeps that one page and moving between items works
 * offline; what is written offline is kept on the device and shown on its slide until it is sent.
 */
export function Presenter({ offline, ...props }: PresenterProps & { offline?: PresenterOffline }) {
  if (!offline) return <PresenterScreen {...props} />;
  return (
    <OfflineMeeting meetingId={offline.meetingId} userId={offline.userId} sync={offline.sync}>
      {(status) => <PresenterScreen {...props} banner={<NetworkBanner {...status} />} itemIds={offline.itemIds} />}
    </OfflineMeeting>
  );
}

type PresenterProps = Parameters<typeof PresenterScreen>[0];

function PresenterScreen({
  title,
  subtitle,
  backHref,
  titles,
  slides,
  initialIndex = 0,
  decided = [],
  notice,
  banner,
  itemIds,
}: {
  title: string;
  subtitle: string;
  backHref: string;
  titles: string[];
  slides: React.ReactNode[];
  initialIndex?: number;
  /** Per item, the decision's label when it is decided (shown in the drawer as text and a mark), else null. */
  decided?: (string | null)[];
  /** Shown under the header, e.g. the start button before the meeting's start time. */
  notice?: React.ReactNode;
  /** The connection banner, always shown in meeting mode. */
  banner?: React.ReactNode;
  itemIds?: number[];
}) {
  const total = slides.length;
  const clamp = (value: number) => Math.min(Math.max(value, 0), total - 1);
  const [index, setIndex] = useState(() => clamp(initialIndex));
  const drawer = useRef<HTMLDialogElement>(null);
  const swipe = useRef<{ x: number; y: number } | null>(null);
  // False while the server renders and during hydration, true from the render after: then every slide is mounted.
  const mountAll = useSyncExternalStore(noSubscription, () => true, () => false);
  const step = (delta: number) => setIndex((current) => clamp(current + delta));

  useEffect(() => {
    const url = new URL(window.location.href);
    url.searchParams.set("punkt", String(index + 1));
    window.history.replaceState(null, "", url);
  }, [index]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || drawer.current?.open) return;
      if (event.target instanceof Element && event.target.closest(typingTarget)) return;
      if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
      event.preventDefault();
      setIndex((current) => Math.min(Math.max(current + (event.key === "ArrowRight" ? 1 : -1), 0), total - 1));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [total]);

  return (
    <div className="flex h-dvh flex-col">
      <header className="present-bar">
        <div className="min-w-0">
          <h1 className="truncate text-lg font-bold">{title}</h1>
          <p className="text-sm text-brand-100">{subtitle}</p>
        </div>
        <p aria-live="polite" aria-atomic="true" className="text-xl font-semibold">
          Punkt {index + 1} af {total}
        </p>
        <div className="flex gap-2">
          <button type="button" className="btn btn-secondary" aria-haspopup="dialog" onClick={() => drawer.current?.showModal()}>
            Dagsorden
          </button>
          <a href={backHref} className="btn btn-secondary">
            Luk mødetilstand
          </a>
        </div>
      </header>

      {banner}
      {notice}
      <main
        id="indhold"
        className="flex-1 touch-pan-y overflow-y-auto"
        onPointerDown={(event) => {
          if (event.pointerType === "mouse" || (event.target instanceof Element && event.target.closest(typingTarget))) return;
          swipe.current = { x: event.clientX, y: event.clientY };
        }}
        onPointerUp={(event) => {
          const start = swipe.current;
          swipe.current = null;
          if (!start) return;
          const dx = event.clientX - start.x;
          const dy = event.clientY - start.y;
          if (Math.abs(dx) >= swipeDistance && Math.abs(dx) > 1.5 * Math.abs(dy)) step(dx < 0 ? 1 : -1);
        }}
        onPointerCancel={() => {
          swipe.current = null;
        }}
      >
        {slides.map((slide, position) =>
          mountAll || position === index ? (
            <div key={position} hidden={position !== index}>
              {itemIds?.[position] !== undefined && <PendingWrites itemId={itemIds[position]} />}
              {slide}
            </div>
          ) : null,
        )}
      </main>

      <nav aria-label="Skift punkt" className="present-steps">
        <button type="button" className="btn btn-secondary step-button" onClick={() => step(-1)} aria-disabled={index === 0}>
          ← Forrige
        </button>
        <p className="hidden text-center text-sm text-muted md:block">Stryg til siden eller brug piletasterne for at skifte punkt.</p>
        <button type="button" className="btn step-button" onClick={() => step(1)} aria-disabled={index === total - 1}>
          Næste →
        </button>
      </nav>

      <dialog ref={drawer} aria-labelledby="agenda-drawer-title" className="agenda-drawer">
        <div className="flex h-full flex-col">
          <div className="agenda-drawer-head">
            <h2 id="agenda-drawer-title" className="text-xl font-bold">
              Dagsorden
            </h2>
            <button type="button" className="btn btn-secondary" onClick={() => drawer.current?.close()}>
              Luk
            </button>
          </div>
          <ol className="flex-1 overflow-y-auto p-2">
            {titles.map((itemTitle, position) => (
              <li key={position}>
                <button
                  type="button"
                  aria-current={position === index ? "step" : undefined}
                  className="agenda-entry"
                  onClick={() => {
                    setIndex(clamp(position));
                    drawer.current?.close();
                  }}
                >
                  <span className="agenda-number">{position + 1}.</span>{" "}
                  <span>
                    {itemTitle}
                    {decided[position] && (
                      <span className="agenda-decided">
                        <span aria-hidden="true">✓</span> Besluttet: {decided[position]}
                      </span>
                    )}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </div>
      </dialog>
    </div>
  );
}
