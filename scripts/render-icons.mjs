#!/usr/bin/env node
// `node scripts/render-icons.mjs`: renders the app icons in public/ from public/favicon.svg with
// Debian's Chromium (no image library needed). Run it after changing the SVG and commit the PNGs.
//   icon-192.png, icon-512.png    the favicon as drawn (rounded square, transparent corners)
//   icon-maskable-512.png         full-bleed square: launchers crop it to a circle or squircle; the
//                                 bars stay inside the central 80% safe zone (they span 16 × 13 of 32)
//   apple-touch-icon.png (180)    full-bleed too: iOS rounds the corners itself
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, CHROME_PATH, ROOT } from './lib.mjs';

const PUBLIC = join(ROOT, 'public');
const rounded = readFileSync(join(PUBLIC, 'favicon.svg'), 'utf8');
// The same drawing without the corner radius.
const fullBleed = rounded.replace(/\srx="[^"]*"/, '');
if (fullBleed === rounded) throw new Error('render-icons: favicon.svg has no rx to remove');

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: rounded },
  { file: 'icon-512.png', size: 512, svg: rounded },
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed },
];

const userDataDir = mkdtempSync(join(tmpdir(), 'offerscope-icons-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROME_PATH,
  args: CHROME_FLAGS,
  headless: true,
  deviceScaleFactor: 1,
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  for (const { file, size, svg } of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: join(PUBLIC, file), omitBackground: true });
    console.log(`render-icons: public/${file} (${size} × ${size})`);
  }
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
