/**
 * Global setup of the end-to-end tests: build the site exactly as `npm run build` does, serve
 * dist/ with vite preview on a free port, and hand its URL to the tests.
 */
import { spawnSync } from 'node:child_process';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium(); // fail early, with the install command, when there is no browser
  // Vitest sets NODE_ENV=test, which would give a development build with Preact's debug checks.
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: project.config.root,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0)
    throw new Error(`tests/e2e: npm run build failed:\n${build.stdout}\n${build.stderr}`);
  const server = await preview({
    configFile: `${project.config.root}/vite.config.ts`,
    preview: { port: 0, open: false },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('tests/e2e: vite preview did not report a URL');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
