import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, openApp, screenshot, type BrowserSession } from './harness';
import { serveDist } from './server';

/** Installable and offline (issue 10): the service worker precaches the build, updates wait for the user. */
const KEY = 'offerscope:workspace';
// Installing the precache and a second worker takes a while on a loaded machine.
const TIMEOUT = 150_000;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const open = async (...args: Parameters<typeof openApp>) => {
  const session = await openApp(...args);
  cleanups.push(session.close);
  return session;
};

/** The page is controlled by an activated worker, so the whole precache is in place. */
const controlled = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, {
    timeout: 30_000,
  });

const storedNames = (page: Page) =>
  page.evaluate(
    (key) =>
      (JSON.parse(localStorage.getItem(key) ?? 'null')?.state.workspace.offers ?? []).map(
        (o: { name: string }) => o.name,
      ) as string[],
    KEY,
  );

function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location().url}`));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test(
  'after the first visit every view, a share link and editing work offline',
  async () => {
    const session: BrowserSession = await open('/#/compare');
    const { page, context } = session;
    await page.locator('.recharts-surface').first().waitFor();
    // The manifest the browser installs from, with the icons it names.
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
      return (await fetch(href)).json();
    });
    expect(manifest).toMatchObject({
      short_name: 'OfferScope',
      display: 'standalone',
      scope: './',
    });
    expect(manifest.icons.map((i: { purpose: string }) => i.purpose).sort()).toEqual([
      'any',
      'any',
      'maskable',
    ]);
    // The service worker and the manifest are allowed from this origin only.
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("manifest-src 'self'");
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share offers' });
    await page.waitForFunction(() =>
      (document.querySelector('dialog input[readonly]') as HTMLInputElement | null)?.value.includes(
        '#/share/',
      ),
    );
    const shareLink = await dialog.getByLabel('Share link').inputValue();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await controlled(page);

    await context.setOffline(true);
    // Really offline: a request the cache cannot answer fails.
    expect(
      await page.evaluate(() =>
        fetch('/offline-probe').then(
          () => 'online',
          () => 'offline',
        ),
      ),
    ).toBe('offline');
    const errors = recordErrors(page);
    await page.reload();
    await page.locator('.recharts-surface').first().waitFor();
    for (const [hash, heading] of [
      ['#/priorities', 'Priorities'],
      ['#/finance', 'Finance'],
      ['#/offers/offer-startup', 'Offers'],
    ] as const) {
      await page.evaluate((h) => (location.hash = h), hash);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    }
    const name = page.getByLabel('Offer name');
    await name.fill('Startup, edited on a train');
    await page.waitForFunction(
      (key) => localStorage.getItem(key)?.includes('edited on a train'),
      KEY,
    );
    await page.reload();
    expect(await page.getByLabel('Offer name').inputValue()).toBe('Startup, edited on a train');
    expect(await storedNames(page)).toContain('Startup, edited on a train');
    await screenshot(page, 'offline-offers-edited');

    // A share link opened offline (a full load of the page with the payload in the fragment).
    await page.goto('about:blank');
    await page.goto(shareLink);
    await page.getByRole('heading', { name: 'Shared offers' }).waitFor();
    await page.getByRole('table').waitFor();

    expect(errors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  },
  TIMEOUT,
);

/** A second build of the app: same files, a new index.html revision in the precache list. */
function publishNewBuild(dir: string): void {
  const file = join(dir, 'sw.js');
  const sw = readFileSync(file, 'utf8');
  const next = sw.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, '$1new-build-2"');
  expect(next).not.toBe(sw);
  writeFileSync(file, next);
}

async function ownContext(): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'offerscope-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 900 },
  });
  cleanups.push(async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  });
  return context;
}

/** The notice is fixed to the viewport: a viewport screenshot shows it where the user sees it. */
const viewportShot = async (page: Page, name: string) => {
  const path = await screenshot(page, name);
  await page.screenshot({ path });
};

const checkForUpdate = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration!.update();
  });

test(
  'a new version waits for "Reload"; another open tab is told, not reloaded',
  async () => {
    // A copy of the build this test may change, on a server of its own.
    const dir = mkdtempSync(join(tmpdir(), 'offerscope-dist-'));
    cpSync(resolve(process.env.OFFERSCOPE_DIST ?? 'dist'), dir, { recursive: true });
    const server = await serveDist(dir, 0);
    cleanups.push(async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const context = await ownContext();
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = recordErrors(page);
    await page.goto(`${server.url}/#/offers/offer-startup`);
    await controlled(page);
    const other = await context.newPage();
    await other.goto(`${server.url}/#/compare`);
    await controlled(other);
    // Wait until both tabs have registered (the registration chunk loads after idle).
    for (const tab of [page, other])
      await tab.waitForFunction(() =>
        performance.getEntriesByType('resource').some((e) => /registerServiceWorker-/.test(e.name)),
      );
    await other.evaluate(() => ((window as unknown as { marker: string }).marker = 'not reloaded'));

    publishNewBuild(dir);
    await checkForUpdate(page);
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'A new version of OfferScope is ready.' });
    await notice.waitFor();
    await other.getByRole('status').filter({ hasText: 'A new version' }).waitFor();
    // Nothing changed under the user: the old worker still controls the page, the new one waits.
    expect(
      await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting),
    ).toBe(true);
    // Typing goes on undisturbed while the notice shows.
    await page.getByLabel('Offer name').fill('Startup, typed while an update waits');
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes('update waits'), KEY);

    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 800 });
        const results = await new AxeBuilder({ page }).include('.update-notice').analyze();
        expect(results.violations.map((v) => v.id)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(
          true,
        );
        await viewportShot(page, `offline-update-ready-${width}-${scheme}`);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });

    await Promise.all([
      page.waitForEvent('load'),
      notice.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await page.getByLabel('Offer name').waitFor();
    expect(await page.getByLabel('Offer name').inputValue()).toBe(
      'Startup, typed while an update waits',
    );
    const after = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const keys = await Promise.all(
        (await caches.keys()).map(async (name) =>
          (await (await caches.open(name)).keys()).map((r) => r.url),
        ),
      );
      return { waiting: !!registration?.waiting, urls: keys.flat() };
    });
    expect(after.waiting).toBe(false);
    expect(after.urls.some((url) => url.includes('index.html?__WB_REVISION__=new-build-2'))).toBe(
      true,
    );
    expect(await page.getByText('A new version of OfferScope is ready.').count()).toBe(0);

    // The other tab kept its page (and its user's work) and says what happened.
    const tookOver = other.getByRole('status').filter({ hasText: 'updated in another tab' });
    await tookOver.waitFor();
    expect(await other.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
      'not reloaded',
    );
    await viewportShot(other, 'offline-update-took-over');
    await tookOver.getByRole('button', { name: 'Later' }).click();
    expect(await tookOver.count()).toBe(0);
    expect(errors).toEqual([]);
  },
  TIMEOUT,
);
