import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { openApp, screenshot, type BrowserSession } from './harness';

/**
 * A newcomer's first minutes: start empty, "Add your first offer" from Compare, and enter an RSU
 * grant as a value before the share price (the value must not be lost).
 */
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

/** The stored workspace's offers (what a reload will read). */
const storedOffers = (page: Page) =>
  page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw
      ? (JSON.parse(raw).state.workspace.offers as {
          id: string;
          name: string;
          equity: { shares: number; sharePrice: number; grantEntry?: string };
        }[])
      : [];
  }, KEY);

async function startEmpty(page: Page) {
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.getByRole('link', { name: 'Add your first offer' }).waitFor();
}

test('"Add your first offer" adds one offer and puts the cursor in its name', async () => {
  const { page } = await open('/#/compare', { viewport: { width: 375, height: 800 } });
  await startEmpty(page);
  await page.getByRole('link', { name: 'Add your first offer' }).click();
  const name = page.getByLabel('Offer name');
  await name.waitFor();
  expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type('Lab offer');
  await page.waitForFunction((key) => localStorage.getItem(key)?.includes('Lab offer'), KEY);
  const offers = await storedOffers(page);
  expect(offers.map((o) => o.name)).toEqual(['Lab offer']);
  expect(page.url()).toContain(`#/offers/${offers[0]!.id}`);

  // Back and reload add nothing more.
  await page.reload();
  await page.getByLabel('Offer name').waitFor();
  expect((await storedOffers(page)).map((o) => o.name)).toEqual(['Lab offer']);
  await screenshot(page, 'newcomer-first-offer-375');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Compare' }).waitFor();
  await page.goForward();
  await page.getByLabel('Offer name').waitFor();
  expect((await storedOffers(page)).map((o) => o.name)).toEqual(['Lab offer']);
});

test('a grant value typed before the share price is applied once the price exists, and kept after a reload', async () => {
  const { page } = await open('/#/compare');
  await startEmpty(page);
  await page.getByRole('link', { name: 'Add your first offer' }).click();
  await page.getByLabel('Offer name').waitFor();
  await page.getByLabel('Equity type').selectOption('rsu');
  await page.getByRole('radio', { name: 'Value in USD' }).check();
  const grant = page.getByLabel('Grant value', { exact: true });
  await grant.fill('');
  await grant.pressSequentially('100000', { delay: 20 });
  await page.getByText('Kept until you enter the share price').waitFor();
  expect(await grant.getAttribute('aria-invalid')).toBeNull();

  const price = page.getByLabel('Share price', { exact: true });
  await price.fill('');
  await price.pressSequentially('250', { delay: 20 });
  await page.getByText('Converted at the share price: 400 shares').waitFor();
  await page.waitForFunction((key) => localStorage.getItem(key)?.includes('"shares":400'), KEY);
  const [offer] = await storedOffers(page);
  expect(offer!.equity).toMatchObject({ shares: 400, sharePrice: 250, grantEntry: 'value' });
  // The model holds the grant: a quarter of $100,000 vests in year 1 (4 years, 1-year cliff).
  expect(await page.getByLabel('Live summary').textContent()).toContain('$25,000');
  await screenshot(page, 'newcomer-grant-value-1280');

  // The entry mode and the value survive a reload.
  await page.reload();
  await page.getByLabel('Grant value', { exact: true }).waitFor();
  expect(await page.getByRole('radio', { name: 'Value in USD' }).isChecked()).toBe(true);
  expect(await page.getByLabel('Grant value', { exact: true }).inputValue()).toBe('100,000');
});
