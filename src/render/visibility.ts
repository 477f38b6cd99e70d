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
  const nodes = changedKeys(previous.visibleNodes, next.visibleNodes, (differs) =>
    graph.filterNodes(differs),
  );
  const edgesOf = (view: ViewState) => (datesOnGpu ? view.edgesAnyDate : view.visibleEdges);
  const edges = changedKeys(edgesOf(previous), edgesOf(next), (differs) =>
    graph.filterEdges(differs),
  );
  return nodes.length + edges.length > 0 ? { nodes, edges } : null;
}

/**
 * Keys shown in one set and not the other (null shows every key). Two filter results over the same
 * corpus compare byte by byte; anything else key by key through `filter`.
 */
function changedKeys(
  was: ReadonlySet<string> | null,
  now: ReadonlySet<string> | null,
  filter: (differs: (key: string) => boolean) => string[],
): string[] {
  if (was === now) return [];
  return (
    indexedDifference(was, now) ??
    filter((key) => (was === null || was.has(key)) !== (now === null || now.has(key)))
  );
}

/** Do two sets hold the same keys? */
export function sameMembers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const key of a) if (!b.has(key)) return false;
  return true;
}
