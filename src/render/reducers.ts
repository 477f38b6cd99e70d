/**
 * Sigma node and edge reducers, installed once. They read the current view state through a getter,
 * so a highlight change is a `refresh({ skipIndexation: true })`, not a new pair of reducers.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { EDGE_STYLE, MAX_FORCED_LABELS } from '../graph/style.ts';
import type { DocumentEdgeAttributes, PersonAttributes } from '../graph/types.ts';
import type { ViewState } from './view-state.ts';

export interface ReducerStyle {
  /** Colour of nodes and edges pushed into the background by a focus. */
  dimNodeColor: string;
  dimEdgeColor: string;
  /** Edge colours in normal and emphasised state. */
  edgeColor: string;
  participationEdgeColor: string;
  emphasisEdgeColor: string;
  /** Edge thickness in normal and emphasised state (pixels). */
  edgeSize: number;
  emphasisEdgeSize: number;
  /** Above this many edges, dimmed edges are hidden rather than drawn pale (speed at scale). */
  hideDimmedEdgesAbove: number;
  /** Thickness of edges in the overview of a large network, drawn as plain lines. */
  overviewEdgeSize: number;
}

export const DEFAULT_REDUCER_STYLE: ReducerStyle = {
  dimNodeColor: EDGE_STYLE.dimNodeColor,
  dimEdgeColor: EDGE_STYLE.dimColor,
  edgeColor: EDGE_STYLE.color,
  participationEdgeColor: EDGE_STYLE.participationColor,
  emphasisEdgeColor: EDGE_STYLE.emphasisColor,
  edgeSize: EDGE_STYLE.size,
  emphasisEdgeSize: EDGE_STYLE.emphasisSize,
  hideDimmedEdgesAbove: 20000,
  overviewEdgeSize: 1,
};

type NodeData = Partial<NodeDisplayData> & PersonAttributes & { size?: number; color?: string };
type EdgeData = Partial<EdgeDisplayData> & DocumentEdgeAttributes;

/** Lighten a hex colour toward white by `amount` (0–1), for the hover preview. */
export function lighten(hex: string, amount: number): string {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  if (!Number.isFinite(value) || hex.length < 7) return hex;
  const channel = (shift: number): number => {
    const c = (value >> shift) & 255;
    return Math.round(c + (255 - c) * amount);
  };
  return `rgb(${channel(16)}, ${channel(8)}, ${channel(0)})`;
}

/**
 * Build the reducer pair over a view-state getter. `isOverview` says whether a large network is seen
 * from afar: its edges are then drawn as thin straight lines (direction and parallel curves only
 * read once zoomed in, and curves cost the most to draw). It must only change before a full refresh,
 * since sigma keeps an edge's program between partial ones.
 */
export function createReducers(
  getView: () => ViewState,
  edgeCount: number,
  style: Partial<ReducerStyle> = {},
  isOverview: () => boolean = () => false,
) {
  const s = { ...DEFAULT_REDUCER_STYLE, ...style };
  const hideDimmed = edgeCount > s.hideDimmedEdgesAbove;
  const labelled = (emphasis: { nodes: ReadonlySet<string> }): boolean =>
    emphasis.nodes.size <= MAX_FORCED_LABELS;
  const nodeReducer = (node: string, data: NodeData): Partial<NodeDisplayData> => {
    const view = getView();
    if (view.visibleNodes && !view.visibleNodes.has(node)) return { ...data, hidden: true };
    const highlighted = view.highlighted.has(node);
    if (view.focus) {
      if (view.focus.nodes.has(node))
        return { ...data, zIndex: 2, highlighted, forceLabel: highlighted || labelled(view.focus) };
      return { ...data, color: s.dimNodeColor, label: null, zIndex: 0, highlighted: false };
    }
    if (view.preview) {
      if (view.preview.nodes.has(node))
        return { ...data, zIndex: 2, highlighted, forceLabel: true };
      return {
        ...data,
        color: lighten(data.color ?? '#999999', 0.6),
        zIndex: 0,
        highlighted: false,
      };
    }
    return { ...data, highlighted };
  };
  const edgeReducer = (edge: string, data: EdgeData): Partial<EdgeDisplayData> => {
    const view = getView();
    if (view.visibleEdges && !view.visibleEdges.has(edge)) return { ...data, hidden: true };
    const base = data.kind === 'participation' ? s.participationEdgeColor : s.edgeColor;
    const emphasis = view.focus ?? view.preview;
    if (emphasis) {
      if (emphasis.edges.has(edge))
        return { ...data, color: s.emphasisEdgeColor, size: s.emphasisEdgeSize, zIndex: 1 };
      if (view.focus && hideDimmed) return { ...data, hidden: true };
      const color = view.focus ? s.dimEdgeColor : base;
      return { ...data, ...plain(), color, zIndex: 0 };
    }
    return { ...data, ...plain(), color: base };
  };
  const plain = (): Partial<EdgeDisplayData> =>
    isOverview() ? { type: 'line', size: s.overviewEdgeSize } : { size: s.edgeSize };
  return { nodeReducer, edgeReducer };
}
