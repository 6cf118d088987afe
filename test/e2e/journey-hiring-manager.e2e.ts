import { afterAll, beforeAll, expect, test } from 'vitest';
import { openApp, screenshot, type BrowserSession } from './harness';

/**
 * Journey 2 (issue 3): a hiring manager adds their offer, picks a rival and the candidate's
 * profile in "What it takes", applies the break-even base, and sees their score reach the rival's.
 */
let session: BrowserSession;
beforeAll(async () => {
  session = await openApp('/');
});
afterAll(async () => session?.close());

const OUR_OFFER = 'Our lab — Staff ML Engineer';
const RIVAL = 'Applied-AI startup — Founding ML Engineer';

/** The score shown in the cmp-ranking for an offer, as a number. */
async function rankedScore(name: string): Promise<number> {
  const item = session.page.locator('.cmp-ranking__item', { hasText: name });
  const text = (await item.locator('.cmp-ranking__score').textContent()) ?? '';
  return Number(text.replace(/[^\d.]/g, ''));
}

test('a hiring manager uses the break-even base to match the rival for this candidate', async () => {
  const { page } = session;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Offers' })
    .click();
  await page.getByRole('button', { name: 'Add offer' }).first().click();
  const name = page.getByLabel('Offer name');
  await name.fill(OUR_OFFER);
  const base = page.getByLabel('Base salary', { exact: true });
  await base.fill('$250k');
  await base.blur();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Compare' })
    .click();
  const panel = page.getByRole('region', { name: 'What it takes' });
  await panel.waitFor();
  await panel.getByLabel('Your offer').selectOption({ label: OUR_OFFER });
  await panel.getByLabel('Rival offer').selectOption({ label: RIVAL });
  await panel.getByLabel('Candidate profile').selectOption({ label: 'Balanced (sample)' });

  const before = await rankedScore(OUR_OFFER);
  const rival = await rankedScore(RIVAL);
  expect(before).toBeLessThan(rival);
  const breakEven = panel.getByText(/^Raise base by \$[\d,]+ to \$[\d,]+ to match\.$/);
  await breakEven.waitFor();
  const target = Number(
    /to \$([\d,]+)/.exec((await breakEven.textContent()) ?? '')![1]!.replace(/,/g, ''),
  );
  expect(target).toBeGreaterThan(250_000);

  await panel.getByRole('button', { name: 'Apply break-even base' }).click();
  await panel.getByText('Your offer already scores at least as high as the rival.').waitFor();
  expect(await panel.getByLabel('Base salary').inputValue()).toBe(target.toLocaleString('en-US'));
  const after = await rankedScore(OUR_OFFER);
  expect(after).toBeGreaterThanOrEqual(rival);
  expect(after).toBeGreaterThan(before);

  await panel.scrollIntoViewIfNeeded();
  await screenshot(page, 'journey-hiring-manager');
  // The panel itself, legible at full size.
  await panel.screenshot({ path: 'test-results/screenshots/journey-hiring-manager-panel.png' });
  await page
    .getByRole('region', { name: 'Ranking' })
    .screenshot({ path: 'test-results/screenshots/journey-hiring-manager-ranking.png' });
  expect(session.foreignRequests).toEqual([]);
});
