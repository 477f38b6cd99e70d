/**
 * Reading a CMIF edition: letters per second from bytes to a built corpus before layout (decode,
 * read, rows, parse, resolve, graph, report), beside the bare XML parse of the same file (decode
 * and saxes with the options our reader uses, no handlers) as its baseline. Both run in this one
 * process, alternating, so whatever else the machine does weighs on both; the ratio is the figure.
 * Budget: at most 3× the bare parse.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SaxesParser } from 'saxes';
import { buildCorpus } from '../../src/data/build/pipeline.ts';
import { NO_REGISTRY } from '../../src/data/io/read-registry.ts';
import { mergeMeta, rowsFromBytes } from '../../src/data/import/rows.ts';
import { IssueLog } from '../../src/data/issues.ts';
import { CORPUS_100K, corpusDir } from './corpora.ts';
import { fmt, median, progress, ROOT, status } from './util.ts';
import type { Row } from './util.ts';

export const CMIF_BUDGET = 3;

export interface CmifReadResult {
  name: string;
  letters: number;
  oursMs: number[];
  bareMs: number[];
  lettersPerSecond: number;
  bareLettersPerSecond: number;
  /** Our time over the bare parse's, medians of the same run. */
  ratio: number;
}

/** Bytes to a built corpus, no layout: what an import does before laying the network out. */
function readEdition(name: string, bytes: Uint8Array): number {
  const log = new IssueLog();
  const read = rowsFromBytes(name, bytes, log);
  const result = buildCorpus(
    {
      meta: mergeMeta([name], read.meta ? [read.meta] : []),
      rows: read.rows,
      files: [name],
      registry: NO_REGISTRY,
      built: [],
      unread: [],
    },
    log,
    { layout: false, measures: false, releaseRows: true },
  );
  return result.documents.length;
}

/** The bare parse: decode, and saxes over the text with our reader's options and no handlers. */
function bareParse(bytes: Uint8Array): void {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  new SaxesParser({ xmlns: true, position: true }).write(text).close();
}

function measure(name: string, path: string, runs: number): CmifReadResult {
  const bytes = new Uint8Array(readFileSync(path));
  const oursMs: number[] = [];
  const bareMs: number[] = [];
  let letters = 0;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    bareParse(bytes);
    bareMs.push(performance.now() - t0);
    t0 = performance.now();
    letters = readEdition(basename(path), bytes);
    oursMs.push(performance.now() - t0);
    progress(
      `cmif: ${name} run ${i + 1}/${runs}: ${fmt(oursMs[i] ?? NaN)} ms for ${fmt(letters)} letters, bare saxes ${fmt(bareMs[i] ?? NaN)} ms`,
    );
  }
  const ours = median(oursMs);
  const bare = median(bareMs);
  return {
    name,
    letters,
    oursMs,
    bareMs,
    lettersPerSecond: letters / (ours / 1000),
    bareLettersPerSecond: letters / (bare / 1000),
    ratio: ours / bare,
  };
}

export function runCmifBench(): { results: CmifReadResult[]; rows: Row[] } {
  const results = [
    measure('Spener letters', join(ROOT, 'tests/fixtures/cmif/spener-letters.xml'), 5),
    measure('synthetic 10^5 letters', join(corpusDir(CORPUS_100K), 'cmif', 'letters.xml'), 3),
  ];
  const rows = results.map((r): Row => ({
    metric: `read a CMIF edition before layout: ${r.name} (median of ${r.oursMs.length})`,
    size: `${fmt(r.letters)} letters`,
    ours: `${fmt(r.lettersPerSecond)} letters/s (${fmt(median(r.oursMs))} ms)`,
    baseline: `bare saxes parse ${fmt(r.bareLettersPerSecond)} letters/s (${fmt(median(r.bareMs))} ms)`,
    ratio: r.ratio,
    budget: `≤ ${CMIF_BUDGET}×`,
    status: status(r.ratio <= CMIF_BUDGET),
  }));
  return { results, rows };
}
