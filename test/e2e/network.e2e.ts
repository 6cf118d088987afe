import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseUrl, openApp, type BrowserSession } from './harness';

/** Salary data stays in the browser: no view talks to another origin, and none logs an error. */
let session: BrowserSession;
const consoleErrors: string[] = [];

beforeAll(async () => {
  session = await openApp('/');
  session.page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  session.page.on('pageerror', (error) => consoleErrors.push(error.message));
});
afterAll(async () => session?.close());

const VIEWS = [
  ['/#/compare', 'Compare'],
  ['/#/offers/offer-frontier', 'Offers'],
  ['/#/priorities', 'Priorities'],
  ['/#/finance', 'Finance'],
] as const;

test('every view loads without a foreign request or a console error', async () => {
  const { page, foreignRequests } = session;
  for (const [path, heading] of VIEWS) {
    await page.goto('about:blank'); // a full load per view, with the listeners already attached
    await page.goto(baseUrl() + path);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    if (heading === 'Compare') await page.locator('.recharts-surface').first().waitFor();
    await page.waitForLoadState('networkidle');
  }
  expect(foreignRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('the built page carries a Content-Security-Policy that allows only its own origin', async () => {
  const csp = await session.page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toMatch(/unsafe-inline|https?:/);
});
