/** Registers the service worker once the main thread is idle (within 5 s at most). */
export function registerWhenIdle(): void {
  const start = () => {
    import('./registerServiceWorker').then(
      (m) => m.registerServiceWorker(),
      () => {}, // offline before the first install: the next visit registers
    );
  };
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 5000 });
  else setTimeout(start, 1000);
}
