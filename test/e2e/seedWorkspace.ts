/**
 * Workspaces of any size for the layout and color suites: offers with long, realistic names,
 * every comp component and every rating, the last one the current job (the baseline, so every
 * figure carries a "vs baseline" delta). Stored as the app stores them; defaults fill the rest.
 */
import { deflateRawSync, crc32 } from 'node:zlib';
import type { Page } from 'playwright-core';

const STORAGE_KEY = 'offerscope:workspace';
const WORKSPACE_VERSION = 2;

const EMPLOYERS = [
  'Frontier lab — Research Scientist',
  'Applied-AI startup — Founding ML Engineer',
  'Public company — Staff ML Engineer, ML Platform',
  'Robotics scale-up — Senior Perception Engineer',
  'Quant fund — Machine Learning Researcher',
  'Healthcare AI — Principal Applied Scientist',
];

/** Offer `i` of a workspace: figures vary with i so bars, lines and ranks differ. */
export function sampleOffer(i: number, baseline = false) {
  const name = baseline ? 'Current job' : `${EMPLOYERS[i % EMPLOYERS.length]} ${i + 1}`;
  return {
    id: baseline ? 'offer-current' : `offer-${i + 1}`,
    name,
    company: name,
    currency: 'USD',
    cash: {
      base: 210_000 + ((i * 37_000) % 190_000),
      raisePct: 3,
      bonusTargetPct: 10 + (i % 4) * 5,
      signOn: (i % 3) * 25_000,
      signOnYear2: 0,
      relocation: i % 2 ? 15_000 : 0,
    },
    equity: {
      type: 'rsu',
      shares: 1000 + (i % 5) * 900,
      sharePrice: 80 + (i % 7) * 40,
      growthPct: 5 + (i % 4) * 3,
      liquidity: i % 2 ? 'private' : 'public',
      successPct: 70,
      vesting: { years: 4, cliffMonths: 12, frequency: 'monthly' },
    },
    benefits: { value: 20_000 + i * 500, employerCost: 25_000 + i * 500 },
    ratings: {
      scope: 3 + (i % 8),
      data: 2 + ((i * 3) % 9),
      roadmap: 4 + ((i * 5) % 7),
      commitment: 1 + ((i * 7) % 10),
    },
    band: { min: 180_000, mid: 260_000, max: 340_000 },
  };
}

/** A workspace of `count` offers; with two or more, the last is the current job (baseline). */
export function workspaceWith(count: number) {
  const offers = Array.from({ length: count }, (_, i) =>
    sampleOffer(i, count > 1 && i === count - 1),
  );
  return {
    schemaVersion: WORKSPACE_VERSION,
    offers,
    profiles: [{ id: 'profile-1', name: 'My priorities' }],
    activeProfileId: 'profile-1',
    baselineOfferId: count > 1 ? 'offer-current' : null,
  };
}

/** Opens the app, stores a workspace of `count` offers and reloads so the app reads it. */
export async function seedWorkspace(page: Page, origin: string, count: number): Promise<void> {
  await page.goto(`${origin}/`);
  const text = JSON.stringify({
    state: { workspace: workspaceWith(count) },
    sync: { revs: {} },
    version: WORKSPACE_VERSION,
  });
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, text]);
  await page.reload();
  await page.locator('main h1').first().waitFor();
}

/** A share link's fragment for `count` offers (a link holds at most 10), as the app writes it. */
export function shareFragment(count: number): string {
  const json = JSON.stringify({
    v: 1,
    offers: Array.from({ length: Math.min(count, 10) }, (_, i) => sampleOffer(i)),
    profile: { id: 'profile-1', name: 'My priorities' },
  });
  const body = Buffer.from(json, 'utf8');
  const check = Buffer.alloc(4);
  check.writeUInt32BE(crc32(body));
  return `#/share/c1.${Buffer.concat([check, deflateRawSync(body)]).toString('base64url')}`;
}
