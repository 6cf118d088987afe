import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openApp, type BrowserSession } from './harness';

/**
 * Issue 15: a hiring manager builds a panel of three (sliders, ranking, pairwise questions),
 * reads the consensus figure and the decision table, and uses the group as the profile.
 */
let session: BrowserSession;
beforeAll(async () => {
  session = await openApp('/#/priorities');
});
afterAll(async () => session?.close());

const panelSection = (page: Page) => page.getByRole('region', { name: 'Hiring panel' });

async function addMember(panel: Locator, name: string, role: string) {
  await panel.getByLabel('Member name', { exact: true }).fill(name);
  await panel.getByLabel('Role', { exact: true }).selectOption({ label: role });
  await panel.getByRole('button', { name: 'Add member' }).click();
  const view = panel.getByRole('group', { name: `${name}'s view` });
  await view.waitFor();
  return view;
}

async function axeViolations(page: Page, scope = '.panel-section'): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(scope).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`),
  );
}

async function shoot(page: Page, name: string) {
  await panelSection(page).screenshot({ path: `test-results/screenshots/${name}.png` });
}

// Three steps of one journey (one browser session), each within the per-test timeout on a loaded machine.
test('a hiring manager adds three members (sliders, ranking, pairwise) and reads consensus and the decision', async () => {
  const { page } = session;
  const panel = panelSection(page);
  await panel.waitFor();
  await panel.getByText('Add at least two members').waitFor();

  // 1. Sliders: Dana (hiring manager) cares most about scope.
  const dana = await addMember(panel, 'Dana', 'hiring manager');
  await dana.getByLabel('Technical scope (Dana)').fill('90');
  await dana.getByLabel('Cash (Dana)').fill('20');
  await expect.poll(() => dana.locator('output').first().textContent()).not.toBe('16.7%');

  // 2. Ranking: Riley (recruiter) puts equity first.
  const riley = await addMember(panel, 'Riley', 'recruiter');
  await riley.getByRole('radio', { name: 'Ranking' }).check();
  const rileyEquityUp = riley.getByRole('button', { name: 'Move Equity up' });
  await rileyEquityUp.click();
  await riley.getByRole('listitem').first().getByText('Equity').waitFor();

  // Two members: the figures appear; a slider/ranking panel headlines Spanel.
  const consensus = page.getByTestId('panel-consensus');
  await consensus.getByText(/Spanel = \d+(\.\d)?%/).waitFor();
  await consensus.getByText('(1 = identical weights)').waitFor();

  // 3. Pairwise: Sam (the candidate) answers two questions.
  const sam = await addMember(panel, 'Sam', 'candidate');
  await sam.getByRole('radio', { name: 'Pairwise questions' }).check();
  await sam
    .getByLabel('How much more does Data access matter than Cash?')
    .selectOption({ label: 'Data access is strongly more important (5)' });
  await sam
    .getByLabel('How much more does Technical scope matter than Equity?')
    .selectOption({ label: 'Technical scope is moderately more important (3)' });
  await sam.getByText(/Consistency ratio/).waitFor();

  // Mixed panel: AIP-geometric, Spanel with its legend, Kendall's W, a heatmap for three members.
  await panel.getByText(/Method: AIP-geometric/).waitFor();
  const spanel = Number(/Spanel = ([\d.]+)%/.exec((await consensus.textContent()) ?? '')![1]);
  expect(spanel).toBeGreaterThan(0);
  expect(spanel).toBeLessThan(100);
  await panel.getByText(/Kendall's W = [\d.]+/).waitFor();
  await panel.getByRole('table', { name: /How alike each pair of members is/ }).waitFor();
  await panel.getByRole('img', { name: /Strip chart/ }).waitFor();

  // The decision table: each view's scores and picks, with the verdict above it.
  const verdict = page.getByTestId('panel-verdict');
  expect(await verdict.textContent()).toMatch(/(All 3|\d of 3) views pick /);
  const decision = panel.getByRole('table', { name: /Each member's score of each offer/ });
  expect(await decision.getByRole('row').count()).toBe(1 + 4); // header + the sample's 4 offers
  expect(await decision.getByText('✓ picks').count()).toBe(4); // 3 members + the group

  expect(await axeViolations(page)).toEqual([]);
  await shoot(page, 'panel-1280-light');
});

test("the group becomes the profile Compare scores with, and a package wins under every member's view", async () => {
  const { page } = session;
  const panel = panelSection(page);
  const dana = panel.getByRole('group', { name: "Dana's view" });
  // Use as profile: a new profile, active, that Compare scores with; members' inputs untouched.
  const before = await dana.getByLabel('Technical scope (Dana)').inputValue();
  await panel.getByRole('button', { name: 'Use as profile' }).click();
  await panel.getByText(/is the active profile: Compare scores with the group weights/).waitFor();
  expect(await page.getByLabel('Scoring for').inputValue()).not.toBe('profile-balanced');
  const active = page.getByLabel('Scoring for').locator('option:checked');
  expect(await active.textContent()).toBe('Hiring panel — group view');
  expect(await dana.getByLabel('Technical scope (Dana)').inputValue()).toBe(before);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Compare' })
    .click();
  await page.getByRole('region', { name: 'Ranking' }).waitFor();
  expect(await page.getByLabel('Scoring for').locator('option:checked').textContent()).toBe(
    'Hiring panel — group view',
  );
  // What it takes: the cheapest package that wins under every member's view.
  const win = page.getByRole('region', { name: "Win under every panel member's view" });
  await win.waitFor();
  await win
    .getByLabel('Your offer')
    .selectOption({ label: 'Public company — Staff ML Engineer, ML Platform' });
  await win
    .getByLabel('Rival offer')
    .selectOption({ label: 'Applied-AI startup — Founding ML Engineer' });
  await win.getByText(/^Wins under every view for \$[\d,]+ more employer cost\.$/).waitFor();
  await win.getByText(/^Binding: (Group view|Dana|Riley|Sam) at \$[\d,]+ per point/).waitFor();
  const views = win.getByRole('table', { name: /Each view's score of the package/ });
  expect(await views.getByRole('row').count()).toBe(1 + 4); // the group view + 3 members
  for (const lead of await views.locator('tbody td:nth-child(4)').allTextContents())
    expect(Number(lead)).toBeGreaterThanOrEqual(1 - 0.05); // leads by the 1-point margin, shown to 0.1
  await win.screenshot({ path: 'test-results/screenshots/panel-win-1280-light.png' });
  expect(await axeViolations(page, '.panel-win')).toEqual([]);
});

test('the panel is axe-clean at 375 px and 1280 px, light and dark, without horizontal scroll', async () => {
  const { page } = session;
  const panel = panelSection(page);
  // Back on Priorities: the same panel, at phone width and in dark mode too.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Priorities' })
    .click();
  await panel.waitFor();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
  await shoot(page, 'panel-1280-dark');
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(await axeViolations(page)).toEqual([]);
  await shoot(page, 'panel-375-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axeViolations(page)).toEqual([]);
  await shoot(page, 'panel-375-light');

  // The package on Compare, at phone width, light and dark.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Compare' })
    .click();
  const win = page.getByRole('region', { name: "Win under every panel member's view" });
  await win.getByText(/^Wins under every view/).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(await axeViolations(page, '.panel-win')).toEqual([]);
  await win.screenshot({ path: 'test-results/screenshots/panel-win-375-light.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page, '.panel-win')).toEqual([]);
  await win.screenshot({ path: 'test-results/screenshots/panel-win-375-dark.png' });
  expect(session.foreignRequests).toEqual([]);
});
