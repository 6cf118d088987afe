// Shared by the budget scripts: paths, the figures summary .ci/run prints, and the dist/ server.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { execSync } from 'node:child_process';
import { tsImport } from 'tsx/esm/api';

export const ROOT = resolve(import.meta.dirname, '..');
/** The build output; OFFERSCOPE_DIST moves it (so parallel local runs do not rebuild each other's dist/). */
export const DIST = resolve(ROOT, process.env.OFFERSCOPE_DIST ?? 'dist');
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** The browser tests' flags too (test/e2e/harness.ts): no network chatter, no GPU, no sandbox in CI. */
export const CHROME_FLAGS = JSON.parse(
  readFileSync(join(ROOT, 'scripts', 'chromium-flags.json'), 'utf8'),
);

/** Writes one script's figures to test-results/budgets/NAME.json for the summary at the end of .ci/run. */
export function recordFigures(name, figures) {
  const dir = join(ROOT, 'test-results', 'budgets');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(figures, null, 1) + '\n');
}

/** Builds dist/ unless it exists and SKIP_BUILD=1 (CI builds once, then every budget reuses it). */
export function ensureBuild() {
  if (process.env.SKIP_BUILD === '1' && existsSync(join(DIST, 'index.html'))) return;
  execSync(`npx vite build --logLevel warn --emptyOutDir --outDir ${JSON.stringify(DIST)}`, {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

/** Serves dist/ on 127.0.0.1 (random port) with the browser tests' static server. */
export async function serveDist() {
  const server = await tsImport('../test/e2e/server.ts', import.meta.url);
  return server.serveDist(DIST, 0);
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Timing budgets mean little on a busy machine: say so next to the figures. */
export function warnIfBusy(label) {
  const [load1] = loadavg();
  const cores = availableParallelism();
  if (load1 > cores * 1.5) {
    console.log(
      `${label}: warning: load average ${load1.toFixed(1)} on ${cores} cores — CPU timings are inflated; rerun on an idle machine`,
    );
  }
}
