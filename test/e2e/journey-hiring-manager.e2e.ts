import { afterAll, beforeAll, expect, test } from 'vitest';
import { openApp, screenshot, type BrowserSession } from './harness';

/**
 * Journey 2 (issues 3 and 11): a hiring manager adds their offer, picks the rival and the
 * candidate's profile in "What it takes", reads the cheapest winning package and what it costs,
 * applies it as a new scenario (the offer itself is untouched) and sees it rank above the rival.
 */
let session: BrowserSession;
beforeAll(async () => {
  session = await openApp('/');
});
afterAll(async () => session?.close());

const OUR_OFFER = 'Our lab — Staff ML Engineer';
const RIVAL = 'Applied-AI startup — Founding ML Engineer';

async function rankedNames(): Promise<string[]> {
  const items = session.page.getByRole('region', { name: 'Ranking' }).locator('.cmp-ranking__item');
  return items.allTextContents();
}

test('a hiring manager applies the cheapest package that beats the rival as a new scenario', async () => {
  const { page } = session;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Offers' })
    .click();
  await page.getByRole('button', { name: 'Add offer' }).first().click();
  await page.getByLabel('Offer name').fill(OUR_OFFER);
  const base = page.getByLabel('Base salary', { exact: true });
  await base.fill('$250k');
  await base.blur();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Compare' })
    .click();
  const panel = page.getByRole('region', { name: 'What it takes' });
  await panel.waitFor();
  await panel.getByLabel('Your offer', { exact: true }).selectOption({ label: OUR_OFFER });
  await panel.getByLabel('Rival', { exact: true }).selectOption({ label: RIVAL });
  await panel
    .getByLabel('Candidate profile', { exact: true })
    .selectOption({ label: 'Balanced (sample)' });
  // The old in-place Base salary box is gone: the panel never edits the offer.
  expect(await panel.getByRole('textbox', { name: 'Base salary', exact: true }).count()).toBe(0);

  for (const [label, value] of [
    ['Base salary: at most', '400000'],
    ['Sign-on bonus: at most', '200000'],
  ] as const) {
    const field = panel.getByLabel(label, { exact: true });
    await field.fill(value);
    await field.blur();
  }
  await panel
    .getByText(/^Cheapest winning package: \+\$[\d,]+ over \d+ years \(\$[\d,]+ a year\)/)
    .waitFor();
  const packageTable = panel.getByRole('table', { name: 'Cheapest winning package' });
  expect(await packageTable.textContent()).toContain('$250,000');

  const before = await rankedNames();
  expect(before.findIndex((t) => t.includes(OUR_OFFER))).toBeGreaterThan(
    before.findIndex((t) => t.includes(RIVAL)),
  );
  await panel.getByRole('button', { name: 'Apply as new scenario' }).click();
  await expect.poll(async () => (await rankedNames()).length).toBe(before.length + 1);
  const after = await rankedNames();
  const applied = after.findIndex((t) => t.includes(`${OUR_OFFER} — winning package`));
  expect(applied).toBeGreaterThanOrEqual(0);
  expect(applied).toBeLessThan(after.findIndex((t) => t.includes(RIVAL)));

  await panel.scrollIntoViewIfNeeded();
  await screenshot(page, 'journey-hiring-manager');
  await panel.screenshot({ path: 'test-results/screenshots/journey-hiring-manager-panel.png' });
  expect(session.foreignRequests).toEqual([]);
});
