import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { openApp, screenshot, type BrowserSession } from './harness';

/** Journey 3: finance reviews employer cost, changes a payroll-tax assumption, finds the out-of-band offer. */
const PLATFORM = 'Public company — Staff ML Engineer, ML Platform';

let session: BrowserSession;
beforeAll(async () => {
  session = await openApp('/');
});
afterAll(async () => session?.close());

/** The horizon-total cell of an offer card's Total row. */
const horizonTotal = (card: Locator) =>
  card
    .getByRole('row', { name: /^Total/ })
    .getByRole('cell')
    .last();

test('finance changes a payroll-tax assumption, sees costs change, and finds the out-of-band offer', async () => {
  const { page } = session;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Finance' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Finance' }).waitFor();
  expect(page.url()).toMatch(/#\/finance$/);

  const platform = page.getByRole('region', { name: PLATFORM });
  await platform.waitFor();
  const payrollBefore = await platform
    .getByRole('row', { name: /^Payroll taxes/ })
    .getByRole('cell')
    .first()
    .textContent();
  const totalBefore = await horizonTotal(platform).textContent();
  expect(totalBefore).toMatch(/^\$\d{1,3}(,\d{3})+$/);

  // Medicare from 1.45% to 2.9% (employer and employee halves, say).
  const medicare = page.getByLabel('Rate for Medicare (HI)');
  await medicare.fill('2.9');
  await medicare.blur();
  const payrollAfter = await platform
    .getByRole('row', { name: /^Payroll taxes/ })
    .getByRole('cell')
    .first()
    .textContent();
  const totalAfter = await horizonTotal(platform).textContent();
  expect(payrollAfter).not.toBe(payrollBefore);
  expect(totalAfter).not.toBe(totalBefore);
  const dollars = (text: string | null) => Number((text ?? '').replace(/[$,]/g, ''));
  // Year-1 wages: $420,000 of cash plus the public RSU vests (payroll wages, DESIGN.md): 1,800 ×
  // 5% = 90 shares at $250 grown 8% a year, vesting quarterly ≈ $23,6xx; 1.45 points more Medicare
  // on ≈ $443,6xx adds $6,433 in year 1 alone (cash only would have been $6,090).
  expect(dollars(payrollAfter) - dollars(payrollBefore)).toBe(6_433);
  expect(dollars(totalAfter)).toBeGreaterThan(dollars(totalBefore));

  // A garbage rate is refused next to the field and changes nothing.
  await medicare.fill('two');
  await page.getByText('Not a percentage: use digits, e.g. 15 or 7.5%').waitFor();
  expect(await horizonTotal(platform).textContent()).toBe(totalAfter);
  await medicare.fill('2.9');

  // The out-of-band offer is flagged in words, not color alone.
  const flag = platform.getByText(/Above band max by \$5,000/);
  await flag.scrollIntoViewIfNeeded();
  expect(await flag.isVisible()).toBe(true);
  expect(await page.getByText(/Above band max|Below band min/).count()).toBe(1);

  // The chart loads lazily and points to the table.
  await platform
    .getByRole('img', { name: /table above lists the same figures/ })
    .locator('svg')
    .first()
    .waitFor();

  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'journey-finance');
  expect(session.foreignRequests).toEqual([]);
});

test('the print layout shows one offer per page without navigation or buttons', async () => {
  const { page } = session;
  await page.getByLabel('Offer', { exact: true }).selectOption({ label: PLATFORM });
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: 'Print summary' }).isVisible()).toBe(false);
  expect(await page.getByRole('heading', { name: PLATFORM }).isVisible()).toBe(true);
  expect(await page.getByText(/Above band max by \$5,000/).isVisible()).toBe(true);
  expect(
    await page
      .locator('.finance-print-assumptions')
      .getByText('SSA, 2026 contribution and benefit base', { exact: false })
      .isVisible(),
  ).toBe(true);
  await screenshot(page, 'journey-finance-print');
  await page.emulateMedia({ media: 'screen' });
  expect(session.foreignRequests).toEqual([]);
});
