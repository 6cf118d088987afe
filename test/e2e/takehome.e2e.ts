import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { baseUrl, openApp, screenshot, type BrowserSession } from './harness';

/**
 * Issue 13: a candidate compares the San Francisco lab and the Seattle platform team after tax:
 * the switch, the Take-home rows, a warning in plain words, and one tax rule edited and restored.
 */
const LAB = 'Frontier lab — Research Scientist';
const PLATFORM = 'Public company — Staff ML Engineer, ML Platform';

let session: BrowserSession;
beforeAll(async () => {
  session = await openApp('/');
});
afterAll(async () => session?.close());

/** The cells of the side-by-side table's row `name` in the section `section`, as text. */
async function rowTexts(page: Page, section: string, name: string): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Side-by-side figures per offer' });
  const row = table.getByRole('row', { name: new RegExp(`^${section}: ${name}\\b`) }).first();
  await row.waitFor();
  return row.locator('td .compare-table__value').allTextContents();
}

async function columnIndex(page: Page, offer: string): Promise<number> {
  const headers = await page
    .getByRole('table', { name: 'Side-by-side figures per offer' })
    .getByRole('columnheader')
    .allTextContents();
  return headers.findIndex((h) => h.startsWith(offer)) - 1; // minus the "Figure" column
}

const dollars = (text: string) => Number(text.replace(/[^\d]/g, '').slice(0, 9));

test('a candidate compares San Francisco and Seattle after tax, edits a rule and restores it', async () => {
  const { page } = session;
  await page.getByRole('heading', { level: 1, name: 'Compare' }).waitFor();
  const table = page.getByRole('table', { name: 'Side-by-side figures per offer' });
  await table.waitFor();
  // Before tax: no take-home rows.
  expect(await table.getByRole('columnheader', { name: 'Take-home, tax year 2026' }).count()).toBe(
    0,
  );

  await page.getByRole('radio', { name: 'After tax' }).check();
  expect(page.url()).toContain('tax=after');
  await table.getByRole('columnheader', { name: 'Take-home, tax year 2026' }).waitFor();
  const lab = await columnIndex(page, LAB);
  const platform = await columnIndex(page, PLATFORM);
  expect(lab).toBeGreaterThanOrEqual(0);
  expect(platform).toBeGreaterThanOrEqual(0);

  const places = await rowTexts(page, 'Take-home: where each offer is taxed', 'Tax location');
  expect(places[lab]).toBe('California');
  expect(places[platform]).toBe('Washington');
  const tax = await rowTexts(page, 'Take-home, tax year 2026', 'Tax');
  const net = await rowTexts(page, 'Take-home, tax year 2026', 'Take-home');
  const wages = await rowTexts(page, 'Take-home, tax year 2026', 'Wages taxed');
  for (const i of [lab, platform]) {
    expect(tax[i]).toMatch(/^\$\d{1,3}(,\d{3})+/);
    // take-home + tax = wages, to the dollar of rounding
    expect(Math.abs(dollars(net[i]!) + dollars(tax[i]!) - dollars(wages[i]!))).toBeLessThanOrEqual(
      1,
    );
  }
  const rate = await rowTexts(page, 'Take-home over the horizon', 'Effective tax rate');
  expect(rate[lab]).toMatch(/^\d+\.\d%/);
  await page.getByRole('heading', { name: 'Take-home by tax year' }).waitFor();
  await screenshot(page, 'takehome-compare-after-1280');

  // The lab's private RSUs: taxes on private equity come later (a warning in plain words).
  const panel = page.getByRole('region', { name: 'Take-home', exact: true });
  await panel.getByLabel('Offer').selectOption({ label: LAB });
  await panel
    .getByRole('rowheader', { name: /California SDI/ })
    .first()
    .waitFor();
  await expect
    .poll(() => panel.getByTestId('takehome-warnings').textContent())
    .toContain('Taxes on private equity come later');
  const sdiFormula = await panel.getByRole('rowheader', { name: /^California SDI/ }).textContent();
  expect(sdiFormula).toMatch(/1\.3% × [\d,]+ = [\d,]+/);

  // Edit California's SDI rate in Priorities → Tax rules, see it used, then restore it.
  const labNetBefore = net[lab]!;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Priorities' })
    .click();
  const rules = page.getByRole('region', { name: 'Tax rules', exact: true });
  await rules.getByLabel('Jurisdiction').selectOption({ label: 'California' });
  const sdiRow = rules.locator('tr[data-rule="US-CA.sdi"]');
  const sdi = sdiRow.getByRole('textbox');
  await sdi.fill('2');
  await sdi.press('Enter');
  await sdiRow.getByText('Edited by you').waitFor();
  await screenshot(page, 'takehome-rules-edited-1280');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Compare' })
    .click();
  await page.getByRole('radio', { name: 'After tax' }).check();
  await table.getByRole('columnheader', { name: 'Take-home, tax year 2026' }).waitFor();
  const netEdited = await rowTexts(page, 'Take-home, tax year 2026', 'Take-home');
  expect(dollars(netEdited[lab]!)).toBeLessThan(dollars(labNetBefore));
  expect(netEdited[platform]).toBe(net[platform]); // Seattle does not use California's rule

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Priorities' })
    .click();
  await rules.getByLabel('Jurisdiction').selectOption({ label: 'California' });
  await sdiRow.getByRole('button', { name: 'Restore the published value' }).click();
  await sdiRow.getByText('Official').waitFor();
  expect(await sdi.inputValue()).toBe('1.3');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Compare' })
    .click();
  await page.getByRole('radio', { name: 'After tax' }).check();
  await table.getByRole('columnheader', { name: 'Take-home, tax year 2026' }).waitFor();
  expect((await rowTexts(page, 'Take-home, tax year 2026', 'Take-home'))[lab]).toBe(labNetBefore);
});

/** axe over the page: one line per violating element. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`),
  );
}

const noPageScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const width of [375, 1280] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`after tax and the tax rules at ${width} px, ${scheme}: axe-clean, no page scroll`, async () => {
      const s = await openApp('/#/compare?tax=after', {
        viewport: { width, height: 800 },
        colorScheme: scheme,
      });
      try {
        const { page } = s;
        await page.getByRole('columnheader', { name: 'Take-home, tax year 2026' }).waitFor();
        await page.getByTestId('takehome-warnings').waitFor();
        await page.getByRole('heading', { name: 'Take-home by tax year' }).waitFor();
        await screenshot(page, `takehome-compare-after-${width}-${scheme}`);
        expect(await axeViolations(page)).toEqual([]);
        expect(await noPageScroll(page)).toBeLessThanOrEqual(0);

        await page.goto(baseUrl() + '/#/priorities');
        await page.locator('tr[data-rule="US.brackets.single"]').waitFor();
        await screenshot(page, `takehome-priorities-${width}-${scheme}`);
        expect(await axeViolations(page)).toEqual([]);
        expect(await noPageScroll(page)).toBeLessThanOrEqual(0);
        expect(s.foreignRequests).toEqual([]);
      } finally {
        await s.close();
      }
    }, 120_000);
  }
}
