/**
 * Channel tracing: how word travelled from one person to another. Two readings:
 * - relayed documents: single documents whose chain carried them from A through intermediaries to
 *   B (No. 59363: Mao Zedong → Kovalev → Stalin);
 * - time-respecting routes: sequences of documents, hop by hop, each dated no earlier than the one
 *   before (within an optional gap), along which information could actually have flowed.
 * Bounded in hops, routes and work, so a trace on a large archive returns quickly.
 */
import type { Corpus } from './corpus.ts';
import { dateSpan } from './dates.ts';
import type { DocDate } from './types.ts';
import { chainLayers } from './build.ts';

export type ChannelMode = 'relayed' | 'time';

export interface TraceOptions {
  mode: ChannelMode;
  /** Longest route, in hops (3: A → X → Y → B). */
  maxHops: number;
  /** Most routes returned (shortest first); `truncated` says when more exist. */
  maxRoutes: number;
  /** Ignore direction: B → A counts as A → B. */
  undirected: boolean;
  /** Time-respecting routes: largest gap between consecutive hops, in days; null for none. */
  maxGapDays: number | null;
  /** Time-respecting routes: undated documents are left out (and counted) or may sit anywhere. */
  undated: 'exclude' | 'allow';
  /** Only these documents (the current filter); all when null. */
  documents: ReadonlySet<string> | null;
  /** Work budget (path extensions) before the search stops and reports truncation. */
  budget: number;
}

export const DEFAULT_TRACE_OPTIONS: TraceOptions = {
  mode: 'relayed',
  maxHops: 3,
  maxRoutes: 20,
  undirected: false,
  maxGapDays: null,
  undated: 'exclude',
  documents: null,
  budget: 200_000,
};

/** One hop of a route and the documents that carry it. */
export interface Hop {
  from: string;
  to: string;
  /** Edge keys (for highlighting) and the documents they belong to, oldest first. */
  edges: string[];
  documents: string[];
}

export interface Route {
  people: string[];
  hops: Hop[];
}

export interface TraceResult {
  from: string;
  to: string;
  /** Documents straight from A to B (one hop). */
  direct: Hop | null;
  /** Routes through intermediaries, shortest first. */
  routes: Route[];
  /** More routes exist than were returned, or the work budget ran out. */
  truncated: boolean;
  /** Time-respecting routes: undated documents left out of the search. */
  excludedUndated: number;
}

interface Span {
  lo: number;
  hi: number;
}

const DAY = 86_400_000;
const UNBOUNDED: Span = { lo: -Infinity, hi: Infinity };

function spanOf(date: DocDate | undefined): Span | null {
  const bounds = date ? dateSpan(date) : null;
  if (!bounds) return null;
  return { lo: Date.parse(`${bounds[0]}T00:00:00Z`), hi: Date.parse(`${bounds[1]}T00:00:00Z`) };
}

/** Can a document dated `next` follow one dated `prev` (dates of any precision)? */
function follows(prev: Span, next: Span, maxGapDays: number | null): boolean {
  if (next.hi < prev.lo) return false;
  return maxGapDays === null || next.lo - prev.hi <= maxGapDays * DAY;
}

function byDate(corpus: Corpus): (a: string, b: string) => number {
  return (a, b) => {
    const da = corpus.documents.get(a)?.date.iso ?? '9999';
    const db = corpus.documents.get(b)?.date.iso ?? '9999';
    return da < db ? -1 : da > db ? 1 : a < b ? -1 : a > b ? 1 : 0;
  };
}

/** Edges from `from` to `to` that the options admit (both directions when undirected). */
function hopEdges(corpus: Corpus, from: string, to: string, settings: TraceOptions): string[] {
  const { graph } = corpus;
  const admit = (edge: string): boolean =>
    settings.documents === null || settings.documents.has(graph.getEdgeAttribute(edge, 'doc'));
  const out = graph.outEdges(from, to).filter(admit);
  return settings.undirected ? [...out, ...graph.outEdges(to, from).filter(admit)] : out;
}

