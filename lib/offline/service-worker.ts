import { deleteOfflineDatabase } from "./store";

/** The browser side of public/meeting-sw.js: register it from meeting mode, ask it to keep a meeting, and clear the device. */

const workerPath = "/meeting-sw.js";
/** The whole site: a paper opens in a frame or a tab of its own (/attachments/…), which only a worker of scope "/" sees. */
const workerScope = "/";
const cachePrefix = "styrerum-meeting-";

/** This page's own files (scripts, styles, fonts) under /_next/static/: what meeting mode needs to start offline. */
function pageAssets(): string[] {
  const found = new Set<string>();
  const add = (address: string | null | undefined) => {
    if (!address) return;
    const url = new URL(address, location.href);
    if (url.origin === location.origin && url.pathname.startsWith("/_next/static/")) found.add(url.href);
  };
  document.querySelectorAll("script[src]").forEach((element) => add(element.getAttribute("src")));
  document.querySelectorAll("link[href]").forEach((element) => add(element.getAttribute("href")));
  for (const entry of performance.getEntriesByType("resource")) add(entry.name);
  return [...found];
}

/** The papers shown on the slides (links carry data-paper-url). */
function paperAddresses(): string[] {
  return [...new Set([...document.querySelectorAll<HTMLElement>("[data-paper-url]")].map((element) => element.dataset.paperUrl ?? "").filter(Boolean))];
}

/**
 * Registers the meeting worker for this user and asks it to keep this meeting's page, its files and its papers.
 * Resolves true when everything was kept. The page is fetched again only when it `changed` (a write reached the
 * server) or the worker did not serve this load (the first visit, a reload that bypassed it): a page the worker
 * served it has kept already, and fetching it again would cost the server a second render.
 */
export async function keepMeetingOnDevice(userId: number, changed: boolean): Promise<boolean> {
  if (!("serviceWorker" in navigator) || !("caches" in window)) return false;
  const servedByWorker = navigator.serviceWorker.controller !== null;
  await navigator.serviceWorker.register(`${workerPath}?user=${encodeURIComponent(String(userId))}`, { scope: workerScope });
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) return false;
  const channel = new MessageChannel();
  const answer = new Promise<boolean>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<{ ok?: boolean }>) => resolve(Boolean(event.data?.ok));
    setTimeout(() => resolve(false), 60_000);
  });
  worker.postMessage({ type: "keep-meeting", page: location.pathname, refreshPage: changed || !servedByWorker, assets: pageAssets(), papers: paperAddresses() }, [channel.port2]);
  return answer;
}

/** Deletes everything meeting mode kept on this device: the worker, its caches and the queue of unsent writes. */
export async function clearMeetingDataOnDevice(): Promise<void> {
  const steps: Promise<unknown>[] = [];
  if ("serviceWorker" in navigator) {
    steps.push(
      navigator.serviceWorker.getRegistrations().then((registrations) =>
        Promise.all(registrations
          .filter((registration) => (registration.active ?? registration.waiting ?? registration.installing)?.scriptURL.includes(workerPath))
          .map((registration) => registration.unregister())),
      ),
    );
  }
  if ("caches" in window) {
    steps.push(caches.keys().then((names) => Promise.all(names.filter((name) => name.startsWith(cachePrefix)).map((name) => caches.delete(name)))));
  }
  if (typeof indexedDB !== "undefined") steps.push(deleteOfflineDatabase());
  await Promise.allSettled(steps);
}
