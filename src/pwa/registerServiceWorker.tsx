/// <reference types="vite-plugin-pwa/vanillajs" />
import { createRoot, type Root } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { startUpdateFlow } from './updateFlow';
import { UpdateNotice } from './UpdateNotice';

/** A long-open tab (an installed app left running) still hears about new builds. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Registers the Workbox service worker (vite-plugin-pwa) and shows the update notice when needed. */
export function registerServiceWorker(): void {
  let root: Root | undefined;
  startUpdateFlow({
    register: (callbacks) =>
      registerSW({
        immediate: true,
        ...callbacks,
        // The plugin would reload every tab itself; startUpdateFlow decides instead.
        onNeedReload: () => {},
      }),
    onTakeover: (listener) => {
      const container = navigator.serviceWorker;
      let previous = container.controller;
      container.addEventListener('controllerchange', () => {
        if (previous) listener();
        previous = container.controller;
      });
    },
    show: (notice) => {
      if (!notice && !root) return;
      root ??= createRoot(document.body.appendChild(document.createElement('div')));
      root.render(notice ? <UpdateNotice {...notice} /> : null);
    },
    reload: () => window.location.reload(),
    checkPeriodically: (registration) => {
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => {}); // offline or server down: next time
      }, UPDATE_CHECK_MS);
    },
  });
}
