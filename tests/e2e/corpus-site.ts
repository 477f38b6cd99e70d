/**
 * A site for an end-to-end file of its own: the built explorer (global setup's dist/) serving a
 * corpus folder the file writes, built as build:data builds it, from a server of its own.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildCorpus } from '../../src/data/build/pipeline.ts';
import { PROJECT_ROOT } from '../../src/data/cli/paths.ts';
import { readCorpus } from '../../src/data/io/read-corpus.ts';
import { writeBuild } from '../../src/data/io/write-output.ts';
import { IssueLog } from '../../src/data/issues.ts';
import { serveStatic } from '../bench/server.ts';
import type { StaticServer } from '../bench/server.ts';

/**
 * Register the hooks that write the corpus folder (`writeInput` fills it), build and serve it, and
 * remove it afterwards; the returned function gives the site's URL once served.
 */
export function useCorpusSite(name: string, writeInput: (input: string) => void): () => string {
  const work = mkdtempSync(join(tmpdir(), `cablegraph-${name}-`));
  let server: StaticServer | undefined;
  let siteUrl = '';
  beforeAll(async () => {
    const input = join(work, 'input');
    mkdirSync(input, { recursive: true });
    writeInput(input);
    const log = new IssueLog();
    const built = buildCorpus(readCorpus([input], log, {}), log, { layoutOptions: { seed: 1 } });
    const site = join(work, 'site');
    cpSync(join(PROJECT_ROOT, 'dist'), site, { recursive: true });
    rmSync(join(site, 'data'), { recursive: true, force: true });
    writeBuild(built, join(site, 'data'));
    server = await serveStatic(work);
    siteUrl = `${server.url}site/`;
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });
  return () => siteUrl;
}
