import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, launchBrowser, screenshot } from './harness';

/** The four views, each with what shows once it has rendered (Offers with an offer selected). */
const VIEWS = [
  { name: 'Compare', path: '/#/compare', ready: (page: Page) => chartsShown(page) },
  {
    name: 'Offers',
    path: '/#/offers/offer-frontier',
    ready: (page: Page) => page.getByLabel('Base salary', { exact: true }).waitFor(),
  },
  {
    name: 'Priorities',
    path: '/#/priorities',
    ready: (page: Page) => page.getByRole('heading', { level: 1, name: 'Priorities' }).waitFor(),
  },
  {
    name: 'Finance',
    path: '/#/finance',
    ready: (page: Page) => page.getByRole('heading', { level: 1, name: 'Finance' }).waitFor(),
  },
  {
    // Last: it changes the saved workspace of this browser context.
    name: 'Offers-currency-question',
    path: '/#/offers/offer-startup',
    ready: async (page: Page) => {
      await page.getByLabel('Currency', { exact: true }).selectOption('GBP');
      await page.getByRole('button', { name: 'Keep as typed' }).waitFor();
    },
  },
] as const;

const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [375, 1280] as const;

/** Compare's lazily loaded charts have drawn (axe must see them, not the loading placeholder). */
async function chartsShown(page: Page) {
  await page.getByRole('heading', { level: 2, name: 'Charts' }).waitFor();
  await page.locator('.recharts-surface').first().waitFor();
}

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** One line per violating element: rule id, impact, CSS target and what is wrong. */
const describeViolations = (violations: Violation[]) =>
  violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} [${v.impact ?? 'n/a'}] ${n.target.join(' ')} — ${v.help}${n.failureSummary ? `: ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
    ),
  );

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

for (const colorScheme of SCHEMES) {
  for (const width of WIDTHS) {
    describe(`axe, ${colorScheme}, ${width} px`, () => {
      let context: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        context = await browser.newContext({
          colorScheme,
          reducedMotion: 'reduce',
          viewport: { width, height: 900 },
        });
        page = await context.newPage();
      });
      afterAll(async () => context?.close());

      for (const view of VIEWS) {
        test(`${view.name} has no axe violations`, async () => {
          await page.goto(baseUrl() + view.path);
          await view.ready(page);
          const results = await new AxeBuilder({ page }).analyze();
          const lines = describeViolations(results.violations as Violation[]);
          if (lines.length)
            await screenshot(page, `a11y-${view.name.toLowerCase()}-${colorScheme}-${width}`);
          expect(lines, `axe violations on ${view.name} (${colorScheme}, ${width} px)`).toEqual([]);
          // axe really ran over the view (not an empty page).
          expect(results.passes.length).toBeGreaterThan(10);
        });
      }
    });
  }
}

describe('keyboard', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({
      reducedMotion: 'reduce',
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
  });
  afterAll(async () => context?.close());

  /** What the focused element is, and whether its focus is drawn (an outline or a focus ring shadow). */
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const ring = style.boxShadow !== 'none' && style.boxShadow !== '';
      return {
        text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
        tag: el.tagName.toLowerCase(),
        inNav: Boolean(el.closest('nav[aria-label="Main"]')),
        inMain: Boolean(el.closest('main')),
        visibleFocus: outline || ring,
      };
    });

  /** A full page load (a hash-only goto would keep the previous focus position). */
  async function load(path: string) {
    await page.goto('about:blank');
    await page.goto(baseUrl() + path);
    await page.getByRole('heading', { level: 1 }).waitFor();
  }

  async function tabUntil(
    predicate: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean,
    maxTabs = 40,
  ) {
    const seen: string[] = [];
    for (let i = 0; i < maxTabs; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      if (!f) continue;
      seen.push(`${f.tag} "${f.text.slice(0, 30)}"`);
      expect(f.visibleFocus, `focus is not visible on ${f.tag} "${f.text}"`).toBe(true);
      if (predicate(f)) return f;
    }
    throw new Error(`no matching element within ${maxTabs} tabs; focused: ${seen.join(', ')}`);
  }

  test('Tab reaches the header navigation with a visible focus, and Enter follows its links', async () => {
    for (const [from, name] of [
      ['compare', 'Offers'],
      ['offers', 'Priorities'],
      ['priorities', 'Finance'],
      ['finance', 'Compare'],
    ] as const) {
      await load(`/#/${from}`);
      await tabUntil((f) => f.inNav && f.text === name);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name }).waitFor();
      expect(new URL(page.url()).hash).toBe(`#/${name.toLowerCase()}`);
      const link = page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name, exact: true });
      expect(await link.getAttribute('aria-current')).toBe('page');
    }
  });

  test('Tab continues from the navigation into the view, every stop visibly focused', async () => {
    await load('/#/offers/offer-frontier');
    await tabUntil((f) => f.inNav);
    const inView = await tabUntil((f) => f.inMain && f.tag === 'input');
    expect(inView.inMain).toBe(true);
    await screenshot(page, 'keyboard-focus-offers');
  });

  test('the skip link moves focus to the main content', async () => {
    await load('/#/priorities');
    const first = await tabUntil(() => true, 1);
    expect(first.text).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
