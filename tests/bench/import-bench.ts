/**
 * Section 4, import throughput: `rowsFromBytes` on a real CMIF file (the Spener letters) and on the
 * synthetic CMIF and corpus CSV of 10^5 documents, in MB/s; baseline: TextDecoder + JSON.parse of
 * a JSON file of the same size (bytes to objects, as rowsFromBytes goes bytes to rows). Parses run
 * in worker threads while the main thread samples RSS every 2 ms: the peak above the RSS just
 * before the first parse of each file (in a fresh worker) is reported.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { generateCorpus } from '../../src/data/synth/generate.ts';
import { CORPUS_100K, corpusDir } from './corpora.ts';
import type { ParseDone, ParseKind } from './import-worker.ts';
import { fmt, MB, median, progress, RESULTS_DIR, ROOT } from './util.ts';
import type { Row } from './util.ts';

export interface ParseRun extends ParseDone {
  peakRssAboveStartBytes: number;
}

export interface ImportResult {
  name: string;
  path: string;
  bytes: number;
  runs: ParseRun[];
  mbPerSecond: number;
  peakRssAboveStartMB: number;
  baselinePath: string;
  baselineRuns: ParseRun[];
  baselineMbPerSecond: number;
  /** TextDecoder alone, for reference. */
  decodeMbPerSecond: number;
  ratio: number;
}

const WORKER = new URL('./import-worker.ts', import.meta.url).href;
// Worker threads do not inherit tsx's loader: register it in the worker before importing.
const WORKER_SOURCE = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER)}); });`;

/** A worker holding one file's bytes; each `parse` is timed while RSS is sampled every 2 ms. */
async function fileWorker(path: string): Promise<{
  parse(kind: ParseKind): Promise<ParseRun>;
  close(): Promise<number>;
}> {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: path });
  let pending: { resolve(run: ParseRun): void; reject(error: unknown): void } | null = null;
  let start = 0;
  let peak = 0;
  let sampler: ReturnType<typeof setInterval> | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: 'ready' | ParseDone) => {
      if (message === 'ready') return resolve();
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage.rss());
      pending?.resolve({ ...message, peakRssAboveStartBytes: peak - start });
      pending = null;
    });
    worker.on('error', (error) => {
      clearInterval(sampler);
      pending?.reject(error);
      reject(error);
    });
  });
  await ready;
  return {
    parse(kind) {
      return new Promise<ParseRun>((resolve, reject) => {
        pending = { resolve, reject };
        start = process.memoryUsage.rss();
        peak = start;
        sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 2);
        worker.postMessage(kind);
      });
    },
    close: () => worker.terminate(),
  };
}

/** A JSON array of letter-like records, about `bytes` long. */
function writeSameSizeJson(path: string, bytes: number): void {
  const corpus = generateCorpus({ documents: 2000, seed: 7 });
  const parts: string[] = [];
  let length = 2;
  for (let i = 0; length < bytes; i++) {
    const doc = corpus.documents[i % corpus.documents.length];
    const part = JSON.stringify({ ...doc, id: `j${i}` });
    parts.push(part);
    length += part.length + 1;
  }
  writeFileSync(path, `[${parts.join(',')}]`);
}

async function measure(name: string, path: string, runs: number): Promise<ImportResult> {
  const bytes = statSync(path).size;
  const dir = join(RESULTS_DIR, 'import');
  mkdirSync(dir, { recursive: true });
  const baselinePath = join(dir, `${name.replace(/[^a-z0-9]+/gi, '-')}.json`);
  writeSameSizeJson(baselinePath, bytes);
  const ours: ParseRun[] = [];
  const baseline: ParseRun[] = [];
  const decode: ParseRun[] = [];
  // Fresh workers per file: the first parse's peak is not hidden by heap a previous one left.
  const file = await fileWorker(path);
  const json = await fileWorker(baselinePath);
  for (let i = 0; i < runs; i++) {
    ours.push(await file.parse('rows'));
    baseline.push(await json.parse('json'));
    decode.push(await file.parse('decode'));
    progress(
      `import: ${name} run ${i + 1}/${runs}: ${fmt(ours[i]?.ms ?? NaN)} ms (${ours[i]?.items} rows), JSON.parse ${fmt(baseline[i]?.ms ?? NaN)} ms`,
    );
  }
  await file.close();
  await json.close();
  const rate = (list: ParseRun[]): number =>
    median(list.map((r) => r.bytes)) / MB / (median(list.map((r) => r.ms)) / 1000);
  const mbPerSecond = rate(ours);
  const baselineMbPerSecond = rate(baseline);
  return {
    name,
    path,
    bytes,
    runs: ours,
    mbPerSecond,
    peakRssAboveStartMB: (ours[0]?.peakRssAboveStartBytes ?? NaN) / MB,
    baselinePath,
    baselineRuns: baseline,
    baselineMbPerSecond,
    decodeMbPerSecond: rate(decode),
    ratio: mbPerSecond / baselineMbPerSecond,
  };
}

export async function runImportBench(): Promise<{ files: ImportResult[]; rows: Row[] }> {
  const dir = corpusDir(CORPUS_100K);
  const inputs: [string, string, number][] = [
    ['CMIF Spener letters', join(ROOT, 'tests/fixtures/cmif/spener-letters.xml'), 3],
    ['CMIF synthetic', join(dir, 'cmif', 'letters.xml'), 1],
    ['CSV synthetic', join(dir, 'documents.csv'), 3],
  ];
  const files: ImportResult[] = [];
  for (const [name, path, runs] of inputs) files.push(await measure(name, path, runs));
  const rows = files.map((f): Row => ({
    metric: `import ${f.name} (rowsFromBytes${f.runs.length > 1 ? `, median of ${f.runs.length}` : ''})`,
    size: `${fmt(f.bytes / MB, 1)} MB, ${fmt(f.runs[0]?.items ?? NaN)} rows`,
    ours: `${fmt(f.mbPerSecond, 1)} MB/s, peak +${fmt(f.peakRssAboveStartMB)} MB RSS`,
    baseline: `JSON.parse same size ${fmt(f.baselineMbPerSecond, 1)} MB/s`,
    ratio: f.ratio,
    budget: '',
    status: '',
  }));
  return { files, rows };
}
