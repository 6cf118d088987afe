/// <reference types="vite/client" />
/**
 * The only service-worker code in the entry chunk (a few bytes): once the page has loaded and the
 * main thread is idle, it loads the registration chunk. Compare's first render never waits for
 * it, and the dev server never registers (a cached dev server would be confusing).
 */
export function registerServiceWorkerWhenIdle(): void {
  // Not import.meta.env.PROD: a build run with NODE_ENV=test (Vitest's browser tests) is not PROD,
  // yet it is the built app. Only the dev server has import.meta.hot.
  if (import.meta.hot || !('serviceWorker' in navigator)) return;
  const start = () => {
    import('./registerServiceWorker').then(
      (m) => m.registerServiceWorker(),
      () => {}, // the chunk could not load (offline before the first install): try on the next visit
    );
  };
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(start, { timeout: 5000 })
      : setTimeout(start, 1000);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
