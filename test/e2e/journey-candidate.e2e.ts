import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openApp, screenshot, type BrowserSession } from './harness';

/**
 * Journey 1: a candidate opens the app, picks the research preset, edits an offer's data-access
 * rating and base salary, and sees the ranking, the explanation and the charts change.
 */
const EDITED_OFFER = 'Public company — Staff ML Engineer, ML Platform';
const SAMPLE_OFFERS = [
  'Frontier lab — Research Scientist',
  'Applied-AI startup — Founding ML Engineer',
  EDITED_OFFER,
  'Current job — Senior ML Engineer',
];

let session: BrowserSession;
beforeAll(async () => {
  session = await openApp('/');
});
afterAll(async () => session?.close());

const main = (page: Page) => page.getByRole('main');
const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

/** What Compare shows: the ranking in order with scores, the sentence, and the charts' figures. */
async function readCompare(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Compare' }).waitFor();
  const ranking = main(page).getByRole('region', { name: 'Ranking' });
  const items = ranking.getByRole('list').first().locator(':scope > li');
  await items.first().waitFor();
  // Each ranked item: which sample offer it is, and its score ("Score 83.9" for screen readers).
  const ranked = (await items.allTextContents()).map((text) => ({
    name: SAMPLE_OFFERS.find((name) => text.includes(name)) ?? text.slice(0, 40),
    score: Number(/Score\s*(\d+(?:\.\d+)?)/.exec(text)?.[1] ?? NaN),
  }));
  const order = ranked.map((r) => r.name);
  const scoreOf = (name: string) => ranked.find((r) => r.name === name)?.score ?? NaN;
  const rankingText = (await ranking.textContent()) ?? '';
  const sentence = (
    (await main(page)
      .getByRole('region', { name: 'In words' })
      .locator('p')
      .first()
      .textContent()) ?? ''
  ).trim();
  const charts = main(page).getByRole('region', { name: 'Charts' });
  await charts.locator('.recharts-surface').first().waitFor();
  // The charts' text alternatives (their tables) hold exactly the drawn figures.
  const chartTables = (await charts.locator('table').allTextContents()).join('\n');
  // The drawn marks (bars are rects, lines and areas are paths), with their geometry.
  const chartShapes = await charts
    .locator('.recharts-surface path, .recharts-surface rect')
    .evaluateAll((marks) =>
      marks
        .map((m) => ['d', 'x', 'y', 'width', 'height'].map((a) => m.getAttribute(a)).join(','))
        .join('|'),
    );
  return { order, scoreOf, rankingText, sentence, chartTables, chartShapes };
}

test('a candidate applies the research preset, edits an offer, and sees Compare change', async () => {
  const { page, foreignRequests } = session;
  const before = await readCompare(page);
  expect(before.order.length).toBeGreaterThanOrEqual(3);
  expect(before.scoreOf(EDITED_OFFER)).toBeGreaterThan(0);
  expect(before.sentence).toMatch(/leads/);
  expect(before.chartTables).toContain(EDITED_OFFER);

  // Priorities: start from the research-focused preset.
  await nav(page, 'Priorities').click();
  await page.getByRole('heading', { level: 1, name: 'Priorities' }).waitFor();
  const weights = main(page).getByRole('region', { name: 'What matters to you' });
  const weightsBefore = await weights.textContent();
  await main(page)
    .getByLabel('Preset', { exact: true })
    .selectOption({ label: 'Research-focused' });
  await main(page).getByRole('button', { name: 'Apply to this profile' }).click();
  expect(await weights.textContent()).not.toBe(weightsBefore);

  // Offers: raise the platform offer's data access to 10 and its base salary to $420k.
  await nav(page, 'Offers').click();
  await page.getByRole('heading', { level: 1, name: 'Offers' }).waitFor();
  await main(page)
    .getByRole('navigation', { name: 'Offers' })
    .getByRole('link', { name: new RegExp(EDITED_OFFER) })
    .click();
  const nameField = main(page).getByLabel('Offer name', { exact: true });
  await nameField.waitFor();
  expect(await nameField.inputValue()).toBe(EDITED_OFFER);

  const dataAccess = main(page).getByLabel('Data access', { exact: true });
  await dataAccess.focus();
  await page.keyboard.press('End'); // sliders are keyboard operable: End = 10
  expect(await dataAccess.inputValue()).toBe('10');

  const base = main(page).getByLabel('Base salary', { exact: true });
  await base.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('$420k', { delay: 20 });
  await base.blur();
  expect((await base.inputValue()).replace(/\D/g, '')).toMatch(/^420(000)?$/);

  // Compare: the ranking, the explanation and the charts all reflect the edits.
  await nav(page, 'Compare').click();
  const after = await readCompare(page);
  expect(after.rankingText).not.toBe(before.rankingText);
  expect(after.scoreOf(EDITED_OFFER)).toBeGreaterThan(before.scoreOf(EDITED_OFFER));
  expect(after.order.indexOf(EDITED_OFFER)).toBeLessThanOrEqual(before.order.indexOf(EDITED_OFFER));
  expect(after.sentence).not.toBe(before.sentence);
  expect(after.sentence).toMatch(/leads/);
  expect(after.chartTables).not.toBe(before.chartTables);
  expect(after.chartTables).toMatch(/420,000/);
  expect(before.chartShapes).not.toBe('');
  expect(after.chartShapes).not.toBe(before.chartShapes);

  expect(foreignRequests).toEqual([]);
  await screenshot(page, 'journey-candidate');
});
