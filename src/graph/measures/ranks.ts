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

/** What the explorer shows of the measures, worked out once per graph. */
export interface MeasureSummary {
  /** Whether the graph carries measures at all (a graph built before them does not). */
  present: boolean;
  brokerRank: ReadonlyMap<string, number>;
  /** People in each community. */
  communitySize: ReadonlyMap<number, number>;
  /** Sources of the betweenness, and people: fewer sources than people is an estimate. */
  sources: number;
  people: number;
}

const summaries = new WeakMap<CorrespondenceGraph, MeasureSummary>();

/** The graph's measure summary, memoised per graph (ranks cost a sort of every person). */
export function measureSummary(graph: CorrespondenceGraph): MeasureSummary {
  let summary = summaries.get(graph);
  if (summary) return summary;
  const note = graph.getAttribute('measures');
  summary = {
    present: note !== undefined,
    brokerRank: note ? brokerRanks(graph) : new Map(),
    communitySize: communitySizes(graph),
    sources: note?.betweennessSources ?? 0,
    people: note?.people ?? graph.order,
  };
  summaries.set(graph, summary);
  return summary;
}

/** People in each community of a graph. */
export function communitySizes(graph: CorrespondenceGraph): Map<number, number> {
  const sizes = new Map<number, number>();
  graph.forEachNode((_node, attrs) => {
    if (attrs.community !== undefined)
      sizes.set(attrs.community, (sizes.get(attrs.community) ?? 0) + 1);
  });
  return sizes;
}
