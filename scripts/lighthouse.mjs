#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse 12 (default config: mobile, simulated throttling) on the built
// app's Compare view with the sample workspace, 3 runs, each in a fresh Chromium profile.
// Prints per-run and median scores plus LCP, TBT, CLS; lists the failing audits of any category
// under 100; exits non-zero naming the missed CI gate.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {
  CHROME_FLAGS,
  CHROME_PATH,
  ensureBuild,
  median,
  recordFigures,
  serveDist,
  warnIfBusy,
} from './lib.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PATH = '/#/compare';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
// Scores are 0-100. Goals: performance ≥ 98, accessibility 100, best practices 100.
// The performance gate is below its goal (98) since the second wave's Compare panels: the median
// fell to 79–83 (TBT ~600 ms), a regression named in the issue notes; the gate keeps it from falling
// further while the panels move below the fold and into workers.
const GATES = { performance: 70, accessibility: 100, 'best-practices': 100 };
const GOALS = { performance: 98, accessibility: 100, 'best-practices': 100 };

async function runOnce(url) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'offerscope-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROME_FLAGS,
    userDataDir,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError)
      throw new Error(
        `Lighthouse runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
      );
    return lhr;
  } finally {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const figures = (lhr) => ({
  performance: score(lhr, 'performance'),
  accessibility: score(lhr, 'accessibility'),
  'best-practices': score(lhr, 'best-practices'),
  lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
  tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
  cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
});
const line = (f) =>
  `performance ${f.performance}, accessibility ${f.accessibility}, best practices ${f['best-practices']}, ` +
  `LCP ${Math.round(f.lcp)} ms, TBT ${Math.round(f.tbt)} ms, CLS ${f.cls.toFixed(3)}`;

/** The audits that cost a category points, with the elements they flag, so they can be fixed. */
function failingAudits(lhr, categoryId) {
  const out = [];
  for (const ref of lhr.categories[categoryId]?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1) continue;
    if (ref.weight === 0 && categoryId !== 'performance') continue;
    if (
      audit.scoreDisplayMode === 'manual' ||
      audit.scoreDisplayMode === 'notApplicable' ||
      audit.scoreDisplayMode === 'informative'
    )
      continue;
    out.push(
      `    ${audit.id} (score ${audit.score}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`,
    );
    for (const item of (audit.details?.items ?? []).slice(0, 8)) {
      const node = item.node ?? item.source ?? item;
      const where =
        node.selector ?? node.snippet ?? node.url ?? item.url ?? item.description ?? item.label;
      const extra = node.explanation ? ` — ${node.explanation.split('\n')[0]}` : '';
      if (where)
        out.push(`      ${String(where).replace(/\s+/g, ' ').slice(0, 160)}${extra.slice(0, 200)}`);
    }
  }
  return out;
}

/** With LIGHTHOUSE_DIAG=1: where the main thread's time went (worst run), to find what to cut. */
function diagnostics(lhr) {
  const out = ['  diagnostics (worst run):'];
  const ms = (v) => `${Math.round(v)} ms`;
  for (const item of lhr.audits['mainthread-work-breakdown']?.details?.items ?? [])
    out.push(`    main thread: ${item.groupLabel ?? item.group} ${ms(item.duration)}`);
  for (const item of lhr.audits['bootup-time']?.details?.items ?? [])
    out.push(
      `    script: ${item.url} total ${ms(item.total)}, evaluation ${ms(item.scripting)}, parse ${ms(item.scriptParseCompile)}`,
    );
  const lcp = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const lcpNode = lcp[0]?.items?.[0]?.node;
  if (lcpNode)
    out.push(`    LCP element: ${lcpNode.selector} ${String(lcpNode.snippet).slice(0, 100)}`);
  for (const row of lcp[1]?.items ?? []) out.push(`    LCP phase: ${row.phase} ${ms(row.timing)}`);
  for (const item of lhr.audits['network-requests']?.details?.items ?? [])
    out.push(
      `    request: ${item.url.split('/').pop()} ${Math.round(item.transferSize / 1024)} KiB, ${ms(item.networkRequestTime)}–${ms(item.networkEndTime)}`,
    );
  for (const item of (lhr.audits['long-tasks']?.details?.items ?? []).slice(0, 10))
    out.push(
      `    long task: ${item.url} start ${ms(item.startTime)} duration ${ms(item.duration)}`,
    );
  return out;
}

async function main() {
  ensureBuild();
  warnIfBusy('lighthouse');
  const server = await serveDist();
  const url = server.url + PATH;
  const runs = [];
  let worst;
  try {
    for (let i = 1; i <= RUNS; i++) {
      const lhr = await runOnce(url);
      const f = figures(lhr);
      runs.push(f);
      console.log(`run ${i}: ${line(f)}`);
      if (!worst || f.performance + f.accessibility + f['best-practices'] < worst.sum) {
        worst = { lhr, sum: f.performance + f.accessibility + f['best-practices'] };
      }
    }
  } finally {
    await server.close();
  }
  const med = Object.fromEntries(
    Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]),
  );
  console.log(`median of ${RUNS}: ${line(med)}`);
  console.log(
    `(${url}; Lighthouse ${worst.lhr.lighthouseVersion}, ${worst.lhr.configSettings.formFactor}, ${worst.lhr.configSettings.throttlingMethod} throttling)`,
  );
  recordFigures('lighthouse', {
    'performance (median)': med.performance,
    'accessibility (median)': med.accessibility,
    'best practices (median)': med['best-practices'],
    'LCP ms (median)': Math.round(med.lcp),
    'TBT ms (median)': Math.round(med.tbt),
    'CLS (median)': +med.cls.toFixed(3),
  });

  for (const id of CATEGORIES) {
    if (score(worst.lhr, id) < 100) {
      console.log(`  ${id} ${score(worst.lhr, id)} (worst run) — audits to fix:`);
      for (const l of failingAudits(worst.lhr, id)) console.log(l);
    }
  }
  if (process.env.LIGHTHOUSE_DIAG === '1') for (const l of diagnostics(worst.lhr)) console.log(l);
  const failures = [];
  for (const id of CATEGORIES) {
    if (med[id] < GATES[id])
      failures.push(
        `Lighthouse ${id} budget missed: median ${med[id]} < CI gate ${GATES[id]} (goal ${GOALS[id]})`,
      );
    else if (med[id] < GOALS[id])
      console.log(
        `  warning: ${id} median ${med[id]} is under its goal ${GOALS[id]} but within the CI gate ${GATES[id]}`,
      );
  }
  if (failures.length) {
    for (const failure of failures) console.error(`lighthouse: ${failure}`);
    process.exit(1);
  }
  console.log('lighthouse: within budget');
}

main().catch((error) => {
  console.error(`lighthouse: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
