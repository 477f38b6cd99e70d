/**
 * Brokers: betweenness centrality of each person on the person graph (person-graph.ts), the share
 * of shortest paths between two other people that pass through them. A relayed cable is a path
 * Mao → Kovalev → Stalin, so the people letters are relayed through score, not only the busiest.
 *
 * Brandes' algorithm as graphology-metrics runs it (its scores are this module's reference in the
 * tests, equal to 12 digits), over flat arrays: graphology's indexed Brandes allocates a
 * predecessor list per person per source, 28 ms a source at 20k people / 64k pairs here against
 * 3 ms. Exact while the work (people × pairs) is small; above that, exact would take a minute, so
 * the scores are estimated from a seeded sample of source people (Brandes & Pich 2007): the same
 * accumulation from k sources, scaled by V/k, and said to be an estimate wherever shown.
 */
import { seededRandom } from '../layout.ts';
import type { PersonGraph } from './person-graph.ts';

export interface BetweennessOptions {
  /** Above this many node × edge steps (V·E), sample sources instead of using every person. */
  maxExactWork: number;
  /** Sources sampled above the limit. */
  samples: number;
  /** Seed of the sample: the same corpus gives the same estimate, byte for byte. */
  seed: number;
}

export const DEFAULT_BETWEENNESS_OPTIONS: BetweennessOptions = {
  // ~2 s of CPU here (3 ms a source at 64k pairs, so ~5·10^-8 s per person-pair step).
  maxExactWork: 5e7,
  samples: 500,
  seed: 1947,
};

export interface Betweenness {
  /** Normalised betweenness (0–1) of each person, by node key. */
  scores: Record<string, number>;
  /** Sources the scores were computed from: every person (exact) or a sample (an estimate). */
  sources: number;
  /** People in the graph; `sources < people` means the scores are an estimate. */
  people: number;
}

/** graphology-metrics' normalisation (`normalized: true`), so exact and estimated scores compare. */
function scale(graph: PersonGraph): number {
  const n = graph.order;
  return n <= 2 ? 1 : 1 / ((n - 1) * (n - 2));
}

/** `count` distinct indices of 0..n-1 in a seeded order (a partial Fisher–Yates shuffle). */
function sampleIndices(n: number, count: number, seed: number): number[] {
  const random = seededRandom(seed);
  const order = Array.from({ length: n }, (_v, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (n - i));
    [order[i], order[j]] = [order[j] ?? j, order[i] ?? i];
  }
  return order.slice(0, count);
}

/** Neighbours as flat arrays (CSR): `targets[offsets[i] .. offsets[i + 1]]` are node i's. */
interface Adjacency {
  offsets: Int32Array;
  targets: Int32Array;
}

function adjacency(graph: PersonGraph, index: Map<string, number>, incoming: boolean): Adjacency {
  const n = graph.order;
  const offsets = new Int32Array(n + 1);
  const lists: number[][] = Array.from({ length: n }, () => []);
  graph.forEachEdge((_edge, _attrs, source, target) => {
    const s = index.get(source) ?? 0;
    const t = index.get(target) ?? 0;
    if (graph.type === 'undirected') {
      lists[s]?.push(t);
      lists[t]?.push(s);
    } else if (incoming) lists[t]?.push(s);
    else lists[s]?.push(t);
  });
  const targets = new Int32Array(lists.reduce((sum, list) => sum + list.length, 0));
  let at = 0;
  lists.forEach((list, i) => {
    offsets[i] = at;
    targets.set(list, at);
    at += list.length;
  });
  offsets[n] = at;
  return { offsets, targets };
}

/**
 * Brandes' accumulation from each given source (node indices in the graph's order), summed as
 * graphology-metrics sums it over every source. Predecessors are not stored: a node's are its
 * incoming neighbours one step nearer the source.
 */
function fromSources(graph: PersonGraph, sources: readonly number[]): Float64Array {
  const n = graph.order;
  const index = new Map(graph.nodes().map((node, i) => [node, i]));
  const out = adjacency(graph, index, false);
  const into = graph.type === 'undirected' ? out : adjacency(graph, index, true);
  const centrality = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  for (const source of sources) {
    let head = 0;
    let tail = 0;
    order[tail++] = source;
    distance[source] = 0;
    paths[source] = 1;
    while (head < tail) {
      const v = order[head++] as number;
      const next = (distance[v] as number) + 1;
      for (let k = out.offsets[v] as number; k < (out.offsets[v + 1] as number); k++) {
        const w = out.targets[k] as number;
        if (distance[w] === -1) {
          distance[w] = next;
          order[tail++] = w;
        }
        if (distance[w] === next) paths[w] = (paths[w] as number) + (paths[v] as number);
      }
    }
    // Farthest first: a node's delta is complete before it is handed to its predecessors.
    for (let i = tail - 1; i >= 0; i--) {
      const w = order[i] as number;
      const coefficient = (1 + (delta[w] as number)) / (paths[w] as number);
      const before = (distance[w] as number) - 1;
      for (let k = into.offsets[w] as number; k < (into.offsets[w + 1] as number); k++) {
        const v = into.targets[k] as number;
        if (distance[v] === before)
          delta[v] = (delta[v] as number) + (paths[v] as number) * coefficient;
      }
      if (w !== source) centrality[w] = (centrality[w] as number) + (delta[w] as number);
    }
    for (let i = 0; i < tail; i++) {
      const w = order[i] as number;
      distance[w] = -1;
      paths[w] = 0;
      delta[w] = 0;
    }
  }
  return centrality;
}

/** Betweenness of every person: exact on small graphs, a seeded estimate on large ones. */
export function betweenness(
  graph: PersonGraph,
  options: Partial<BetweennessOptions> = {},
): Betweenness {
  const o = { ...DEFAULT_BETWEENNESS_OPTIONS, ...options };
  const people = graph.order;
  const exact = people * graph.size <= o.maxExactWork || people <= o.samples;
  const sources = exact
    ? Array.from({ length: people }, (_v, i) => i)
    : sampleIndices(people, o.samples, o.seed);
  const scores: Record<string, number> = {};
  const values = betweennessFromSources(graph, sources);
  graph.nodes().forEach((node, i) => {
    scores[node] = values[i] ?? 0;
  });
  return { scores, sources: sources.length, people };
}

/** Normalised betweenness (in the graph's node order) from the given source indices. */
export function betweennessFromSources(graph: PersonGraph, sources: readonly number[]): number[] {
  const summed = fromSources(graph, sources);
  const factor = (graph.order / Math.max(1, sources.length)) * scale(graph);
  return Array.from(summed, (value) => value * factor);
}
