/**
 * Parses in a worker thread, so the main thread can sample the process's RSS while they run (a
 * synchronous parse on the main thread would block the sampler). Reads its file once, says
 * "ready", then parses it the way each message asks and reports the time.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { rowsFromBytes } from '../../src/data/import/rows.ts';
import { IssueLog } from '../../src/data/issues.ts';

export type ParseKind = 'rows' | 'json' | 'decode';

export interface ParseDone {
  ms: number;
  bytes: number;
  /** Rows (rowsFromBytes), top-level items (JSON) or characters (decode). */
  items: number;
  errors: number;
}

const path = workerData as string;
const port = parentPort;
if (!port) throw new Error('bench: import-worker.ts runs as a worker thread');
const bytes = new Uint8Array(readFileSync(path));

port.on('message', (kind: ParseKind) => {
  const log = new IssueLog();
  const t0 = performance.now();
  let items: number;
  if (kind === 'rows') items = rowsFromBytes(basename(path), bytes, log).rows.length;
  else if (kind === 'json')
    items = (JSON.parse(new TextDecoder().decode(bytes)) as unknown[]).length;
  else items = new TextDecoder().decode(bytes).length;
  const ms = performance.now() - t0;
  const done: ParseDone = {
    ms,
    bytes: bytes.byteLength,
    items,
    errors: log.issues.filter((i) => i.severity === 'error').length,
  };
  port.postMessage(done);
});
port.postMessage('ready');
