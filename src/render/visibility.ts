/**
 * What a filter change shows or hides, so the renderer redraws only that (no sigma import here:
 * the logic is tested in Node).
 */
import type { CorrespondenceGraph } from '../graph/build.ts';
import { indexedDifference } from '../graph/indexed-set.ts';
import type { ViewState } from './view-state.ts';

/**
 * Items whose visibility differs between two views, or null when nothing did. With `datesOnGpu`
 * the edges' dates are applied by the edge program: only edges whose other criteria changed count.
 */
export function visibilityChanges(
  graph: CorrespondenceGraph,
  previous: ViewState,
  next: ViewState,
  datesOnGpu = false,
): { nodes: string[]; edges: string[] } | null {
  const differs =
    (was: ReadonlySet<string> | null, now: ReadonlySet<string> | null) => (key: string) =>
      (was === null || was.has(key)) !== (now === null || now.has(key));
  // Two filter results over the same corpus compare byte by byte; anything else key by key.
  const nodes =
    next.visibleNodes === previous.visibleNodes
      ? []
      : (indexedDifference(previous.visibleNodes, next.visibleNodes) ??
        graph.filterNodes(differs(previous.visibleNodes, next.visibleNodes)));
  const edgesOf = (view: ViewState) => (datesOnGpu ? view.edgesAnyDate : view.visibleEdges);
  const [was, now] = [edgesOf(previous), edgesOf(next)];
  const edges =
    was === now ? [] : (indexedDifference(was, now) ?? graph.filterEdges(differs(was, now)));
  return nodes.length + edges.length > 0 ? { nodes, edges } : null;
}

/** Do two sets hold the same keys? */
export function sameMembers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const key of a) if (!b.has(key)) return false;
  return true;
}
