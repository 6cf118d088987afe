import { afterAll, beforeAll, expect, test } from 'vitest';
import { openApp, screenshot, type BrowserSession } from './harness';

let session: BrowserSession;
beforeAll(async () => {
  session = await openApp('/');
});
afterAll(async () => session?.close());

test('the app opens on Compare with the four views in its navigation', async () => {
  const nav = session.page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Compare', 'Offers', 'Priorities', 'Finance']) {
    await nav.getByRole('link', { name }).waitFor({ state: 'visible' });
  }
  expect(await nav.getByRole('link', { name: 'Compare' }).getAttribute('aria-current')).toBe(
    'page',
  );
  await screenshot(session.page, 'smoke-compare');
  expect(session.foreignRequests).toEqual([]);
});