function makeHop(corpus: Corpus, from: string, to: string, edges: string[]): Hop {
  const order = byDate(corpus);
  const docOf = (edge: string): string => corpus.graph.getEdgeAttribute(edge, 'doc');
  const sorted = [...edges].sort((a, b) => order(docOf(a), docOf(b)));
  return { from, to, edges: sorted, documents: [...new Set(sorted.map(docOf))] };
}

/** Routes formed by single documents whose chain runs from A through intermediaries to B. */
function relayedRoutes(
  corpus: Corpus,
  from: string,
  to: string,
  settings: TraceOptions,
): { routes: Route[]; truncated: boolean } {
  const { graph } = corpus;
  const byPath = new Map<string, { people: string[]; docs: string[] }>();
  for (const id of corpus.documentsByPerson.get(from) ?? []) {
    if (settings.documents && !settings.documents.has(id)) continue;
    const doc = corpus.documents.get(id);
    if (!doc) continue;
    const layers = chainLayers(doc.roles).map((layer) => layer.people);
    const at = (person: string): number[] =>
      layers.flatMap((people, i) => (people.includes(person) ? [i] : []));
    for (const i of at(from)) {
      for (const j of at(to)) {
        const forward = j > i;
        if (
          (!forward && !settings.undirected) ||
          Math.abs(j - i) < 2 ||
          Math.abs(j - i) > settings.maxHops
        )
          continue;
        const step = forward ? 1 : -1;
        let paths: string[][] = [[from]];
        for (let k = i + step; k !== j; k += step) {
          paths = paths.flatMap((path) =>
            (layers[k] ?? []).filter((p) => !path.includes(p) && p !== to).map((p) => [...path, p]),
          );
        }
        for (const path of paths) {
          const people = [...path, to];
          const key = people.join('\u0000');
          const entry = byPath.get(key) ?? { people, docs: [] };
          if (!entry.docs.includes(id)) entry.docs.push(id);
          byPath.set(key, entry);
        }
      }
    }
  }
  const routes = [...byPath.values()]
    .map(({ people, docs }) => ({
      people,
      hops: people.slice(1).map((person, k) => {
        const prev = people[k] as string;
        const edges = hopEdges(corpus, prev, person, settings).filter((edge) =>
          docs.includes(graph.getEdgeAttribute(edge, 'doc')),
        );
        return makeHop(corpus, prev, person, edges);
      }),
    }))
    .sort(
      (a, b) => a.people.length - b.people.length || (a.people.join() < b.people.join() ? -1 : 1),
    );
  return {
    routes: routes.slice(0, settings.maxRoutes),
    truncated: routes.length > settings.maxRoutes,
  };
}

/** Hop distance of every node to `target` (against the direction of travel), up to `limit`. */
function distancesTo(
  corpus: Corpus,
  target: string,
  limit: number,
  undirected: boolean,
): Map<string, number> {
  const { graph } = corpus;
  const dist = new Map<string, number>([[target, 0]]);
  let frontier = [target];
  for (let d = 1; d <= limit && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      const visit = (neighbour: string): void => {
        if (!dist.has(neighbour)) {
          dist.set(neighbour, d);
          next.push(neighbour);
        }
      };
      graph.forEachInNeighbor(node, visit);
      if (undirected) graph.forEachOutNeighbor(node, visit);
    }
    frontier = next;
  }
  return dist;
}

