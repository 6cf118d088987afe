/**
 * `npm run bench`: runs every `bench/*.bench.ts` in its own process, one after another, so each
 * benchmark measures a cold engine of its own. Exits non-zero when any benchmark misses its goal.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const failed: string[] = [];
for (const file of files) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, file)], {
    stdio: 'inherit',
  });
  if (run.status !== 0) failed.push(file);
}
if (failed.length > 0) {
  console.error(`bench: missed a goal or failed: ${failed.join(', ')}`);
  process.exit(1);
}
