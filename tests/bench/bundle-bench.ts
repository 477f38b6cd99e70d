/**
 * Section 5, the bundle: gzip size (node:zlib, level 9) of the initial JavaScript of dist/ — the
 * module script of index.html, its modulepreloads and everything they import statically —
 * against the 120 kB budget; lazily imported chunks and the import worker listed apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fmt } from './util.ts';
import type { Row } from './util.ts';

const BUDGET_KB = 120;

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleResult {
  initial: BundleFile[];
  initialGzipBytes: number;
  lazy: BundleFile[];
  budgetKB: number;
}

function sizeOf(dist: string, file: string): BundleFile {
  const bytes = readFileSync(join(dist, file));
  return { file, bytes: bytes.byteLength, gzipBytes: gzipSync(bytes, { level: 9 }).byteLength };
}

/** Relative specifiers a chunk imports statically: `import … from "./x.js"`, `import "./x.js"`. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) if (match[1]) found.add(match[1]);
  const exports = /\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(exports)) if (match[1]) found.add(match[1]);
  return [...found];
}

export function runBundleBench(dist: string): { bundle: BundleResult; rows: Row[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => posix.normalize(m[1] ?? ''));
  const initial = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (initial.has(file)) continue;
    initial.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const spec of staticImports(code)) queue.push(posix.join(posix.dirname(file), spec));
  }
  const all = readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => posix.join('assets', name));
  const initialFiles = [...initial].map((file) => sizeOf(dist, file));
  const lazy = all.filter((file) => !initial.has(file)).map((file) => sizeOf(dist, file));
  const initialGzipBytes = initialFiles.reduce((sum, f) => sum + f.gzipBytes, 0);
  const bundle: BundleResult = {
    initial: initialFiles,
    initialGzipBytes,
    lazy,
    budgetKB: BUDGET_KB,
  };
  const rows: Row[] = [
    {
      metric: 'initial JavaScript, gzip -9',
      size: `${initialFiles.length} files`,
      ours: `${fmt(initialGzipBytes / 1000, 1)} kB (${fmt(initialFiles.reduce((s, f) => s + f.bytes, 0) / 1000)} kB raw)`,
      baseline: '',
      ratio: null,
      budget: `≤ ${BUDGET_KB} kB`,
      status: initialGzipBytes / 1000 <= BUDGET_KB ? 'ok' : 'over',
    },
  ];
  return { bundle, rows };
}

/** Lines listing the files, printed under the table. */
export function bundleLines(bundle: BundleResult): string[] {
  const line = (f: BundleFile): string =>
    `  ${f.file}: ${fmt(f.bytes / 1000, 1)} kB, ${fmt(f.gzipBytes / 1000, 1)} kB gzip`;
  return [
    'initial:',
    ...bundle.initial.map(line),
    'lazy (dynamic imports, import worker):',
    ...bundle.lazy.map(line),
  ];
}
