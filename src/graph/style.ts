/**
 * How the network looks, shared by the explorer and the image exports: colours by affiliation
 * (a colour-blind-safe palette) and node sizes by the number of documents.
 */
import { compareStrings } from './compare.ts';

/** Okabe–Ito based colours for the affiliations of the default corpus. */
export const KNOWN_AFFILIATION_COLORS: Readonly<Record<string, string>> = {
  USSR: '#D55E00',
  DPRK: '#0072B2',
  PRC: '#E69F00',
  ROK: '#009E73',
  USA: '#56B4E9',
  UN: '#CC79A7',
  Unknown: '#8C8C8C',
};

/** Further colours for other corpora's affiliations, in order of frequency. */
const EXTRA_COLORS = [
  '#6A3D9A',
  '#B15928',
  '#1B9E77',
  '#E7298A',
  '#66A61E',
  '#A6761D',
  '#386CB0',
  '#7570B3',
  '#D95F02',
  '#BF5B17',
];

/** Assign each affiliation a colour: known ones keep theirs, others take the next free colour. */
export function affiliationPalette(counts: ReadonlyMap<string, number>): Map<string, string> {
  const palette = new Map<string, string>();
  const ordered = [...counts.keys()].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || compareStrings(a, b),
  );
  let next = 0;
  for (const affiliation of ordered) {
    const known = KNOWN_AFFILIATION_COLORS[affiliation];
    palette.set(affiliation, known ?? EXTRA_COLORS[next++ % EXTRA_COLORS.length] ?? '#8C8C8C');
  }
  return palette;
}

export interface SizeOptions {
  minSize: number;
  maxSize: number;
}

export const DEFAULT_SIZE_OPTIONS: SizeOptions = { minSize: 4.5, maxSize: 22 };

/** Node size grows with the square root of its documents, so area tracks activity. */
export function nodeSize(
  documents: number,
  maxDocuments: number,
  options: Partial<SizeOptions> = {},
): number {
  const { minSize, maxSize } = { ...DEFAULT_SIZE_OPTIONS, ...options };
  if (maxDocuments <= 0 || documents <= 0) return minSize;
  return minSize + (maxSize - minSize) * Math.sqrt(documents / maxDocuments);
}

/** The palette of a graph's affiliations: the legend and the renderer must agree on it. */
export function paletteForAffiliations(affiliations: Iterable<string>): Map<string, string> {
  const counts = new Map<string, number>();
  for (const affiliation of affiliations)
    counts.set(affiliation, (counts.get(affiliation) ?? 0) + 1);
  return affiliationPalette(counts);
}
