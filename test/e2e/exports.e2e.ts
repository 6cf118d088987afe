import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { openApp, screenshot, type BrowserSession } from './harness';

/** Issue 10, exports and print: formulas by tap and keyboard, CSV files, the printed summary. */
let session: BrowserSession;
beforeAll(async () => {
  session = await openApp('/');
});
afterAll(async () => session?.close());

const PLATFORM = 'Public company — Staff ML Engineer, ML Platform';

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function gotoView(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

test('a figure opens its formula by click and by keyboard; Escape closes it', async () => {
  const { page } = session;
  await gotoView(page, 'Compare');
  const bonus = page.getByRole('button', {
    name: `$55,000, formula for Bonus (Year 1), ${PLATFORM}`,
  });
  await bonus.scrollIntoViewIfNeeded();
  await bonus.click();
  const popover = page.locator('.figure-formula__popover:popover-open');
  await popover.waitFor();
  expect(await popover.textContent()).toContain(
    'Bonus = base $275,000 × target 20% × payout 100% = $55,000',
  );
  await page.keyboard.press('Escape');
  await popover.waitFor({ state: 'detached' });

  // Keyboard: focus the figure, Enter opens, Escape closes and focus stays on the figure.
  await bonus.focus();
  await page.keyboard.press('Enter');
  await popover.waitFor();
  const box = (await popover.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  await screenshot(page, 'exports-formula-popover-1280');
  await page.keyboard.press('Escape');
  await popover.waitFor({ state: 'detached' });
  expect(await page.evaluate(() => document.activeElement?.className)).toContain('figure-formula');

  // The score explanation fills in weight × utility.
  const score = page.getByRole('button', {
    name: /formula for Score \(of 100\) \(Over the horizon\), Frontier lab/,
  });
  await score.click();
  expect(await popover.textContent()).toMatch(
    /Σ 100 × weight × utility: .+ 100 × [\d.]+% × [\d.]+ = [\d.]+/,
  );
  await page.mouse.click(5, 5); // a click elsewhere closes it
  await popover.waitFor({ state: 'detached' });
});

test('on a phone a tapped figure shows its formula inside the screen', async () => {
  const { page } = session;
  await page.setViewportSize({ width: 375, height: 800 });
  try {
    const total = page.getByRole('button', {
      name: /formula for Total comp \(Year 1\), Current job/,
    });
    await total.scrollIntoViewIfNeeded();
    await total.click();
    const popover = page.locator('.figure-formula__popover:popover-open');
    await popover.waitFor();
    const box = (await popover.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await screenshot(page, 'exports-formula-popover-375');
    await page.keyboard.press('Escape');
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
});

test('the Compare CSV has a BOM, whole-unit money and totals that add up', async () => {
  const { page } = session;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('region', { name: 'Side by side' })
      .getByRole('button', { name: 'Download CSV' })
      .click(),
  ]);
  const bytes = await bytesOf(download);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toContain('Frontier lab — Research Scientist'); // "—" intact
  const row = (label: string) => {
    const head = label.includes(',') ? `"${label}",` : `${label},`; // RFC 4180 quoting
    return lines
      .find((l) => l.startsWith(head))!
      .slice(head.length)
      .split(',')
      .map(Number);
  };
  for (const label of ['Year 1: Base', 'Year 2: Equity', 'Over the horizon: Total comp, 4 years'])
    expect(row(label).every(Number.isInteger)).toBe(true);
  const parts = ['Base', 'Bonus', 'Sign-on', 'Equity'].map((f) => row(`Year 1: ${f}`));
  expect(row('Year 1: Total comp')).toEqual(
    parts[0]!.map((_, i) => parts.reduce((s, p) => s + p[i]!, 0)),
  );
});

test('the Finance CSV carries the band and compa-ratio; print has a title block and grant terms', async () => {
  const { page } = session;
  await gotoView(page, 'Finance');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const text = (await bytesOf(download)).toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('Salary band,Currency,Band min,Band mid,Band max,Year-1 base,Compa-ratio');
  expect(text).toContain(
    `"${PLATFORM}",USD,230000,260000,270000,275000,1.06,113,Above band max by 5000`,
  );

  await page.emulateMedia({ media: 'print' });
  try {
    const title = page.locator('.print-title');
    expect(await title.isVisible()).toBe(true);
    const titleText = (await title.innerText()).replace(/\s+/g, ' ');
    expect(titleText).toMatch(/Prepared on \w+ \d{1,2}, \d{4}/);
    expect(titleText).toContain('Profile Balanced (sample)');
    expect(titleText).toContain(PLATFORM);
    expect(await page.locator('.print-grant').count()).toBe(4);
    expect(await page.locator('.print-grant').first().isVisible()).toBe(true);
    // The first offer starts right under the title block: page 1 is never just a heading.
    const firstOffer = (await page.locator('.finance-offer').first().boundingBox())!;
    const titleBox = (await title.boundingBox())!;
    expect(firstOffer.y - (titleBox.y + titleBox.height)).toBeLessThan(80);
    await screenshot(page, 'exports-finance-print-media');

    // No forced page per offer: the PDF has about as many pages as its content needs (laid out
    // at the printable width of a Letter page: 8.5 in less the 12 mm side margins).
    await page.setViewportSize({ width: Math.round(8.5 * 96 - (24 / 25.4) * 96), height: 900 });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
    const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    const pageContentPx = 11 * 96 - (28 / 25.4) * 96; // Letter less the 14 mm top and bottom margins
    expect(pages).toBeLessThanOrEqual(Math.ceil(height / pageContentPx) + 1);
  } finally {
    await page.emulateMedia({ media: null });
    await page.setViewportSize({ width: 1280, height: 900 });
  }
});
