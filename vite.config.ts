/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Only the app's own files: no inline script, no remote origin. Dev keeps Vite's inline scripts. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The service worker (src/pwa) and the web manifest: from this origin only.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Headers a host should send with every response (README, "Hosting"): a meta CSP cannot forbid
 * framing or sniffing, so these travel as headers. `vite preview` sends them too.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
};

/** Adds the CSP as a <meta> to the built index.html (build only). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'offerscope-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints) on every JS chunk: a
 * chunk is loaded when it is needed and most of its functions run at once (React, the engine,
 * Recharts drawing the first chart), so Chromium compiles them while the file streams in, on a
 * background thread, instead of one by one on the main thread. Measured: the first chart's task
 * fell from a median 72 ms to 62 ms unthrottled (often under 50), and Lighthouse's Total Blocking
 * Time from 136–221 ms to 17–113 ms. Other engines ignore the comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
function compileHints(): Plugin {
  return {
    name: 'offerscope-compile-hints',
    apply: 'build',
    // After every other plugin has finished with the chunks (Vite prepends its preload map in
    // generateBundle): the hint goes on the first line of each written file.
    writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const path = resolve(options.dir ?? 'dist', file.fileName);
        const code = readFileSync(path, 'utf8');
        if (!code.startsWith(COMPILE_HINT)) writeFileSync(path, COMPILE_HINT + code);
      }
    },
  };
}

/** The light theme's page background (styles.css --bg): splash screen and installed title bar. */
const PAGE_BACKGROUND = '#ffffff';

/**
 * Installable and offline (issue 10): a web manifest and a Workbox service worker that precaches
 * the whole build, so after the first visit every view (and every lazy chunk) loads offline.
 * registerType 'prompt': a new build waits until the user chooses "Reload" (src/pwa), so code is
 * never swapped under a running page. Registration is done by src/pwa after first render and
 * idle, never by an injected script. Paths are relative so any `base` works.
 */
function installableOffline(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    devOptions: { enabled: false },
    // The glob below already lists public/ (icons included); listing them again would duplicate.
    includeManifestIcons: false,
    manifest: {
      id: './',
      name: 'OfferScope — compare AI and ML job offers',
      short_name: 'OfferScope',
      description:
        'Model and compare AI and ML job offers in your browser: pay, equity, and what matters as much.',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: PAGE_BACKGROUND,
      background_color: PAGE_BACKGROUND,
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // Everything the build writes (the workspace JSON Schema too: a download link, offline); the
      // plugin adds manifest.webmanifest itself.
      globPatterns: ['**/*.{js,css,html,svg,png,json}'],
      // Hash routes (#/share/… included) are all the one index.html; any other path is too.
      navigateFallback: 'index.html',
      // The first visit's page is controlled at once, so its later lazy chunks come from the cache.
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      // Hashed file names already change with their content.
      dontCacheBustURLsMatching: /^assets\//,
      // No Workbox console chatter, no source map next to sw.js.
      mode: 'production',
      sourcemap: false,
    },
  });
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), compileHints(), installableOffline()],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // Only the d3 scales the charts use (see the module for why).
      {
        find: /^victory-vendor\/d3-scale$/,
        replacement: fileURLToPath(new URL('./src/vendor/d3ScaleSubset.ts', import.meta.url)),
      },
    ],
  },
  preview: { headers: SECURITY_HEADERS },
  // package.json's "sideEffects" lists the only modules that run code when imported (CSS,
  // main.tsx, domain/issueMessages.ts's z.config): everything else re-exported by a barrel such as
  // '@/domain' is dropped from a chunk that does not use it. A new module with import-time effects
  // must be added there.
  // Every supported browser has modulepreload; the polyfill would only add bytes to the entry.
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // The chunk that carries Recharts is named for it (otherwise it takes the name of whichever
        // small shared module sorts first), so size reports and traces say what it is.
        chunkFileNames: (chunk) =>
          !chunk.isDynamicEntry &&
          chunk.moduleIds.some((id) => id.includes('/node_modules/recharts/'))
            ? 'assets/recharts-[hash].js'
            : 'assets/[name]-[hash].js',
        // What every page needs first (React, the store, zod and the small domain modules that the
        // lazy chunks share with Compare) in one chunk: otherwise the bundler splits them into
        // several small shared files, and each costs its own request and gzip overhead. Only
        // modules Compare's first render imports anyway belong in this list.
        codeSplitting: {
          groups: [
            {
              name: 'app-core',
              test: /node_modules\/(zod|zustand|react|react-dom|scheduler)\/|src\/domain\/(dimensions|errors|issueMessages|money\/compensation|money\/currency)|src\/state\/sync\/records/,
            },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    restoreMocks: true,
  },
});
