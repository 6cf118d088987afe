import { expect, test } from 'vitest';
import { COMPILE_HINT } from '../../vite.config';
import { openApp } from './harness';

/**
 * What the browser is sent for Compare: every script opens with V8's compile hint (so Chromium
 * compiles it off the main thread while it streams), including the lazy Recharts chunk.
 */
test('every script Compare loads starts with the compile hint', async () => {
  const scripts = new Map<string, Promise<string | null>>();
  const session = await openApp('/#/compare', {});
  try {
    const { page } = session;
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        // A script fetched by a Web Worker or the service worker has no body the page can read.
        scripts.set(
          response.url(),
          response.text().catch(() => null),
        );
    });
    await page.reload();
    await page.locator('.recharts-surface').first().waitFor();
    await page.waitForLoadState('networkidle');
    const names = [...scripts.keys()].map((url) => url.split('/').pop());
    expect(names.some((name) => name?.startsWith('recharts-'))).toBe(true);
    expect(names.some((name) => name?.startsWith('index-'))).toBe(true);
    for (const [url, pending] of scripts) {
      const text = await pending;
      const name = url.split('/').pop() ?? '';
      if (text === null && !name.startsWith('index-') && !name.startsWith('recharts-')) continue;
      expect({ url, start: (text ?? '').slice(0, COMPILE_HINT.length) }).toEqual({
        url,
        start: COMPILE_HINT,
      });
    }
  } finally {
    await session.close();
  }
});
