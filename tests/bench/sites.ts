/**
 * The pages the browser section compares: the explorer built with the project's own Vite config
 * (into bench-results/explorer-dist, so a concurrent `npm run build` or end-to-end run that
 * rewrites dist/ cannot race with the benchmark), one copy of it per corpus with that corpus's
 * data, and the bare sigma page (tests/bench/bare) built into bench-results/bare-dist.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { BuildResult } from '../../src/data/build/pipeline.ts';
import { buildCorpus } from '../../src/data/build/pipeline.ts';
import { DEFAULT_CORPUS_DIR } from '../../src/data/cli/paths.ts';
import { readCorpus } from '../../src/data/io/read-corpus.ts';
import { writeBuild } from '../../src/data/io/write-output.ts';
import { IssueLog } from '../../src/data/issues.ts';
import { RESULTS_DIR, ROOT } from './util.ts';

export const EXPLORER_DIST = join(RESULTS_DIR, 'explorer-dist');
export const BARE_DIST = join(RESULTS_DIR, 'bare-dist');

/** `vite build` of the explorer, as `npm run build` does it, into bench-results/explorer-dist. */
export async function buildExplorer(): Promise<string> {
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: EXPLORER_DIST, emptyOutDir: true },
  });
  if (!existsSync(join(EXPLORER_DIST, 'index.html')))
    throw new Error('bench: vite build wrote no explorer-dist/index.html');
  return EXPLORER_DIST;
}

/** The bare sigma 3.0.3 page, built with the project's node_modules. */
export async function buildBare(): Promise<string> {
  await build({
    configFile: false,
    root: join(ROOT, 'tests/bench/bare'),
    base: './',
    logLevel: 'warn',
    build: { outDir: BARE_DIST, emptyOutDir: true, target: 'es2022' },
  });
  return BARE_DIST;
}

/** The default corpus, built as `npm run build:data` builds it. */
export function buildDefaultCorpus(): BuildResult {
  const log = new IssueLog();
  return buildCorpus(readCorpus([DEFAULT_CORPUS_DIR], log, {}), log, {
    layoutOptions: { seed: 1947 },
  });
}

/** A copy of the built explorer serving one corpus; returns its folder name under bench-results. */
export function writeSite(name: string, result: BuildResult): string {
  const dir = join(RESULTS_DIR, `site-${name}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(EXPLORER_DIST, dir, { recursive: true });
  rmSync(join(dir, 'data'), { recursive: true, force: true });
  writeBuild(result, join(dir, 'data'));
  return `site-${name}`;
}
