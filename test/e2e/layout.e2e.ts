/**
 * Issue 10, Layout: no view is wider than the viewport at 320, 375, 768 and 1280 px with 1, 4
 * and 12 offers (the shared view with 1, 4 and 10: a link holds at most 10). Wide tables scroll
 * inside their own box; on a phone the side-by-side table shows two offers whole.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, launchBrowser, screenshot } from './harness';
import { seedWorkspace, shareFragment } from './seedWorkspace';

const WIDTHS = [320, 375, 768, 1280] as const;
const COUNTS = [1, 4, 12] as const;

/** Each view's route and what shows once it has rendered, lazy parts included. */
const VIEWS = [
  {
    name: 'compare',
    route: () => '#/compare',
    ready: async (page: Page, count: number) => {
      await page.locator('.compare-table').waitFor();
      // Charts, sensitivity and What it takes compare two or more offers.
      if (count > 1) await page.locator('.chart-card__frame .recharts-surface').first().waitFor();
    },
  },
  {
    name: 'offers',
    route: () => '#/offers/offer-1',
    ready: (page: Page) => page.getByLabel('Base salary', { exact: true }).waitFor(),
  },
  {
    name: 'priorities',
    route: () => '#/priorities',
    ready: (page: Page) => page.getByRole('heading', { level: 1, name: 'Priorities' }).waitFor(),
  },
  {
    name: 'finance',
    route: () => '#/finance',
    ready: (page: Page) => page.locator('.finance-chart .recharts-surface').first().waitFor(),
  },
  {
    name: 'shared view',
    route: (count: number) => shareFragment(count),
    ready: async (page: Page) => {
      await page.getByRole('heading', { name: 'Shared offers' }).waitFor();
      await page.getByRole('table').first().waitFor();
    },
  },
] as const;

/** The page's width, the viewport's, and the elements reaching past it outside a scroll box. */
const measure = (page: Page) =>
  page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const viewport = window.innerWidth;
    const inScrollBox = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      return false;
    };
    const escaping = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > viewport + 0.5 && !inScrollBox(el))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return { scrollWidth: document.documentElement.scrollWidth, viewport, escaping };
  });

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

for (const width of WIDTHS) {
  describe(`${width} px wide`, () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({
        reducedMotion: 'reduce',
        viewport: { width, height: 900 },
      });
      page = await context.newPage();
    });
    afterAll(async () => context?.close());

    for (const count of COUNTS) {
      test(`no view scrolls sideways with ${count} ${count === 1 ? 'offer' : 'offers'}`, async () => {
        await seedWorkspace(page, baseUrl(), count);
        const wider: string[] = [];
        for (const view of VIEWS) {
          await page.goto(`${baseUrl()}/${view.route(count)}`);
          await view.ready(page, count);
          const { scrollWidth, viewport, escaping } = await measure(page);
          if (scrollWidth > viewport) {
            wider.push(`${view.name}: ${scrollWidth} px (${escaping.join(', ')})`);
            await screenshot(page, `layout-wider-${view.name}-${width}-${count}`);
          }
        }
        expect(wider).toEqual([]);
      });
    }
  });
}

test('on a 375 px phone the side-by-side table shows two offers whole, and scrolls in its box', async () => {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 375, height: 800 },
  });
  try {
    const page = await context.newPage();
    await seedWorkspace(page, baseUrl(), 4);
    await page.goto(`${baseUrl()}/#/compare`);
    const box = page.getByRole('region', { name: /Side-by-side figures/ });
    await box.locator('.compare-table').waitFor();
    const layout = await box.evaluate((wrap) => {
      const right = wrap.getBoundingClientRect().right;
      const offers = [...wrap.querySelectorAll('th.compare-table__offer')];
      return {
        whole: offers.filter((th) => th.getBoundingClientRect().right <= right + 0.5).length,
        scrolls: wrap.scrollWidth > wrap.clientWidth,
        overflowX: getComputedStyle(wrap).overflowX,
      };
    });
    expect(layout.whole).toBeGreaterThanOrEqual(2);
    expect(layout.scrolls).toBe(true);
    expect(layout.overflowX).toBe('auto');
    // The figure names stay in view while the offers scroll under them.
    await box.evaluate((wrap) => wrap.scrollTo({ left: wrap.scrollWidth }));
    const figure = box.getByRole('rowheader', { name: /Total comp, 4 years/ });
    const [wrapBox, figureBox] = [await box.boundingBox(), await figure.boundingBox()];
    expect(figureBox!.x).toBeGreaterThanOrEqual(wrapBox!.x - 0.5);
    await screenshot(page, 'layout-compare-table-375');
  } finally {
    await context.close();
  }
});
