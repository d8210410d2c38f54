/*
 * Styrerum's meeting-mode service worker, registered from meeting mode only. Its scope is the whole site, because
 * a paper opened in a frame or a tab of its own (/attachments/…) is a page of its own; it answers nothing but the
 * requests listed below and leaves every other request to the network.
 *
 * What it keeps, in one cache per signed-in user (the user id comes from the worker's own URL, ?user=<id>):
 * - the meeting-mode page of each meeting the user opened online (/meetings/<id>/present): network first,
 *   the kept copy when the network fails. The page holds every agenda item, so moving between items needs
 *   nothing more;
 * - the page's own files under /_next/static/ (they never change for a given name): cache first;
 * - the papers of its items (/attachments/…): network first, the kept copy when offline; only papers that
 *   meeting mode asked to keep are kept (not every file the user opens elsewhere in the portal). A paper kept
 *   already is asked for with its ETag, so an unchanged one is answered 304 rather than sent again.
 * Nothing else is touched: other pages, route handlers (JSON), React Server Component requests and every request
 * that is not a GET go straight to the network. Signing out deletes these caches (and the device's queue).
 */

const userId = new URL(self.location.href).searchParams.get("user") || "none";
const cachePrefix = "styrerum-meeting-";
const cacheName = `${cachePrefix}user-${userId}`;

const presentPage = /^\/meetings\/\d+\/present$/;
const staticAsset = /^\/_next\/static\//;
const paper = /^\/attachments\//;

self.addEventListener("install", () => {
  self.skipWaiting();
});

// A newer worker, or one for another user, drops every other meeting cache.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(cachePrefix) && name !== cacheName).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

/** A response worth keeping: this site's own, complete, not a redirect (e.g. to /login after the session ended). */
function keepable(response) {
  return response.ok && response.status === 200 && !response.redirected && response.type === "basic";
}

/** The cache key of a meeting-mode page: its path without ?punkt=…, so every item's address finds the same copy. */
function pageKey(url) {
  return new URL(url.pathname, url.origin).href;
}

/**
 * The user's cache, or null when meeting mode has not asked for a meeting to be kept (or sign-out deleted it):
 * only the "keep-meeting" message creates it, so a page still open while signing out cannot bring it back.
 */
async function existingCache() {
  return (await caches.has(cacheName)) ? caches.open(cacheName) : null;
}

async function networkFirst(request, key, onlyIfKept = false) {
  const cache = await existingCache();
  try {
    const response = await fetch(request);
    const update = cache && keepable(response) && (!onlyIfKept || (await cache.match(key, { ignoreVary: true })));
    if (update) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const kept = cache && (await cache.match(key, { ignoreVary: true }));
    if (kept) return kept;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await existingCache();
  const kept = cache && (await cache.match(request, { ignoreVary: true }));
  if (kept) return kept;
  const response = await fetch(request);
  if (cache && keepable(response)) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && presentPage.test(url.pathname)) {
    event.respondWith(networkFirst(request, pageKey(url)));
  } else if (staticAsset.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else if (paper.test(url.pathname) && !request.headers.has("RSC")) {
    event.respondWith(networkFirst(request, request.url, true));
  }
});

/**
 * Fetches and keeps one address; true when it is kept (already, or now). A kept copy with an ETag (a paper) is
 * asked for with If-None-Match, so an unchanged paper is not sent again.
 */
async function keep(cache, url, key, always) {
  const kept = await cache.match(key, { ignoreVary: true });
  if (!always && kept) return true;
  try {
    const etag = kept && kept.headers.get("ETag");
    const response = await fetch(url, { credentials: "same-origin", cache: "no-store", headers: etag ? { "If-None-Match": etag } : {} });
    if (kept && response.status === 304) return true;
    if (!keepable(response)) return false;
    await cache.put(key, response);
    return true;
  } catch {
    return false;
  }
}

/**
 * Meeting mode asks, once it has loaded online, for the meeting to be kept: { type: "keep-meeting", page,
 * refreshPage, assets, papers }. The answer (on the message's port) says whether everything was kept.
 */
self.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "keep-meeting") return;
  const port = event.ports[0];
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      const sameSite = (address) => {
        const url = new URL(address, self.location.origin);
        return url.origin === self.location.origin ? url : null;
      };
      const page = sameSite(data.page);
      const results = [];
      // A page this worker just served is kept already (network first); fetch it again only when asked.
      if (page && presentPage.test(page.pathname)) results.push(await keep(cache, page.href, pageKey(page), data.refreshPage !== false));
      else results.push(false);
      for (const address of data.assets || []) {
        const url = sameSite(address);
        if (url && staticAsset.test(url.pathname)) results.push(await keep(cache, url.href, url.href, false));
      }
      for (const address of data.papers || []) {
        const url = sameSite(address);
        if (url && paper.test(url.pathname)) results.push(await keep(cache, url.href, url.href, true));
      }
      const failed = results.filter((kept) => !kept).length;
      if (port) port.postMessage({ type: "meeting-kept", ok: failed === 0, failed });
    })(),
  );
});
