/**
 * Ranks for "broker: 3rd of 28": people ordered by a measure, largest first, equal values sharing
 * a rank (1, 2, 2, 4), so two people who broker equally are not told apart by their keys.
 */
import type { CorrespondenceGraph } from '../build.ts';
import type { PersonAttributes } from '../types.ts';

/** A person's numeric measure, by name. */
export type RankedMeasure = 'betweenness' | 'correspondents' | 'documents' | 'sent' | 'received';

/** Each person's rank by a measure (1 the largest); people without the measure rank last. */
export function measureRanks(
  graph: CorrespondenceGraph,
  measure: RankedMeasure,
): Map<string, number> {
  const value = (attrs: PersonAttributes): number => attrs[measure] ?? -1;
  const ordered = graph
    .mapNodes((node, attrs) => ({ node, value: value(attrs) }))
    .sort((a, b) => b.value - a.value);
  const ranks = new Map<string, number>();
  ordered.forEach((entry, i) => {
    const previous = ordered[i - 1];
    const rank =
      previous && previous.value === entry.value ? (ranks.get(previous.node) ?? i + 1) : i + 1;
    ranks.set(entry.node, rank);
  });
  return ranks;
}

/** Each person's rank as a broker (betweenness). */
export const brokerRanks = (graph: CorrespondenceGraph): Map<string, number> =>
  measureRanks(graph, 'betweenness');
