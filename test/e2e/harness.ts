import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { inject } from 'vitest';
import CHROMIUM_FLAGS from '../../scripts/chromium-flags.json';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Debian's Chromium without network chatter, GPU or sandbox (shared with the budget scripts). */
export const CHROMIUM_ARGS: string[] = CHROMIUM_FLAGS;

export const baseUrl = (): string => inject('baseUrl');

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested that is not the app's own origin. */
  foreignRequests: string[];
  close: () => Promise<void>;
}

/**
 * A fresh Chromium profile (its own userDataDir), reduced motion so charts are not caught
 * mid-animation, and a record of every request to another origin.
 */
export async function openApp(
  path = '/',
  options: BrowserContextOptions = {},
): Promise<BrowserSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'offerscope-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  const origin = new URL(baseUrl()).origin;
  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreignRequests.push(url);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(baseUrl() + path);
  return {
    context,
    page,
    foreignRequests,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A browser without a persistent profile, for tests that need several contexts. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** Saves a screenshot under test-results/screenshots/NAME.png (look at it). */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = resolve('test-results/screenshots');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
