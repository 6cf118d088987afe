import { afterEach, expect, test } from 'vitest';
import { baseUrl, openApp, screenshot, type BrowserSession } from './harness';

const KEY = 'offerscope:workspace';
const sessions: BrowserSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});
const open = async (...args: Parameters<typeof openApp>) => {
  const session = await openApp(...args);
  sessions.push(session);
  return session;
};

const storedBase = (session: BrowserSession, offerId: string) =>
  session.page.evaluate(
    ([key, id]) => {
      const raw = localStorage.getItem(key!);
      const offer = raw
        ? (JSON.parse(raw).state.workspace.offers as { id: string; cash: { base: number } }[]).find(
            (o) => o.id === id,
          )
        : null;
      return offer?.cash.base ?? null;
    },
    [KEY, offerId],
  );

test('a reload keeps every edit, and typing a figure is one undo step', async () => {
  const session = await open('/#/offers/offer-startup');
  const { page } = session;
  const base = page.getByLabel('Base salary').first();
  await base.fill('');
  await base.pressSequentially('251000', { delay: 30 });
  await base.blur();
  // Six keystrokes, one undo step.
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await base.inputValue()).toMatch(/^235,?000$/);
  expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
  await page.keyboard.press('Control+Shift+Z');
  expect(await base.inputValue()).toMatch(/^251,?000$/);
  const name = page.getByLabel('Offer name');
  await name.fill('Startup <b>bold</b> & co');
  await page.waitForFunction(
    (key) => localStorage.getItem(key)?.includes('Startup <b>bold</b>'),
    KEY,
  );
  expect(await storedBase(session, 'offer-startup')).toBe(251000);

  await page.reload();
  expect(await page.getByLabel('Base salary').first().inputValue()).toMatch(/251,?000/);
  expect(await page.getByLabel('Offer name').inputValue()).toBe('Startup <b>bold</b> & co');
  // HTML in a name renders as text, never as markup.
  expect(await page.locator('b', { hasText: 'bold' }).count()).toBe(0);

  // Undo history is not saved: after a reload there is nothing to undo.
  expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
  await page.getByLabel('Offer name').fill('Startup renamed');
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await page.getByLabel('Offer name').inputValue()).toBe('Startup <b>bold</b> & co');
  expect(session.foreignRequests).toEqual([]);
});

test('corrupted stored data is backed up, announced and offered as a download', async () => {
  const session = await open('/', {});
  const { page, context } = session;
  await page.evaluate(
    (key) => localStorage.setItem(key, '{"state":{"workspace":{"offers":[{"name":'),
    KEY,
  );
  await page.reload();
  const banner = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await banner.waitFor();
  expect(await banner.textContent()).toContain('kept as a backup');
  // Backups live under `offerscope:backup:<kind>:<saved at ms>` (src/state/backups.ts).
  const stored = await page.evaluate(() => {
    const keys = Object.keys(localStorage).filter((k) =>
      k.startsWith('offerscope:backup:corrupt:'),
    );
    return {
      main: localStorage.getItem('offerscope:workspace'),
      backups: keys.length,
      backup: keys.length ? localStorage.getItem(keys[0]!) : null,
    };
  });
  expect(stored.backups).toBe(1);
  expect(stored.backup).toBe('{"state":{"workspace":{"offers":[{"name":');
  expect(stored.main).toBe(stored.backup); // untouched until the user edits
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Download the backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^offerscope-unreadable-backup-\d{4}-\d{2}-\d{2}\.json$/,
  );
  await screenshot(page, 'safety-corrupt-banner');
  void context;
  expect(session.foreignRequests).toEqual([]);
});

test('a full storage is announced, nothing in the tab is lost, and export still works', async () => {
  const session = await open('/#/offers/offer-frontier');
  const { page, context } = session;
  await context.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (
        key === 'offerscope:workspace' &&
        (window as unknown as { __full?: boolean }).__full !== false
      ) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return original.call(this, key, value);
    };
  });
  await page.reload();
  await page.getByLabel('Offer name').fill('Frontier lab, counter-offer');
  const banner = page.getByRole('alert').filter({ hasText: 'Not saved' });
  await banner.waitFor();
  expect(await banner.textContent()).toContain('storage is full');
  expect(await page.getByLabel('Offer name').inputValue()).toBe('Frontier lab, counter-offer');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Export workspace' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^offerscope-workspace-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readDownload(download));
  expect(exported.workspace.offers[0].name).toBe('Frontier lab, counter-offer');
  await screenshot(page, 'safety-quota-banner');

  // Space frees up: the next edit saves and the banner goes away.
  await page.evaluate(() => ((window as unknown as { __full?: boolean }).__full = false));
  await page.getByLabel('Offer name').fill('Frontier lab, final');
  await banner.waitFor({ state: 'detached' });
  expect(
    await page.evaluate((key) => localStorage.getItem(key)?.includes('Frontier lab, final'), KEY),
  ).toBe(true);
  expect(session.foreignRequests).toEqual([]);
});

test('two tabs stay in step, and an older tab never writes over newer data', async () => {
  const session = await open('/#/offers/offer-platform');
  const { page, context } = session;
  const other = await context.newPage();
  await other.goto(baseUrl() + '/#/offers/offer-platform');
  await page.getByLabel('Offer name').fill('Platform team, edited in tab one');
  await page.getByLabel('Offer name').blur(); // a focused field keeps its draft
  await other.waitForFunction(
    () =>
      (document.querySelector('input[value="Platform team, edited in tab one"]') ?? null) !== null,
  );
  expect(await other.getByLabel('Offer name').inputValue()).toBe(
    'Platform team, edited in tab one',
  );

  await other.getByLabel('Offer name').fill('Platform team, edited in tab two');
  await other.getByLabel('Offer name').blur();
  await page.waitForFunction(
    () => document.querySelector('input[value="Platform team, edited in tab two"]') !== null,
  );

  // Tab two writes data of a future schema version: tab one becomes read-only and leaves it alone.
  const future = '{"state":{"workspace":{"from":"the future"}},"version":99}';
  await other.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, future]);
  const banner = page.getByRole('alert').filter({ hasText: 'Read-only tab' });
  await banner.waitFor();
  await page.getByLabel('Offer name').fill('Should not be saved');
  await page.getByText('Not changed:').first().waitFor();
  await page.waitForTimeout(600);
  expect(await other.evaluate((key) => localStorage.getItem(key), KEY)).toBe(future);
  await screenshot(page, 'safety-read-only');
  expect(session.foreignRequests).toEqual([]);
});

test('header, banners, dialogs and notices fit a phone, in dark mode too', async () => {
  for (const [name, options] of [
    ['phone-light', { viewport: { width: 375, height: 800 } }],
    ['phone-dark', { viewport: { width: 375, height: 800 }, colorScheme: 'dark' as const }],
    ['desktop-dark', { colorScheme: 'dark' as const }],
  ] as const) {
    const session = await open('/#/offers/offer-startup', options);
    const { page } = session;
    await page.getByLabel('Offer name').fill('Edited on a phone');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Workspace' }).click();
    await page
      .getByRole('dialog', { name: 'Workspace' })
      .getByRole('button', { name: 'Start empty' })
      .click();
    await page.getByText('Started an empty workspace.').waitFor();
    await screenshot(page, `safety-notice-${name}`);
    await page.getByRole('button', { name: 'Share' }).click();
    await screenshot(page, `safety-share-${name}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(session.foreignRequests).toEqual([]);
  }
});

async function readDownload(download: import('playwright-core').Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
