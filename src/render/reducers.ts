/**
 * Sigma node and edge reducers, installed once. They read the current view state through a getter,
 * so a highlight change is a `refresh({ skipIndexation: true })`, not a new pair of reducers.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { EDGE_STYLE, emphasisColorFor, MAX_FORCED_LABELS } from '../formats/scene/style.ts';
import { premultiplied } from './premultiply.ts';
import type { DocumentEdgeAttributes, PersonAttributes } from '../graph/types.ts';
import type { NodeLookFunctions } from '../formats/scene/look.ts';
import { programOf } from './display.ts';
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
 * How a large network is drawn now. `overview`: seen from afar, its edges are thin straight lines
 * (direction and parallel curves only read once zoomed in, and curves cost the most to draw).
 * `datesOnGpu`: those lines apply the date range themselves (windowed-line-program.ts), so the
 * reducers hide only what the filter hides for reasons other than dates. Both must only change
 * before a full refresh, since sigma keeps an edge's program between partial ones.
 */
export interface DetailLevel {
  overview: () => boolean;
  datesOnGpu: () => boolean;
  /** The line under the pointer, drawn emphasised: what a click would open. */
  hoveredEdge?: () => string | null;
  /** Size and colour of the legend's choice; null keeps the graph's own (documents, affiliation). */
  look?: () => NodeLookFunctions | null;
}

const ALWAYS_DETAILED: DetailLevel = { overview: () => false, datesOnGpu: () => false };

/**
 * Build the reducer pair over a view-state getter, for a network drawn at `level` of detail.
 *
 * The reducers change and return the object they are given: sigma passes each a fresh shallow copy
 * of the graph's attributes, and a refresh at 10^5 edges would otherwise allocate two more per edge.
 */
export function createReducers(
  getView: () => ViewState,
  edgeCount: number,
  style: Partial<ReducerStyle> = {},
  level: DetailLevel = ALWAYS_DETAILED,
) {
  const written = { ...DEFAULT_REDUCER_STYLE, ...style };
  // The colours go to sigma's WebGL, which needs them premultiplied (premultiply.ts).
  const s: ReducerStyle = {
    ...written,
    dimNodeColor: premultiplied(written.dimNodeColor),
    dimEdgeColor: premultiplied(written.dimEdgeColor),
    edgeColor: premultiplied(written.edgeColor),
    participationEdgeColor: premultiplied(written.participationEdgeColor),
  };
  const hideDimmed = edgeCount > s.hideDimmedEdgesAbove;
  const hoverColor = premultiplied(written.emphasisEdgeColor);
  // Thinned for the number of edges emphasised (and premultiplied): once per emphasis, not per edge.
  let emphasised: { edges: ReadonlySet<string> } | null = null;
  let emphasisedColor = '';
  const emphasisColor = (emphasis: { edges: ReadonlySet<string> }): string => {
    if (emphasis !== emphasised) {
      emphasised = emphasis;
      emphasisedColor = premultiplied(
        emphasisColorFor(emphasis.edges.size, written.emphasisEdgeColor),
      );
    }
    return emphasisedColor;
  };
  const labelled = (emphasis: { nodes: ReadonlySet<string> }): boolean =>
    emphasis.nodes.size <= MAX_FORCED_LABELS;
  const nodeReducer = (node: string, data: NodeData): Partial<NodeDisplayData> => {
    const view = getView();
    if (view.visibleNodes && !view.visibleNodes.has(node)) {
      data.hidden = true;
      return data;
    }
    const look = level.look?.();
    if (look) {
      data.size = look.size(node, data);
      data.color = look.color(node, data);
    }
    const highlighted = view.highlighted.has(node);
    data.highlighted = highlighted;
    const emphasis = view.focus ?? view.preview;
    if (!emphasis) return data;
    if (emphasis.nodes.has(node)) {
      data.zIndex = 2;
      data.forceLabel = view.focus ? highlighted || labelled(view.focus) : true;
      return data;
    }
    data.highlighted = false;
    data.zIndex = 0;
    if (view.focus) {
      data.color = s.dimNodeColor;
      (data as Partial<NodeDisplayData>).label = null;
    } else {
      data.color = lighten(data.color ?? '#999999', 0.6);
    }
    return data;
  };
  const edgeReducer = (edge: string, data: EdgeData): Partial<EdgeDisplayData> => {
    const view = getView();
    // Sigma's `type` is the program; the graph's is the document's type (display.ts).
    data.type = programOf(data);
    const datesOnGpu = level.datesOnGpu();
    const shown = datesOnGpu ? view.edgesAnyDate : view.visibleEdges;
    if (shown && !shown.has(edge)) {
      data.hidden = true;
      return data;
    }
    const emphasis = view.focus ?? view.preview;
    // Dates are left to the GPU in the overview: the filter's own set says whether it is shown.
    if (level.hoveredEdge?.() === edge && (!view.visibleEdges || view.visibleEdges.has(edge))) {
      data.color = hoverColor;
      data.size = s.emphasisEdgeSize + 1;
      data.zIndex = 2;
      return data;
    }
    if (emphasis?.edges.has(edge)) {
      data.color = emphasisColor(emphasis);
      data.size = s.emphasisEdgeSize;
      data.zIndex = 1;
      return data;
    }
    if (view.focus && hideDimmed) {
      data.hidden = true;
      return data;
    }
    if (level.overview()) {
      data.type = datesOnGpu ? 'windowedLine' : 'line';
      data.size = s.overviewEdgeSize;
    } else {
      data.size = s.edgeSize;
    }
    if (view.focus) {
      data.color = s.dimEdgeColor;
      data.zIndex = 0;
    } else {
      data.color = data.kind === 'participation' ? s.participationEdgeColor : s.edgeColor;
      if (emphasis) data.zIndex = 0;
    }
    return data;
  };
  return { nodeReducer, edgeReducer };
}
