import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveDist } from './server';

/** Builds the app once (unless E2E_SKIP_BUILD=1 and dist exists) and serves dist/ for every journey. */
export default async function setup(project: TestProject) {
  if (!(process.env.E2E_SKIP_BUILD === '1' && existsSync('dist/index.html'))) {
    execSync('npx vite build --logLevel error', { stdio: 'inherit' });
  }
  const server = await serveDist();
  project.provide('baseUrl', server.url);
  return async () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
