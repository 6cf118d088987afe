/// <reference types="vite/client" />
/**
 * The only service-worker code in the entry chunk (a few bytes): after the page's load event it
 * fetches a tiny chunk that waits for an idle main thread and then registers. Compare's first
 * render never waits for it, and the dev server never registers (a cached dev server would be
 * confusing). Not import.meta.env.PROD: a build made under NODE_ENV=test (Vitest's browser
 * tests) is not PROD, yet it is the built app; only the dev server has import.meta.hot.
 */
export function registerServiceWorkerWhenIdle(): void {
  if (import.meta.hot || !('serviceWorker' in navigator)) return;
  // main.tsx is a module script: it always runs before the load event.
  window.addEventListener(
    'load',
    () => {
      import('./whenIdle').then(
        (m) => m.registerWhenIdle(),
        () => {}, // offline before the first install: the next visit registers
      );
    },
    { once: true },
  );
}
