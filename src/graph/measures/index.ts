/**
 * The measures of every person, computed once when a corpus is built (and in the import worker,
 * by the same function): correspondents, betweenness and community, written as node attributes so
 * graph.json, the explorer and the exports all carry the same figures. Letters sent and received
 * are the graph's own counts (`sent`, `received`).
 */
import type { CorrespondenceGraph } from '../build.ts';
import type { MeasuresNote } from '../types.ts';
import { betweenness, DEFAULT_BETWEENNESS_OPTIONS } from './betweenness.ts';
import type { BetweennessOptions } from './betweenness.ts';
import { communities } from './communities.ts';
import { personGraph } from './person-graph.ts';

export interface MeasureOptions {
  seed: number;
  betweenness: Partial<Omit<BetweennessOptions, 'seed'>>;
}

export const DEFAULT_MEASURE_OPTIONS: MeasureOptions = {
  seed: DEFAULT_BETWEENNESS_OPTIONS.seed,
  betweenness: {},
};

/**
 * Six significant digits: enough to rank 20k people, and the same bytes on every machine (the
 * last bits of a float sum may differ between engines; rounded, they do not show).
 */
const rounded = (value: number): number => Number(value.toPrecision(6));

/** Compute every person's measures and write them on the graph; returns how they were computed. */
export function assignMeasures(
  graph: CorrespondenceGraph,
  options: Partial<MeasureOptions> = {},
): MeasuresNote {
  const o = { ...DEFAULT_MEASURE_OPTIONS, ...options };
  // Undirected: a correspondence is a tie both ways. Directed paths leave most pairs of a small
  // corpus unconnected: on the default corpus's 28 people, Kovalev (whose relayed cable runs
  // Mao → Kovalev → Stalin beside Mao's own letters to Stalin) ranks 7th directed, 5th undirected.
  const undirected = personGraph(graph, { directed: false });
  const brokers = betweenness(undirected, { ...o.betweenness, seed: o.seed });
  const community = communities(undirected, { seed: o.seed });
  let count = 0;
  // The build owns the graph and nothing listens yet: attributes are set in place, one event spared
  // per person.
  graph.forEachNode((node, attrs) => {
    attrs.correspondents = undirected.degree(node);
    attrs.betweenness = rounded(brokers.scores[node] ?? 0);
    attrs.community = community[node] ?? 0;
    count = Math.max(count, attrs.community);
  });
  const note: MeasuresNote = {
    betweennessSources: brokers.sources,
    people: brokers.people,
    communities: count,
    seed: o.seed,
  };
  graph.setAttribute('measures', note);
  return note;
}

/** Whether a graph carries its measures (built before they existed, it does not). */
export function hasMeasures(graph: CorrespondenceGraph): boolean {
  return graph.getAttribute('measures') !== undefined;
}
