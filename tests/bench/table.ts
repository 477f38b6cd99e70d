/** The printed table: metric, size, explorer/ours, baseline, ratio, budget, status. */
import type { Row } from './util.ts';

const HEADERS = ['metric', 'size', 'explorer/ours', 'baseline', 'ratio', 'budget', 'status'];

function ratioText(ratio: number | null): string {
  if (ratio === null) return '';
  if (!Number.isFinite(ratio)) return 'n/a';
  return `${ratio >= 100 ? ratio.toFixed(0) : ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2)}×`;
}

export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => [
    r.metric,
    r.size,
    r.ours,
    r.baseline,
    ratioText(r.ratio),
    r.budget,
    r.status,
  ]);
  const widths = HEADERS.map((h, i) =>
    Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)),
  );
  const line = (values: readonly string[]): string =>
    `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(HEADERS),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.map(line),
  ].join('\n');
}
