import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDist } from './server';

/**
 * Builds the app once (unless E2E_SKIP_BUILD=1 and the build exists) and serves it for every
 * journey. OFFERSCOPE_DIST moves the build output away from dist/ (parallel local runs).
 */
export default async function setup(project: TestProject) {
  const dist = resolve(process.env.OFFERSCOPE_DIST ?? 'dist');
  if (!(process.env.E2E_SKIP_BUILD === '1' && existsSync(join(dist, 'index.html')))) {
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build: the
    // journeys must test what ships.
    execSync(`npx vite build --logLevel error --emptyOutDir --outDir ${JSON.stringify(dist)}`, {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  const server = await serveDist(dist);
  project.provide('baseUrl', server.url);
  return async () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
