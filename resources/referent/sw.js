/*
 * Kvadrant referent page: its service worker. It keeps the page and its two files, so that a
 * reload while the venue Wi-Fi is gone still opens the editor with the draft (kept in
 * localStorage by the page). Same origin only, nothing from the internet.
 *
 * Network first, so that the laptop's newest page is taken whenever it is reachable; the kept
 * copy when the network fails or takes longer than a few seconds. The API is never touched:
 * the page itself keeps the draft and retries. A link that is gone (404) is forgotten.
 *
 * Browsers run service workers only on https or on the laptop itself (localhost): on a venue's
 * plain http address this file is simply never registered, and the page works as before.
 */
"use strict";

const CACHE = "kvadrant-referent-v1";
const WAIT_MS = 4000;
const page = new URL(self.registration.scope).pathname.replace(/\/$/, "");
const files = [page, `${page}/app.js`, `${page}/style.css`];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(files))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

const kept = (path) => caches.match(path).then((hit) => hit || Response.error());

function fromNetwork(request, path) {
  return fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(path, copy));
    } else if (response.status === 404) {
      caches.open(CACHE).then((cache) => cache.delete(path));
    }
    return response;
  });
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin || !files.includes(url.pathname)) {
    return;
  }
  const path = url.pathname;
  event.respondWith(
    new Promise((resolve) => {
      let done = false;
      const answer = (response) => {
        if (!done) {
          done = true;
          resolve(response);
        }
      };
      const slow = setTimeout(() => kept(path).then((hit) => hit.type !== "error" && answer(hit)), WAIT_MS);
      fromNetwork(event.request, path)
        .then((response) => {
          clearTimeout(slow);
          answer(response);
        })
        .catch(() => {
          clearTimeout(slow);
          kept(path).then(answer);
        });
    })
  );
});