/** Routes of different documents, hop by hop, in an order of dates that lets word flow. */
function timeRoutes(
  corpus: Corpus,
  from: string,
  to: string,
  settings: TraceOptions,
): { routes: Route[]; truncated: boolean; excluded: number } {
  const { graph } = corpus;
  const dist = distancesTo(corpus, to, settings.maxHops, settings.undirected);
  const excluded = new Set<string>();
  const spanCache = new Map<string, Span | null>();
  const span = (edge: string): Span | null => {
    const doc = graph.getEdgeAttribute(edge, 'doc');
    if (!spanCache.has(doc)) spanCache.set(doc, spanOf(corpus.documents.get(doc)?.date));
    const found = spanCache.get(doc) ?? null;
    if (found) return found;
    if (settings.undated === 'allow') return UNBOUNDED;
    excluded.add(doc);
    return null;
  };
  const routes: Route[] = [];
  let work = 0;
  let truncated = false;
  const neighbours = (node: string): string[] => {
    const set = new Set(graph.outNeighbors(node));
    if (settings.undirected) for (const n of graph.inNeighbors(node)) set.add(n);
    return [...set];
  };
  // Depth-first search of simple paths of exactly `length` hops, keeping per hop the edges that can
  // continue a time-respecting sequence from A.
  const extend = (
    path: string[],
    feasible: { edge: string; span: Span }[][],
    length: number,
  ): void => {
    if (truncated) return;
    const node = path[path.length - 1] as string;
    const remaining = length - (path.length - 1);
    for (const next of neighbours(node)) {
      if (++work > settings.budget) {
        truncated = true;
        return;
      }
      if (
        path.includes(next) ||
        (dist.get(next) ?? Infinity) > remaining - 1 ||
        (remaining > 1 && next === to)
      )
        continue;
      const previous = feasible[feasible.length - 1];
      const candidates = hopEdges(corpus, node, next, settings)
        .map((edge) => ({ edge, span: span(edge) }))
        .filter((c): c is { edge: string; span: Span } => c.span !== null)
        .filter(
          (c) => !previous || previous.some((p) => follows(p.span, c.span, settings.maxGapDays)),
        );
      if (candidates.length === 0) continue;
      if (next === to) {
        routes.push(prune(corpus, [...path, next], [...feasible, candidates], settings));
        if (routes.length > settings.maxRoutes) {
          truncated = true;
          return;
        }
      } else {
        extend([...path, next], [...feasible, candidates], length);
      }
    }
  };
  for (let length = 2; length <= settings.maxHops && !truncated; length++)
    extend([from], [], length);
  return { routes: routes.slice(0, settings.maxRoutes), truncated, excluded: excluded.size };
}

/** Keep only the edges of each hop that can lead on to B (a backward pass over the route). */
function prune(
  corpus: Corpus,
  people: string[],
  feasible: { edge: string; span: Span }[][],
  settings: TraceOptions,
): Route {
  type Candidate = { edge: string; span: Span };
  const kept: Candidate[][] = [];
  let after: Candidate[] | null = null;
  for (let i = feasible.length - 1; i >= 0; i--) {
    const next: Candidate[] | null = after;
    const hop: Candidate[] = (feasible[i] ?? []).filter(
      (c) => !next || next.some((n) => follows(c.span, n.span, settings.maxGapDays)),
    );
    kept.unshift(hop);
    after = hop;
  }
  return {
    people,
    hops: kept.map((hop, i) =>
      makeHop(
        corpus,
        people[i] as string,
        people[i + 1] as string,
        hop.map((c) => c.edge),
      ),
    ),
  };
}

/**
 * Trace the channels from one person to another: direct documents and routes through
 * intermediaries, shortest first, bounded in hops and routes.
 */
export function traceChannels(
  corpus: Corpus,
  from: string,
  to: string,
  options: Partial<TraceOptions> = {},
): TraceResult {
  const settings = { ...DEFAULT_TRACE_OPTIONS, ...options };
  const empty: TraceResult = {
    from,
    to,
    direct: null,
    routes: [],
    truncated: false,
    excludedUndated: 0,
  };
  const { graph } = corpus;
  if (from === to || !graph.hasNode(from) || !graph.hasNode(to)) return empty;
  const directEdges = hopEdges(corpus, from, to, settings);
  const direct = directEdges.length > 0 ? makeHop(corpus, from, to, directEdges) : null;
  if (settings.maxHops < 2) return { ...empty, direct };
  if (settings.mode === 'relayed')
    return { ...empty, direct, ...relayedRoutes(corpus, from, to, settings) };
  const { routes, truncated, excluded } = timeRoutes(corpus, from, to, settings);
  return { from, to, direct, routes, truncated, excludedUndated: excluded };
}

/** People and edges of a trace, for highlighting. */
export function traceEmphasis(result: TraceResult): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>([result.from, result.to]);
  const edges = new Set<string>(result.direct?.edges ?? []);
  for (const route of result.routes) {
    for (const person of route.people) nodes.add(person);
    for (const hop of route.hops) for (const edge of hop.edges) edges.add(edge);
  }
  return { nodes, edges };
}
