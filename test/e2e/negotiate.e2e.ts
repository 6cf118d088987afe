import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openApp, type BrowserSession } from './harness';

/**
 * Issue 11, in the app: on the sample, the cheapest package that makes the startup's offer first
 * for the balanced profile, its frontier table, Apply as new scenario, and the new offer ranked
 * first on Compare; the panel is axe-clean at 375 and 1280 px, light and dark.
 */
let session: BrowserSession;
beforeAll(async () => {
  session = await openApp('/');
});
afterAll(async () => session?.close());

const STARTUP = 'Applied-AI startup — Founding ML Engineer';
const panelOf = (page: Page) => page.getByRole('region', { name: 'What it takes' });

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('.neg-panel').analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`),
  );
}

async function shoot(page: Page, name: string) {
  await panelOf(page).screenshot({ path: `test-results/screenshots/${name}.png` });
}

async function setField(page: Page, label: string, value: string) {
  const field = panelOf(page).getByLabel(label, { exact: true });
  await field.fill(value);
  await field.blur();
}

test('the cheapest package that puts the startup first, applied as a new scenario', async () => {
  const { page } = session;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Compare' })
    .click();
  const panel = panelOf(page);
  await panel.waitFor();
  await panel.getByLabel('Your offer', { exact: true }).selectOption({ label: STARTUP });
  await panel
    .getByLabel('Candidate profile', { exact: true })
    .selectOption({ label: 'Balanced (sample)' });
  // The rival defaults to the strongest other offer, so winning means being first.
  expect(
    await panel.getByLabel('Rival', { exact: true }).locator('option:checked').textContent(),
  ).toBe('Frontier lab — Research Scientist');
  // Within the band the startup cannot win: the panel says by how much it trails.
  await panel.getByText(/even at every maximum you trail by [\d.]+ points/).waitFor();

  await setField(page, 'Base salary: at most', '600000');
  await setField(page, 'Sign-on bonus: at most', '300000');
  await panel.getByRole('checkbox', { name: 'Data access (rating)' }).check();
  await setField(page, 'Data access (rating): cost per point per year', '10000');
  await panel.getByText(/^Cheapest winning package: \+\$[\d,]+ over \d+ years/).waitFor();
  await panel.getByText(/above the band maximum/).waitFor();

  const scores = panel.getByRole('table', { name: /Scores with the package/ });
  expect(await scores.getByRole('row').nth(1).textContent()).toContain('(package)');
  const frontier = panel.getByRole('table', { name: /Cost–score frontier/ });
  expect(await frontier.getByRole('row').count()).toBeGreaterThan(1);
  expect(await frontier.textContent()).toMatch(/\$[\d,]+/);

  await panel.getByRole('button', { name: 'Apply as new scenario' }).click();
  await panel.getByText(/Added “.* — winning package” as a new offer/).waitFor();
  const first = page.getByRole('region', { name: 'Ranking' }).locator('.cmp-ranking__item').first();
  await expect.poll(() => first.textContent()).toContain(`${STARTUP} — winning package`);
  expect(await axeViolations(page)).toEqual([]);
  await shoot(page, 'negotiate-1280-light');
});

test('the panel is axe-clean at 375 px and 1280 px, light and dark, without horizontal scroll', async () => {
  const { page } = session;
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
  await shoot(page, 'negotiate-1280-dark');
  await page.setViewportSize({ width: 375, height: 800 });
  // Charts re-measure after a resize observer tick: wait for the layout to settle.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 5000 })
    .toBeLessThanOrEqual(375);
  expect(await axeViolations(page)).toEqual([]);
  await shoot(page, 'negotiate-375-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axeViolations(page)).toEqual([]);
  await shoot(page, 'negotiate-375-light');
  expect(session.foreignRequests).toEqual([]);
});
