/**
 * Shared pieces of the benchmark suite: where things go, progress lines with the elapsed time,
 * medians, and the table rows every section contributes.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RESULTS_DIR = join(ROOT, 'bench-results');

const started = performance.now();

/** A progress line, prefixed with the time since the suite started. */
export function progress(message: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
  console.log(`[${seconds} s] ${message}`);
}

export function elapsedSeconds(): number {
  return (performance.now() - started) / 1000;
}

export function median(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return NaN;
  const mid = finite.length >> 1;
  return finite.length % 2
    ? (finite[mid] as number)
    : ((finite[mid - 1] as number) + (finite[mid] as number)) / 2;
}

/** Milliseconds taken by a synchronous function, and its result. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

/** One line of the printed table; `ratio` is ours / baseline. */
export interface Row {
  metric: string;
  size: string;
  ours: string;
  baseline: string;
  ratio: number | null;
  budget: string;
  status: 'ok' | 'over' | '';
}

export function status(ok: boolean | null): Row['status'] {
  return ok === null ? '' : ok ? 'ok' : 'over';
}

/** Numbers for people: 1234567 → "1,234,567"; fractional values keep `digits` decimals. */
export function fmt(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

export const MB = 1024 * 1024;
