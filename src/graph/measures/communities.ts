/**
 * Communities: groups of people who write more among themselves than to others (Louvain, from
 * graphology-communities-louvain), on the undirected person graph weighted by documents. Louvain
 * visits nodes in a random order: its generator is seeded, so the same corpus gives the same
 * groups, and they are numbered by size (1 the largest), ties by their first person's key, so the
 * numbers do not depend on the order Louvain happened to find them in.
 */
import louvain from 'graphology-communities-louvain';
import { compareStrings } from '../compare.ts';
import { seededRandom } from '../layout.ts';
import type { PersonGraph } from './person-graph.ts';

export interface CommunityOptions {
  seed: number;
  /** Louvain's resolution: above 1 more, smaller communities; below 1 fewer, larger ones. */
  resolution: number;
}

export const DEFAULT_COMMUNITY_OPTIONS: CommunityOptions = { seed: 1947, resolution: 1 };

/**
 * The community of each person, numbered 1… by size. People with no line each form a community
 * of their own.
 */
export function communities(
  graph: PersonGraph,
  options: Partial<CommunityOptions> = {},
): Record<string, number> {
  const { seed, resolution } = { ...DEFAULT_COMMUNITY_OPTIONS, ...options };
  // Louvain throws on a graph without edges; there every person is alone anyway.
  const found: Record<string, number> =
    graph.size === 0
      ? {}
      : louvain(graph, { getEdgeWeight: 'weight', resolution, rng: seededRandom(seed) });
  const members = new Map<string, string[]>();
  graph.forEachNode((node) => {
    const id = node in found ? String(found[node]) : `alone:${node}`;
    const list = members.get(id);
    if (list) list.push(node);
    else members.set(id, [node]);
  });
  const first = (list: string[]): string => [...list].sort(compareStrings)[0] ?? '';
  const ordered = [...members.values()].sort(
    (a, b) => b.length - a.length || compareStrings(first(a), first(b)),
  );
  const numbered: Record<string, number> = {};
  ordered.forEach((list, i) => {
    for (const node of list) numbered[node] = i + 1;
  });
  return numbered;
}
