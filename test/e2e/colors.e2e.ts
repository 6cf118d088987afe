/**
 * Issue 10, Colors and charts, in the built app: with 12 offers every offer's bars have their own
 * color, past the colorblind-safe colors a marker too; dimension colors are never offer colors;
 * every drawn color keeps 3:1 against the card in light and dark; the component legend uses the
 * bars' patterns; and no chart adds a tab stop (its table is one Tab away).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contrast, parseColor } from '../components/colorMath';
import { baseUrl, launchBrowser, screenshot } from './harness';
import { seedWorkspace } from './seedWorkspace';

const OFFERS = 12;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The drawn colors of the open chart: solid fills, pattern colors and which patterns bars use. */
const chartColors = (page: Page) =>
  page.locator('.chart-tabs__panel').evaluate((panel) => {
    const frame = panel.querySelector('.chart-card__frame')!;
    const card = panel.querySelector('.chart-card')!;
    const solid = new Set<string>();
    const patterns = new Set<string>();
    for (const rect of frame.querySelectorAll('rect')) {
      const fill = rect.getAttribute('fill') ?? '';
      const url = /^url\(#(.+)\)$/.exec(fill);
      if (url) patterns.add(url[1]!);
      else if (fill.startsWith('#')) solid.add(getComputedStyle(rect).fill);
    }
    const patternColors = [...patterns].flatMap((id) =>
      [...document.querySelectorAll(`#${CSS.escape(id)} rect, #${CSS.escape(id)} circle`)]
        .filter((shape) => (shape.getAttribute('fill-opacity') ?? '1') === '1')
        .map((shape) => getComputedStyle(shape).fill),
    );
    const legendPatterns = [...card.querySelectorAll('.chart-legend rect')]
      .map((r) => /^url\(#(.+)\)$/.exec(r.getAttribute('fill') ?? '')?.[1])
      .filter(Boolean);
    return {
      background: getComputedStyle(card).backgroundColor,
      solid: [...solid],
      patterns: [...patterns],
      patternColors,
      legendPatterns,
      markers: frame.querySelectorAll('.recharts-symbols').length,
      legendItems: [...card.querySelectorAll('.chart-legend[aria-label="Offers"] li')].map(
        (li) => li.querySelectorAll('path').length,
      ),
    };
  });

const lowContrast = (colors: string[], background: string) =>
  colors
    .map((c) => ({ c, ratio: contrast(parseColor(c), parseColor(background)) }))
    .filter((x) => x.ratio < 3);

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`${colorScheme} theme, ${OFFERS} offers`, () => {
    let page: Page;
    beforeAll(async () => {
      const context = await browser.newContext({
        colorScheme,
        reducedMotion: 'reduce',
        viewport: { width: 1280, height: 900 },
      });
      page = await context.newPage();
      await seedWorkspace(page, baseUrl(), OFFERS);
      await page.goto(`${baseUrl()}/#/compare`);
      await page.locator('.chart-card__frame .recharts-surface').first().waitFor();
    });
    afterAll(async () => page?.context().close());

    test('total comp: a color per offer, markers past the safe colors, legend patterns = bar patterns', async () => {
      const drawn = await chartColors(page);
      expect(drawn.solid).toHaveLength(OFFERS); // each offer's base segment
      expect(lowContrast([...drawn.solid, ...drawn.patternColors], drawn.background)).toEqual([]);
      // Bonus, sign-on and equity: one pattern each per offer, the legend's in the same shapes.
      const ofComponent = (name: string) => drawn.patterns.filter((id) => id.includes(`-${name}-`));
      expect(ofComponent('bonus')).toHaveLength(OFFERS);
      expect(ofComponent('equity')).toHaveLength(OFFERS);
      expect(ofComponent('signOn').length).toBeGreaterThan(0); // offers without a sign-on have none
      const component = (id: string) => id.split('-')[2];
      expect(new Set(drawn.legendPatterns.map((id) => component(id!)))).toEqual(
        new Set(drawn.patterns.map(component)),
      );
      // 12 offers > 8 colorblind-safe colors: every bar and every legend entry has a marker.
      expect(drawn.markers).toBeGreaterThanOrEqual(OFFERS * 4);
      expect(drawn.legendItems).toHaveLength(OFFERS);
      expect(drawn.legendItems.every((paths) => paths >= 1)).toBe(true);
      await screenshot(page, `colors-total-comp-${colorScheme}`);
    });

    test('score contributions: dimension colors are never offer colors, all ≥ 3:1', async () => {
      const offerColors = (await chartColors(page)).solid;
      await page.getByRole('tab', { name: 'Score contributions' }).click();
      await page.locator('#chart-contributions-title').waitFor();
      const drawn = await chartColors(page);
      const dimensionColors = drawn.solid.filter((c) => !offerColors.includes(c));
      // The bars' segments are the six dimensions; the name swatches are offer colors.
      expect(dimensionColors).toHaveLength(6);
      expect(lowContrast(drawn.solid, drawn.background)).toEqual([]);
      await screenshot(page, `colors-contributions-${colorScheme}`);
    });

    test('lines and radar: every series drawn in its own color, ≥ 3:1', async () => {
      for (const tab of ['Cumulative total comp', 'Ratings']) {
        await page.getByRole('tab', { name: tab }).click();
        await page.locator('.chart-card__frame .recharts-surface').first().waitFor();
        const strokes = await page
          .locator('.chart-card__frame')
          .evaluate((frame) => [
            ...new Set(
              [...frame.querySelectorAll('.recharts-line-curve, .recharts-radar-polygon path')]
                .map((p) => p.getAttribute('stroke') ?? '')
                .filter((s) => s.startsWith('#')),
            ),
          ]);
        const background = await page
          .locator('.chart-card')
          .evaluate((c) => getComputedStyle(c).backgroundColor);
        expect(strokes, tab).toHaveLength(OFFERS);
        expect(lowContrast(strokes, background), tab).toEqual([]);
      }
    });
  });
}

test('charts add no tab stops: Tab goes from the chart tabs to "Show as table"', async () => {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = await context.newPage();
    await seedWorkspace(page, baseUrl(), 4);
    const focusableInCharts = (selector: string) =>
      page.evaluate(
        (sel) =>
          [...document.querySelectorAll(sel)].flatMap((frame) =>
            [
              ...frame.querySelectorAll(
                '[tabindex]:not([tabindex="-1"]), a[href], button, input, select, textarea',
              ),
            ].map((el) => `${el.tagName}.${el.getAttribute('class') ?? ''}`),
          ),
        selector,
      );
    await page.goto(`${baseUrl()}/#/compare`);
    for (const tab of [
      'Total comp per year',
      'Cumulative total comp',
      'Ratings',
      'Score contributions',
    ]) {
      await page.getByRole('tab', { name: tab }).click();
      await page.locator('.chart-card__frame .recharts-surface').first().waitFor();
      expect(await focusableInCharts('.chart-card__frame'), tab).toEqual([]);
      // Hovering adds layers (cursor, active bars): they take no tab stop either.
      await page.locator('.chart-card__frame').hover();
      // Keyboard: from the selected tab, Tab reaches the table alternative without stopping inside the drawing.
      await page.getByRole('tab', { name: tab }).focus();
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({
        inChart: Boolean(document.activeElement?.closest('.chart-card__frame')),
        text: document.activeElement?.textContent ?? '',
      }));
      expect(focused.inChart, tab).toBe(false);
      expect(focused.text, tab).toMatch(/^Show as table/);
    }
    await page.goto(`${baseUrl()}/#/finance`);
    await page.locator('.finance-chart .recharts-surface').first().waitFor();
    expect(await focusableInCharts('.finance-chart')).toEqual([]);
    // Tab through the whole view: no stop lands inside a drawing.
    const stops: string[] = [];
    for (let i = 0; i < 100; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('.finance-chart svg') ? el.outerHTML.slice(0, 80) : null;
      });
      if (stop) stops.push(stop);
    }
    expect(stops).toEqual([]);
  } finally {
    await context.close();
  }
});
