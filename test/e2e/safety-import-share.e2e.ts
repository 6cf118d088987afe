import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { openApp, screenshot, type BrowserSession } from './harness';

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

/** The sample workspace exported from the app itself, as the user would have it. */
async function exportedWorkspace(session: BrowserSession) {
  const { page } = session;
  await page.getByRole('button', { name: 'Workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'Workspace' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export workspace' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^offerscope-workspace-\d{4}-\d{2}-\d{2}\.json$/);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

test('a bad import changes nothing and names the field; a good one merges', async () => {
  const session = await open('/#/offers');
  const { page } = session;
  const exported = await exportedWorkspace(session);
  expect(exported.format).toBe('offerscope-workspace');
  const dialog = page.getByRole('dialog', { name: 'Workspace' });

  const bad = structuredClone(exported);
  bad.workspace.offers[1].cash.base = -5;
  bad.workspace.offers[0].name = 'Imported <script>alert(1)</script>';
  await dialog.getByLabel('Workspace file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const alert = dialog.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('offers[1].cash.base: must be ≥ 0');
  expect(
    await dialog
      .getByRole('button', { name: /Replace my workspace|Merge into my workspace/ })
      .count(),
  ).toBe(0);
  await screenshot(page, 'safety-import-error');
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);

  // Not JSON at all: refused with a clear message.
  await page.getByRole('button', { name: 'Workspace' }).click();
  await dialog.getByLabel('Workspace file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('hello'),
  });
  expect(await dialog.getByRole('alert').textContent()).toContain('not valid JSON');

  // A good file merges: names that clash get a suffix; HTML in a name stays text.
  const good = structuredClone(exported);
  good.workspace.offers = [
    { ...good.workspace.offers[0], name: 'Imported <img src=x onerror=alert(1)>' },
  ];
  good.workspace.baselineOfferId = null;
  await dialog.getByLabel('Workspace file').setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(good)),
  });
  await dialog.getByRole('button', { name: 'Merge into my workspace' }).click();
  await page.getByText('Added 1 offer and 2 profiles.').waitFor();
  await page.getByText('Imported <img src=x onerror=alert(1)>').first().waitFor();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await page.waitForFunction((key) => localStorage.getItem(key)?.includes('Imported <img'), KEY);
  expect(session.foreignRequests).toEqual([]);
});

test('a share link round-trips into another browser profile, and a damaged one is explained', async () => {
  const sender = await open('/');
  await sender.page.getByRole('button', { name: 'Share' }).click();
  const dialog = sender.page.getByRole('dialog', { name: 'Share offers' });
  expect(await dialog.getByRole('note').textContent()).toContain('This link contains pay figures');
  const linkField = dialog.getByLabel('Share link');
  await sender.page.waitForFunction(() =>
    (document.querySelector('dialog input[readonly]') as HTMLInputElement | null)?.value.includes(
      '#/share/',
    ),
  );
  const link = await linkField.inputValue();
  expect(await linkField.getAttribute('readonly')).not.toBeNull();
  expect(link.length).toBeLessThan(2000);
  await screenshot(sender.page, 'safety-share-dialog');

  const url = new URL(link);
  const receiver = await open(url.pathname + url.hash);
  const { page } = receiver;
  await page.getByRole('heading', { name: 'Shared offers' }).waitFor();
  const table = page.getByRole('table');
  await table.waitFor();
  const text = (await table.textContent()) ?? '';
  for (const name of [
    'Frontier lab — Research Scientist',
    'Applied-AI startup — Founding ML Engineer',
    'Public company — Staff ML Engineer, ML Platform',
  ]) {
    expect(text).toContain(name);
  }
  expect(text).not.toContain('Current job'); // the baseline was not chosen
  expect(text).toMatch(/\$340,000/);
  await screenshot(page, 'safety-shared-view');
  // Nothing is stored until the user adds it.
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  await page.getByRole('button', { name: 'Add to my workspace' }).click();
  await page.waitForFunction(() => location.hash === '#/compare');
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  const stored = await page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key)!).state.workspace,
    KEY,
  );
  expect(stored.offers).toHaveLength(7); // the receiver's 4 sample offers, untouched, plus the 3 shared
  expect(
    stored.offers.filter((o: { name: string }) => o.name === 'Frontier lab — Research Scientist 2'),
  ).toHaveLength(1);

  const damaged = url.hash.slice(0, Math.floor(url.hash.length / 2));
  await page.goto(url.origin + url.pathname + damaged);
  const alert = page.getByRole('alert').filter({ hasText: 'cannot be opened' });
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(/incomplete or damaged|not valid/);
  await screenshot(page, 'safety-share-damaged');
  expect(sender.foreignRequests).toEqual([]);
  expect(receiver.foreignRequests).toEqual([]);
});

test('the built app carries a strict CSP and violates it nowhere, charts included', async () => {
  const session = await open('/');
  const { page } = session;
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Refused to: CSP ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.reload();
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).not.toContain('unsafe-inline');
  for (const view of ['compare', 'offers', 'priorities', 'finance']) {
    await page.goto(`${new URL(page.url()).origin}/#/${view}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForTimeout(800);
  }
  await page.locator('svg.recharts-surface').first().waitFor({ timeout: 10_000 });
  expect(await page.locator('svg.recharts-surface').count()).toBeGreaterThan(0);
  // Open the dialogs too: they must not need anything the policy forbids.
  await page.getByRole('button', { name: 'Share' }).click();
  await page
    .getByRole('dialog', { name: 'Share offers' })
    .getByRole('button', { name: 'Close' })
    .click();
  expect(problems).toEqual([]);
  expect(session.foreignRequests).toEqual([]);
});

async function axeViolations(page: Page, include: string) {
  const result = await new AxeBuilder({ page }).include(include).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

test('the dialogs, the shared view and the storage banners are axe-clean, light and dark', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const session = await open('/', { colorScheme });
    const { page } = session;
    await page.getByRole('button', { name: 'Workspace' }).click();
    const dialog = page.getByRole('dialog', { name: 'Workspace' });
    await dialog.getByLabel('Workspace file').setInputFiles({
      name: 'x.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"format":"offerscope-workspace","schemaVersion":1,"workspace":{"offers":[{"name":""}]}}',
      ),
    });
    await dialog.getByRole('alert').waitFor();
    expect(await axeViolations(page, 'dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Share' }).click();
    const share = page.getByRole('dialog', { name: 'Share offers' });
    await page.waitForFunction(() =>
      (document.querySelector('dialog input[readonly]') as HTMLInputElement | null)?.value.includes(
        '#/share/',
      ),
    );
    expect(await axeViolations(page, 'dialog')).toEqual([]);
    const link = new URL(await share.getByLabel('Share link').inputValue());
    await share.getByRole('button', { name: 'Close' }).click();

    await page.goto(link.href);
    await page.getByRole('button', { name: 'Add to my workspace' }).waitFor();
    expect(await axeViolations(page, 'main')).toEqual([]);

    await page.evaluate(() => localStorage.setItem('offerscope:workspace', 'not json'));
    await page.goto(link.origin + '/#/compare');
    await page.reload(); // a hash change alone does not reload the app
    await page.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor();
    expect(await axeViolations(page, '.app-header')).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  }
});
