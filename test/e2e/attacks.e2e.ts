/**
 * Issue 9's hostile inputs against the built app: share links that repeat an id, inflate to
 * hundreds of megabytes or carry a flipped bit; imports with impossible numbers, reserved ids,
 * deep nesting or no workspace; stored data with a fractional version; European number formats.
 * Nothing blanks the app, nothing is applied, and every refusal says why.
 */
import { deflateRawSync, crc32 } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { openApp, type BrowserSession } from './harness';

const sessions: BrowserSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});
const open = async (path: string) => {
  const session = await openApp(path);
  sessions.push(session);
  return session;
};

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
/** A share link as the app writes it: "c1." + base64url(CRC-32 of the JSON + deflate-raw). */
function checkedLink(json: string): string {
  const body = Buffer.from(json, 'utf8');
  const check = Buffer.alloc(4);
  check.writeUInt32BE(crc32(body));
  return `c1.${base64url(Buffer.concat([check, deflateRawSync(body)]))}`;
}

const offer = (id: string, name: string) => ({ id, name, cash: { base: 200_000 } });
const payload = (offers: unknown[]) =>
  JSON.stringify({ v: 1, offers, profile: { id: 'p', weights: { cash: 1 } } });

/** The app still stands: header and navigation present, and something explains the problem. */
async function expectExplained(page: Page, message: RegExp) {
  const alert = page.getByRole('alert').filter({ hasText: message });
  await alert.waitFor({ timeout: 10_000 });
  expect(await page.getByRole('navigation').first().isVisible()).toBe(true);
  expect(await page.locator('#root').evaluate((root) => root.childElementCount)).toBeGreaterThan(0);
}

test('share links: repeated ids, zip bombs and flipped bits are explained, never blank', async () => {
  const { page, foreignRequests } = await open('/');
  const visit = (encoded: string) => page.goto(`${new URL(page.url()).origin}/#/share/${encoded}`);

  await visit(checkedLink(payload([offer('a', 'One'), offer('a', 'Two')])));
  await expectExplained(page, /offers\[1\]\.id: must be unique/);

  // 100 MB of zeros deflates to about 100 KB: refused after 1 MB of inflating.
  const bomb = `{"v":1,"pad":"${'0'.repeat(100 * 1024 * 1024)}"}`;
  const bombLink = `c1.${base64url(Buffer.concat([Buffer.alloc(4), deflateRawSync(bomb)]))}`;
  expect(bombLink.length).toBeLessThan(200_000);
  const heapBefore = await page.evaluate(
    () =>
      (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
      0,
  );
  await visit(bombLink);
  await expectExplained(page, /This link is too large to be a share link/);
  const heapAfter = await page.evaluate(
    () =>
      (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
      0,
  );
  expect(heapAfter - heapBefore).toBeLessThan(50 * 1024 * 1024);

  // A single flipped bit in the middle of a valid link.
  const good = checkedLink(payload([offer('a', 'One')]));
  const i = Math.floor(good.length / 2);
  const flipped = good.slice(0, i) + (good[i] === 'A' ? 'B' : 'A') + good.slice(i + 1);
  await visit(flipped);
  await expectExplained(page, /damaged|incomplete/);

  // The intact link still opens.
  await visit(good);
  await page.getByRole('table').waitFor();
  expect(foreignRequests).toEqual([]);
});

test('imports: impossible numbers, reserved ids, deep nesting and a missing workspace are refused by name', async () => {
  const { page } = await open('/#/offers');
  const envelope = (workspace: unknown) =>
    JSON.stringify({ format: 'offerscope-workspace', schemaVersion: 1, workspace });
  const workspace = (patch: Record<string, unknown>) => ({
    schemaVersion: 1,
    offers: [offer('a', 'Imported')],
    profiles: [{ id: 'p' }],
    activeProfileId: 'p',
    ...patch,
  });
  const cases: [string, string, RegExp][] = [
    [
      'huge.json',
      envelope(workspace({ offers: [{ ...offer('a', 'Huge'), cash: { base: 1e308 } }] })),
      /offers\[0\]\.cash\.base: must be ≤ 1,000,000,000,000/,
    ],
    [
      'weights.json',
      envelope(workspace({ profiles: [{ id: 'p', weights: { cash: 1e308 } }] })),
      /profiles\[0\]\.weights\.cash: must be ≤ 100/,
    ],
    [
      'reserved.json',
      envelope(workspace({ dimensions: [{ id: 'scope', label: 'Second scope' }] })),
      /dimensions\[0\]\.id: must not be a built-in or reserved id/,
    ],
    ['nested.json', '['.repeat(5000) + ']'.repeat(5000), /too deeply nested/],
    [
      'no-workspace.json',
      JSON.stringify({ format: 'offerscope-workspace', schemaVersion: 1 }),
      /workspace: missing/,
    ],
    [
      'no-name.json',
      envelope(workspace({ offers: [{ id: 'a', cash: { base: 1 }, equity: { type: 'stock' } }] })),
      /offers\[0\]\.name: required[\s\S]*offers\[0\]\.equity\.type: one of none, rsu, options/,
    ],
  ];
  await page.getByRole('button', { name: 'Workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'Workspace' });
  for (const [name, text, message] of cases) {
    await dialog.getByLabel('Workspace file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await dialog.getByRole('alert').filter({ hasText: message }).waitFor();
    expect(await dialog.getByRole('button', { name: /Replace|Merge/ }).count()).toBe(0);
  }
  expect(await page.evaluate(() => localStorage.getItem('offerscope:workspace'))).toBeNull();
});

test('stored data with a fractional version is backed up and announced, and the tab stays editable', async () => {
  const session = await open('/');
  const { page } = session;
  await page.evaluate(() =>
    localStorage.setItem('offerscope:workspace', '{"state":{"workspace":{}},"version":1.5}'),
  );
  await page.reload();
  await expectExplained(page, /could not be read/);
  expect(await page.getByRole('alert').filter({ hasText: 'Read-only' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'Workspace' });
  await dialog.getByText('Saved data that could not be read').waitFor();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByText('No backups').waitFor();
});

test('a European-formatted amount is never misread: the field asks what was meant', async () => {
  const { page } = await open('/#/offers/offer-startup');
  const base = page.getByLabel('Base salary').first();
  const before = await base.inputValue();
  await base.fill('90.000');
  await base.blur();
  await page.getByText(/Is this 90\.000 or 90,000\?/).waitFor();
  await page.goto(page.url().replace('#/offers/offer-startup', '#/compare'));
  await page.goto(page.url().replace('#/compare', '#/offers/offer-startup'));
  expect(await page.getByLabel('Base salary').first().inputValue()).toBe(before);
  await page.getByLabel('Base salary').first().fill('7,5');
  await page.getByText(/for a decimal use a period: 7\.5/).waitFor();
});
